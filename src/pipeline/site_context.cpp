#include "pipeline/site_context.h"

#include <algorithm>

#include "core/file_system.h"
#include "render/site_files.h"
#include "site/site_pages.h"

namespace panelpack {

SiteContext::SiteContext(const FileSystem& fs_, const Site& site_)
    : fs(fs_), site(site_), templates(fs_, site_.root, site_.templates_dir) {
  std::vector<std::string> scripts = site.allow_scripts;
  scripts.push_back(kSearchScript);
  templates.set_allowed_scripts(std::move(scripts));
}

void SiteContext::load_styles(Diagnostics& diags) {
  auto replaces = [&](const char* name) {
    return std::find(site.replace_styles.begin(), site.replace_styles.end(), name) != site.replace_styles.end();
  };
  const SiteStyle paper = load_site_styles(fs, site.root, site.styles_dir, "paper.css", replaces("paper.css"), diags);
  const SiteStyle chrome = load_site_styles(fs, site.root, site.styles_dir, "site.css", replaces("site.css"), diags);
  for (const SiteStyle* s : {&paper, &chrome})
    if (s->sheets.size() == 1 && s->sheets[0].shown_as.rfind("(built-in) ", 0) == 0)
      for (const auto& name : site.replace_styles)
        if ("(built-in) styles/" + name == s->sheets[0].shown_as)
          diags.warning(site.replace_styles_pos,
                        "the site has no " + join_path(site.styles_dir, name) + " to replace the house " + name +
                            " (the house style is used)",
                        "add your own " + join_path(site.styles_dir, name) + ", or take " + name +
                            " out of 'styles: replace'");
  paper_css = paper.combined();
  site_css = chrome.combined();
  for (const SiteFile& f : paper.sheets) {
    diags.add_source(f.shown_as, f.text);
    sheet.parse(f.text, f.shown_as, diags);
  }
}

}  // namespace panelpack
