#pragma once
// What every document of a build shares: the site, its templates and the
// house style.
#include <memory>
#include <string>

#include "core/file_system.h"
#include "fonts/font_registry.h"
#include "model/site.h"
#include "render/template_engine.h"
#include "style/style_sheet.h"

namespace panelpack {

struct SiteContext {
  const FileSystem& fs;
  const Project& project;
  TemplateEngine templates;
  std::string paper_css;         // styles/paper.css (site's own or built-in)
  std::string paper_css_source;  // its name in messages
  std::string site_css;
  style::StyleSheet sheet;       // paper.css parsed once for the PDF engine
  fonts::FontRegistry fonts;     // font metrics shared by every layout

  SiteContext(const FileSystem& fs, const Project& project);
  // Reads the styles; problems in them are reported.
  void load_styles(Diagnostics& diags);
};

}  // namespace panelpack
