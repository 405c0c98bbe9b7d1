#pragma once
// What every document of a build shares: the site, its templates, the house
// style and the fonts. It holds the Site (organisation, people, bodies:
// nothing exempt), never the Project.
#include <string>

#include "core/file_system.h"
#include "fonts/font_registry.h"
#include "kinds/kind.h"
#include "model/site.h"
#include "render/template_engine.h"
#include "style/style_sheet.h"

namespace panelpack {

struct SiteContext {
  const FileSystem& fs;
  const Site& site;
  TemplateEngine templates;
  std::string paper_css;         // assets/paper.css: the house sheet, then the site's own (or the site's alone)
  std::string site_css;          // assets/site.css, likewise
  style::StyleSheet sheet;       // the paper.css sheets parsed once, in order, for the PDF engine
  fonts::FontRegistry fonts;     // font metrics shared by every layout
  bool search = false;           // the trees get a search index: every page links to search.html

  SiteContext(const FileSystem& fs, const Site& site);
  // Reads the styles; problems in them are reported.
  void load_styles(Diagnostics& diags);
  KindContext kinds() const { return {fs, site, templates}; }
};

}  // namespace panelpack
