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
  std::string paper_css;         // styles/paper.css (site's own or built-in)
  std::string paper_css_source;  // its name in messages
  std::string site_css;
  style::StyleSheet sheet;       // paper.css parsed once for the PDF engine
  fonts::FontRegistry fonts;     // font metrics shared by every layout

  SiteContext(const FileSystem& fs, const Site& site);
  // Reads the styles; problems in them are reported.
  void load_styles(Diagnostics& diags);
  KindContext kinds() const { return {fs, site, templates}; }
};

}  // namespace panelpack
