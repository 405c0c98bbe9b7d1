#include "core/file_system.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace panelpack {

std::string join_path(const std::string& a, const std::string& b) {
  if (a.empty() || a == ".") return b;
  if (b.empty() || b == ".") return a;
  if (b.front() == '/') return b;
  return a.back() == '/' ? a + b : a + "/" + b;
}

std::optional<std::string> DiskFileSystem::read(const std::string& path, std::string* why) const {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    if (why) *why = "it is a folder";
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (why) *why = std::strerror(errno);
    return std::nullopt;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) {
    if (why) *why = "read error";
    return std::nullopt;
  }
  return ss.str();
}

bool DiskFileSystem::is_file(const std::string& path) const {
  std::error_code ec;
  return fs::is_regular_file(path, ec);
}

bool DiskFileSystem::is_dir(const std::string& path) const {
  std::error_code ec;
  return fs::is_directory(path, ec);
}

std::vector<std::string> DiskFileSystem::list(const std::string& dir) const {
  std::vector<std::string> names;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    names.push_back(it->path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

std::optional<std::string> MemoryFileSystem::read(const std::string& path, std::string* why) const {
  auto it = files_.find(path);
  if (it == files_.end()) {
    if (why) *why = is_dir(path) ? "it is a folder" : "No such file or directory";
    return std::nullopt;
  }
  return it->second;
}

bool MemoryFileSystem::is_file(const std::string& path) const { return files_.count(path) > 0; }

bool MemoryFileSystem::is_dir(const std::string& path) const {
  std::string prefix = path.empty() || path == "." ? "" : path + "/";
  auto it = files_.lower_bound(prefix);
  return it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
}

std::vector<std::string> MemoryFileSystem::list(const std::string& dir) const {
  std::string prefix = dir.empty() || dir == "." ? "" : dir + "/";
  std::set<std::string> names;
  for (auto it = files_.lower_bound(prefix); it != files_.end(); ++it) {
    if (it->first.compare(0, prefix.size(), prefix) != 0) break;
    std::string rest = it->first.substr(prefix.size());
    names.insert(rest.substr(0, rest.find('/')));
  }
  return {names.begin(), names.end()};
}

}  // namespace panelpack
