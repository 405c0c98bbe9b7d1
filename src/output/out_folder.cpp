#include "output/out_folder.h"

#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

namespace panelpack {

namespace {
// `p` made absolute and normal, without symbolic links where it exists, and
// without a trailing separator.
fs::path resolved(const fs::path& p) {
  std::error_code ec;
  fs::path r = fs::weakly_canonical(fs::absolute(p, ec), ec).lexically_normal();
  if (r.has_relative_path() && r.filename().empty()) r = r.parent_path();
  return r;
}

// True if `outer` is `inner` or one of the folders above it.
bool holds(const fs::path& outer, const fs::path& inner) {
  auto o = outer.begin();
  auto i = inner.begin();
  for (; o != outer.end(); ++o, ++i)
    if (i == inner.end() || *o != *i) return false;
  return true;
}
}  // namespace

std::string check_out_folder(const std::string& out, const std::string& site) {
  const fs::path o = resolved(out.empty() ? "." : out);
  std::error_code ec;
  if (holds(o, resolved(site)))
    return "refusing to build into " + (out.empty() ? std::string("''") : out) + " (" +
           (o == resolved(site) ? "it is the site folder" : "it holds the site folder") +
           ", and a build replaces the whole output folder)";
  const fs::path cwd = fs::current_path(ec);
  if (!ec && holds(o, resolved(cwd)))
    return "refusing to build into " + (out.empty() ? std::string("''") : out) + " (" +
           (o == resolved(cwd) ? "it is the current folder" : "it holds the current folder") +
           ", and a build replaces the whole output folder)";
  return {};
}

}  // namespace panelpack
