#include "render/site_files.h"

#include "core/embedded_files.h"
#include "core/site_path.h"

namespace panelpack {

std::optional<SiteFile> read_site_override(const FileSystem& fs, const std::string& site_root,
                                           const std::string& dir, const std::string& name, size_t max_bytes,
                                           std::string* why) {
  const std::string shown = join_path(dir, name);
  SitePath where = resolve_site_path(fs, site_root, shown, "the site folder");
  const std::string path = where ? where.path : join_path(site_root, shown);
  if (!fs.exists(path) && !fs.exists(fs.real_path(path))) return std::nullopt;  // none of the site's own: the built-in one
  if (!where) {
    if (why) *why = where.error;
    return std::nullopt;
  }
  std::string reason;
  auto text = fs.read(path, &reason, max_bytes);
  if (!text) {
    if (why) *why = reason.empty() ? "unreadable" : reason;
    return std::nullopt;
  }
  return SiteFile{std::move(*text), shown};
}

std::optional<SiteFile> builtin_file(const std::string& path) {
  for (const auto& f : assets::files())
    if (f.path == path) return SiteFile{std::string(f.bytes), "(built-in) " + path};
  return std::nullopt;
}

SiteFile load_site_style(const FileSystem& fs, const std::string& site_root, const std::string& styles_dir,
                         const std::string& name, Diagnostics& diags) {
  std::string why;
  if (auto own = read_site_override(fs, site_root, styles_dir, name, read_limit::css, &why)) return *own;
  const std::string shown = join_path(styles_dir, name);
  if (!why.empty())
    diags.error({shown, 0, 0}, "failed to read the stylesheet " + shown + " (" + why + ")",
                "make " + shown + " a file of your own, or remove it to use the built-in " + name);
  return builtin_file("styles/" + name).value_or(SiteFile{"", shown});
}

SiteStyle load_site_styles(const FileSystem& fs, const std::string& site_root, const std::string& styles_dir,
                           const std::string& name, bool replace, Diagnostics& diags) {
  SiteStyle style;
  SiteFile chosen = load_site_style(fs, site_root, styles_dir, name, diags);
  const bool own = chosen.shown_as.rfind("(built-in) ", 0) != 0;
  if (own && !replace)
    if (auto house = builtin_file("styles/" + name)) style.sheets.push_back(std::move(*house));
  style.sheets.push_back(std::move(chosen));
  return style;
}

std::string SiteStyle::combined() const {
  std::string text;
  for (size_t i = 0; i < sheets.size(); ++i) {
    if (i > 0) {
      if (!text.empty() && text.back() != '\n') text += '\n';
      text += "\n/* " + sheets[i].shown_as + ": this site's own, after the house style */\n";
    }
    text += sheets[i].text;
  }
  return text;
}

}  // namespace panelpack
