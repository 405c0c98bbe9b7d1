#include "core/file_system.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <set>

namespace fs = std::filesystem;

namespace panelpack {

std::string join_path(const std::string& a, const std::string& b) {
  if (a.empty() || a == ".") return b;
  if (b.empty() || b == ".") return a;
  if (b.front() == '/') return b;
  return a.back() == '/' ? a + b : a + "/" + b;
}

std::string describe_size(unsigned long long bytes) {
  const double kib = 1024, mib = kib * 1024, gib = mib * 1024;
  char text[64];
  if (bytes < kib) {
    std::snprintf(text, sizeof text, "%llu bytes", bytes);
  } else if (bytes < mib) {
    std::snprintf(text, sizeof text, "%.0f KB", static_cast<double>(bytes) / kib);
  } else if (bytes < gib) {
    std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / mib);
  } else {
    std::snprintf(text, sizeof text, "%.1f GB", static_cast<double>(bytes) / gib);
  }
  std::string s = text;
  if (s.ends_with(".0 MB") || s.ends_with(".0 GB")) s.erase(s.size() - 5, 2);  // "4.0 MB" -> "4 MB"
  return s;
}

namespace {

// Why a path that is not a regular file is not read.
std::string not_a_file(mode_t mode) {
  if (S_ISDIR(mode)) return "it is a folder, not a file";
  if (S_ISFIFO(mode)) return "it is a FIFO, not a file";
  if (S_ISCHR(mode)) return "it is a character device, not a file";
  if (S_ISBLK(mode)) return "it is a block device, not a file";
  if (S_ISSOCK(mode)) return "it is a socket, not a file";
  return "it is not a regular file";
}

// Why `path` could not be looked at or opened, from the errno of the attempt.
std::string cannot_open(const std::string& path, int err) {
  if (err == ELOOP) return "it is a symbolic link that leads round in a loop";
  struct stat link{};
  if (err == ENOENT && ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
    std::error_code ec;
    const fs::path target = fs::read_symlink(path, ec);
    return "it is a symbolic link to " + (ec ? std::string("a file") : target.string()) + ", which does not exist";
  }
  return std::strerror(err);
}

std::string too_large(unsigned long long size, size_t max_bytes, bool at_least) {
  return "it is " + std::string(at_least ? "more than " : "") + describe_size(size) + "; the limit is " +
         describe_size(max_bytes);
}

}  // namespace

std::optional<std::string> DiskFileSystem::read(const std::string& path, std::string* why, size_t max_bytes) const {
  auto fail = [&](std::string reason) -> std::optional<std::string> {
    if (why) *why = std::move(reason);
    return std::nullopt;
  };
  // Look before opening, so that a device is never opened at all; then check
  // what was opened, in case the path changed in between. Symbolic links are
  // followed (a site may link to shared files): where they may lead is
  // core/site_path's business. O_NONBLOCK keeps a FIFO from blocking the open.
  struct stat st{};
  if (::stat(path.c_str(), &st) != 0) return fail(cannot_open(path, errno));
  if (!S_ISREG(st.st_mode)) return fail(not_a_file(st.st_mode));
  if (static_cast<unsigned long long>(st.st_size) > max_bytes)
    return fail(too_large(static_cast<unsigned long long>(st.st_size), max_bytes, false));
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) return fail(cannot_open(path, errno));
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  if (::fstat(fd, &st) != 0) return fail(std::strerror(errno));
  if (!S_ISREG(st.st_mode)) return fail(not_a_file(st.st_mode));
  std::string bytes;
  bytes.reserve(std::min<size_t>(static_cast<size_t>(st.st_size), max_bytes));
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail(std::strerror(errno));
    }
    if (n == 0) break;
    // A file that grows while it is read (or reports no size, as /proc does)
    // is held to the same limit.
    if (bytes.size() + static_cast<size_t>(n) > max_bytes) return fail(too_large(max_bytes, max_bytes, true));
    bytes.append(buffer, static_cast<size_t>(n));
  }
  return bytes;
}

bool DiskFileSystem::is_file(const std::string& path) const {
  std::error_code ec;
  return fs::is_regular_file(path, ec);
}

bool DiskFileSystem::is_dir(const std::string& path) const {
  std::error_code ec;
  return fs::is_directory(path, ec);
}

bool DiskFileSystem::exists(const std::string& path) const {
  struct stat st{};
  return ::lstat(path.c_str(), &st) == 0;
}

std::vector<std::string> DiskFileSystem::list(const std::string& dir, std::string* why) const {
  std::vector<std::string> names;
  std::error_code ec;
  fs::directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) names.push_back(it->path().filename().string());
  if (ec && why) *why = ec.message();
  std::sort(names.begin(), names.end());
  return names;
}

std::string DiskFileSystem::real_path(const std::string& path) const {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(fs::absolute(path.empty() ? "." : path, ec), ec);
  if (ec) p = fs::absolute(path.empty() ? "." : path, ec).lexically_normal();
  std::string s = p.string();
  if (s.size() > 1 && s.back() == '/') s.pop_back();
  return s;
}

std::optional<std::string> MemoryFileSystem::read(const std::string& path, std::string* why,
                                                  size_t max_bytes) const {
  if (auto s = special_.find(path); s != special_.end()) {
    if (why) *why = s->second;
    return std::nullopt;
  }
  auto it = files_.find(path);
  if (it == files_.end()) {
    if (why) *why = is_dir(path) ? "it is a folder, not a file" : "No such file or directory";
    return std::nullopt;
  }
  if (it->second.size() > max_bytes) {
    if (why) *why = too_large(it->second.size(), max_bytes, false);
    return std::nullopt;
  }
  return it->second;
}

bool MemoryFileSystem::is_file(const std::string& path) const { return files_.count(path) > 0; }

bool MemoryFileSystem::is_dir(const std::string& path) const {
  if (unreadable_.count(path)) return true;
  std::string prefix = path.empty() || path == "." ? "" : path + "/";
  for (const auto* m : {&files_, &special_, &unreadable_}) {
    auto it = m->lower_bound(prefix);
    if (it != m->end() && it->first.compare(0, prefix.size(), prefix) == 0) return true;
  }
  return false;
}

bool MemoryFileSystem::exists(const std::string& path) const {
  return is_file(path) || special_.count(path) > 0 || is_dir(path);
}

std::vector<std::string> MemoryFileSystem::list(const std::string& dir, std::string* why) const {
  if (auto u = unreadable_.find(dir); u != unreadable_.end()) {
    if (why) *why = u->second;
    return {};
  }
  std::string prefix = dir.empty() || dir == "." ? "" : dir + "/";
  std::set<std::string> names;
  for (const auto* m : {&files_, &special_, &unreadable_})
    for (auto it = m->lower_bound(prefix); it != m->end(); ++it) {
      if (it->first.compare(0, prefix.size(), prefix) != 0) break;
      std::string rest = it->first.substr(prefix.size());
      names.insert(rest.substr(0, rest.find('/')));
    }
  return {names.begin(), names.end()};
}

std::string MemoryFileSystem::real_path(const std::string& path) const {
  std::string s = fs::path(path.empty() ? "." : path).lexically_normal().string();
  if (s.size() > 1 && s.back() == '/') s.pop_back();
  return s.empty() ? "." : s;
}

}  // namespace panelpack
