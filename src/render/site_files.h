#pragma once
// Files of a site that replace built-in ones: templates/<name>.html and
// styles/<name>.css. A site's own file always wins; something by that name
// that is not a readable file inside the site is an error, never a silent
// fall-back to the built-in file.
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "core/file_system.h"

namespace panelpack {

struct SiteFile {
  std::string text;
  std::string shown_as;  // "styles/paper.css", or "(built-in) styles/paper.css"
};

// The site's own `dir`/`name` (relative to `site_root`). nullopt with *why
// left empty when the site has nothing there (use the built-in file);
// nullopt with the reason in *why when something is there that may not be
// read: a folder, FIFO or device, a symbolic link that leads nowhere or out
// of the site, an unreadable file, or one over `max_bytes`.
std::optional<SiteFile> read_site_override(const FileSystem& fs, const std::string& site_root,
                                           const std::string& dir, const std::string& name, size_t max_bytes,
                                           std::string* why);

// The built-in file at `path` ("styles/paper.css"), compiled into panelpack.
std::optional<SiteFile> builtin_file(const std::string& path);

// The stylesheet `name` ("paper.css", "site.css") a build uses: the site's
// own styles_dir/name, else the built-in one. A site file that cannot be read
// is reported ("failed to read the stylesheet styles/paper.css (it is a
// folder, not a file)") and the built-in text is returned so the caller can
// carry on to find other problems. This is what the pipeline's style loading
// (SiteContext::load_styles) calls, in place of its own lookup.
SiteFile load_site_style(const FileSystem& fs, const std::string& site_root, const std::string& styles_dir,
                         const std::string& name, Diagnostics& diags);

// A house stylesheet and what the site adds to it. The site's own
// styles_dir/name applies after the house sheet, so a short file of its own
// changes only what it says; with `replace` it is used instead of the house
// sheet. Each sheet keeps its own name, so messages point at the site's file
// and line.
struct SiteStyle {
  std::vector<SiteFile> sheets;  // in the order they apply: the house sheet, then the site's own

  // The text the HTML output serves as assets/<name>: the sheets one after
  // the other, the site's own under a comment naming it. Just the house
  // sheet when the site has none of its own.
  std::string combined() const;
};

SiteStyle load_site_styles(const FileSystem& fs, const std::string& site_root, const std::string& styles_dir,
                           const std::string& name, bool replace, Diagnostics& diags);

}  // namespace panelpack
