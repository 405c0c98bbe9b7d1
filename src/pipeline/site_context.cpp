#include "pipeline/site_context.h"

#include "render/site_files.h"

namespace panelpack {

SiteContext::SiteContext(const FileSystem& fs_, const Site& site_)
    : fs(fs_), site(site_), templates(fs_, site_.root, site_.templates_dir) {
  templates.set_allowed_scripts(site.allow_scripts);
}

void SiteContext::load_styles(Diagnostics& diags) {
  SiteFile paper = load_site_style(fs, site.root, site.styles_dir, "paper.css", diags);
  paper_css = std::move(paper.text);
  paper_css_source = std::move(paper.shown_as);
  site_css = load_site_style(fs, site.root, site.styles_dir, "site.css", diags).text;
  diags.add_source(paper_css_source, paper_css);
  sheet.parse(paper_css, paper_css_source, diags);
}

}  // namespace panelpack
