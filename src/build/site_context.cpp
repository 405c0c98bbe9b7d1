#include "build/site_context.h"

#include "core/embedded_files.h"

namespace panelpack {

SiteContext::SiteContext(const FileSystem& fs_, const Project& project_)
    : fs(fs_), project(project_), templates(fs_, project_.site.root, project_.site.templates_dir) {}

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
  std::tie(paper_css, paper_css_source) = style_file(fs, project.site, "paper.css");
  site_css = style_file(fs, project.site, "site.css").first;
  diags.add_source(paper_css_source, paper_css);
  sheet.parse(paper_css, paper_css_source, diags);
}

}  // namespace panelpack
