#include "output/commit.h"

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
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  f.close();
  if (!f) return "failed to write " + path.string() + " (" + std::strerror(errno) + ")";
  return {};
}
}  // namespace

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
  fs::remove_all(staging, ec);
  fs::remove_all(previous, ec);
  fs::create_directories(staging, ec);
  if (ec) return "failed to create " + staging.string() + " (" + ec.message() + ")";
  for (const auto& [path, bytes] : set.files()) {
    std::string err = write_file(staging / path, bytes);
    if (!err.empty()) {
      fs::remove_all(staging, ec);
      return err;
    }
  }
  std::string err = write_file(staging / kOutputMarker, "This folder is replaced by every panelpack build.\n");
  if (!err.empty()) {
    fs::remove_all(staging, ec);
    return err;
  }
  bool had_previous = fs::exists(out, ec);
  if (had_previous) {
    fs::rename(out, previous, ec);
    if (ec) {
      fs::remove_all(staging, ec);
      return "failed to replace " + out.string() + " (" + ec.message() + ")";
    }
  }
  fs::rename(staging, out, ec);
  if (ec) {
    std::string why = ec.message();
    if (had_previous) fs::rename(previous, out, ec);
    fs::remove_all(staging, ec);
    return "failed to replace " + out.string() + " (" + why + ")";
  }
  fs::remove_all(previous, ec);
  return {};
}

}  // namespace panelpack
