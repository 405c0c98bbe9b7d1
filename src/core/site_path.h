#pragma once
// Where a path named in content may lead. Content names files relative to
// the site (a logo, data tables, the templates and styles folders); none of
// them may reach outside it, whether by an absolute path, by "..", or through
// a symbolic link, so a site cannot copy other files into its output.
#include <string>
#include <vector>

#include "core/file_system.h"

namespace panelpack {

struct SitePath {
  std::string path;      // what to read: `site_root` joined with `relative`
  std::string relative;  // the path as given, with "." and ".." resolved ("assets/logo.png")
  std::string error;     // why it may not be read ("it is an absolute path; …"); empty when it may
  explicit operator bool() const { return error.empty(); }
};

// Resolves `path` (as written in content) against the folder `site_root`.
// Refused: an empty or absolute path, and one that leads outside `site_root`
// once "." and ".." are resolved and symbolic links followed (FileSystem::
// real_path: weakly_canonical on the real disk, the text alone in memory).
// `what` names the folder in reasons: "the site folder", "the data folder data".
// Whether anything is there is not checked: reading it tells.
SitePath resolve_site_path(const FileSystem& fs, const std::string& site_root, const std::string& path,
                           const std::string& what);

// Why `out` cannot be the output folder of a build of the site at
// `site_root`: it is one of the site's content folders `content_dirs`
// (relative to the site: meetings, data, templates, styles) or inside one,
// where the output would be read back as content or replace it. Empty when
// it can. The text reads like output/out_folder.h's check_out_folder:
// "refusing to build into meetings/out (it is inside the site's folder meetings, …)".
std::string check_out_outside_content(const FileSystem& fs, const std::string& out, const std::string& site_root,
                                      const std::vector<std::string>& content_dirs);

}  // namespace panelpack
