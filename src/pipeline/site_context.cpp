#include "pipeline/site_context.h"

#include "core/embedded_files.h"

namespace panelpack {

SiteContext::SiteContext(const FileSystem& fs_, const Site& site_)
    : fs(fs_), site(site_), templates(fs_, site_.root, site_.templates_dir) {}

namespace {
// The site's own styles/<name>, else the built-in one.
std::pair<std::string, std::string> style_file(const FileSystem& fs, const Site& site, const std::string& name) {
  const std::string shown = join_path(site.styles_dir, name);
  if (auto text = fs.read(join_path(site.root, shown), nullptr)) return {*text, shown};
  for (const auto& f : assets::files())
    if (f.path == "styles/" + name) return {std::string(f.bytes), "(built-in) styles/" + name};
  return {"", shown};
}
}  // namespace

void SiteContext::load_styles(Diagnostics& diags) {
  std::tie(paper_css, paper_css_source) = style_file(fs, site, "paper.css");
  site_css = style_file(fs, site, "site.css").first;
  diags.add_source(paper_css_source, paper_css);
  sheet.parse(paper_css, paper_css_source, diags);
}

}  // namespace panelpack
