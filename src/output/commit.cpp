#include "output/commit.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace fs = std::filesystem;

namespace panelpack {

namespace {
std::string write_file(const fs::path& path, const std::string& bytes) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  if (ec) return "failed to create " + path.parent_path().string() + " (" + ec.message() + ")";
  errno = 0;
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  f.close();
  if (!f) {
    const int why = errno;
    return "failed to write " + path.string() + " (" + (why ? std::strerror(why) : "the write did not complete") +
           ")";
  }
  return {};
}

// A folder beside the output that panelpack may delete: absent, empty, or
// marked as its own. Otherwise says why not.
std::string check_ours(const fs::path& dir) {
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(dir, ec))) return {};
  if (fs::is_symlink(fs::symlink_status(dir, ec)) || !fs::is_directory(dir, ec))
    return "refusing to remove " + dir.string() + " (it is not a folder panelpack made; move or rename it)";
  if (fs::is_empty(dir, ec) || fs::exists(dir / kOutputMarker, ec)) return {};
  return "refusing to remove " + dir.string() + " (it was not made by panelpack; move or rename it)";
}

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

std::string commit_output(const OutputSet& set, const std::string& out_dir) {
  std::error_code ec;
  fs::path out = fs::path(out_dir).lexically_normal();
  if (out.filename().empty()) out = out.parent_path();
  if (fs::exists(out, ec)) {
    if (!fs::is_directory(out, ec)) return "failed to replace " + out.string() + " (it is a file, not a folder)";
    bool empty = fs::is_empty(out, ec);
    if (!empty && !fs::exists(out / kOutputMarker, ec))
      return "refusing to replace " + out.string() + " (it was not made by panelpack; choose another --out)";
  }
  const fs::path staging = out.string() + ".staging";
  const fs::path previous = out.string() + ".previous";
  // Left over from a run that stopped part way; removed only if ours.
  for (const fs::path& left : {staging, previous})
    if (std::string why = check_ours(left); !why.empty()) return why;
  fs::remove_all(staging, ec);
  fs::remove_all(previous, ec);
  fs::create_directories(staging, ec);
  if (ec) return "failed to create " + staging.string() + " (" + ec.message() + ")";
  // The marker first, so that a staging folder left by a run that stopped
  // part way is still known as ours.
  std::string err = write_file(staging / kOutputMarker, "This folder is replaced by every panelpack build.\n");
  for (auto it = set.files().begin(); err.empty() && it != set.files().end(); ++it)
    err = write_file(staging / it->first, it->second);
  if (!err.empty()) {
    fs::remove_all(staging, ec);
    return err;
  }
  bool had_previous = fs::exists(out, ec);
  if (had_previous) {
    fs::rename(out, previous, ec);
    if (ec) {
      const std::string why = ec.message();
      fs::remove_all(staging, ec);
      return "failed to replace " + out.string() + " (" + why + ")";
    }
  }
  fs::rename(staging, out, ec);
  if (ec) {
    const std::string why = ec.message();
    if (had_previous) fs::rename(previous, out, ec);
    fs::remove_all(staging, ec);
    return "failed to replace " + out.string() + " (" + why + ")";
  }
  fs::remove_all(previous, ec);
  return {};
}

}  // namespace panelpack
