#include "core/site_path.h"

#include <filesystem>

namespace panelpack {

namespace {

// Whether the resolved path `child` is `parent` or lies below it. Both come
// from FileSystem::real_path, so they are alike in form: absolute on the
// real disk, relative (with "." for the current folder) in memory.
bool inside(const std::string& child, const std::string& parent) {
  if (parent == ".") return child == "." || (child != ".." && !child.starts_with("../") && !child.starts_with('/'));
  if (parent == "/") return child.starts_with('/');
  return child == parent || (child.starts_with(parent) && child[parent.size()] == '/');
}

}  // namespace

SitePath resolve_site_path(const FileSystem& fs, const std::string& site_root, const std::string& path,
                           const std::string& what) {
  SitePath out;
  if (path.empty()) {
    out.error = "it is empty";
    return out;
  }
  if (path.front() == '/') {
    out.error = "it is an absolute path; give it relative to " + what;
    return out;
  }
  std::string rel = std::filesystem::path(path).lexically_normal().string();
  if (rel.size() > 1 && rel.back() == '/') rel.pop_back();
  if (rel.empty()) rel = ".";
  out.relative = rel;
  out.path = join_path(site_root, rel);
  if (rel == ".." || rel.starts_with("../")) {
    out.error = "it leads out of " + what;
    return out;
  }
  if (!inside(fs.real_path(out.path), fs.real_path(site_root)))
    out.error = "it leads out of " + what + " through a symbolic link";
  return out;
}

std::string check_out_outside_content(const FileSystem& fs, const std::string& out, const std::string& site_root,
                                      const std::vector<std::string>& content_dirs) {
  const std::string o = fs.real_path(out.empty() ? "." : out);
  for (const auto& dir : content_dirs) {
    if (dir.empty()) continue;
    const std::string d = fs.real_path(join_path(site_root, dir));
    // The site folder itself is output/commit's check_out_folder's business.
    if (d == fs.real_path(site_root) || !inside(o, d)) continue;
    return "refusing to build into " + (out.empty() ? std::string("''") : out) + " (" +
           (o == d ? "it is" : "it is inside") + " the site's folder " + dir +
           ", where the output would be read as content)";
  }
  return {};
}

}  // namespace panelpack
