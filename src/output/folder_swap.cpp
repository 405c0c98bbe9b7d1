#include "output/folder_swap.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace panelpack {

namespace {

#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif

// renameat2 through the system call, for C libraries without the wrapper.
int rename_exchange(const fs::path& a, const fs::path& b) {
#ifdef SYS_renameat2
  return static_cast<int>(::syscall(SYS_renameat2, AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), RENAME_EXCHANGE));
#else
  errno = ENOSYS;
  return -1;
#endif
}

std::string failed(const std::string& what, const fs::path& path, int why) {
  return "failed to " + what + " " + path.string() + " (" + std::strerror(why) + ")";
}

// Flushes the open file `fd` and closes it; 0 or the errno of the failure.
int sync_and_close(int fd) {
  int why = 0;
  while (::fsync(fd) != 0) {
    if (errno == EINTR) continue;
    why = errno;
    break;
  }
  if (::close(fd) != 0 && why == 0) why = errno;
  return why;
}

}  // namespace

namespace {
std::string write_bytes(const fs::path& path, const std::string& bytes, bool flush) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) return failed("write", path, errno);
  const char* p = bytes.data();
  size_t left = bytes.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int why = errno;
      ::close(fd);
      return failed("write", path, why);
    }
    p += n;
    left -= static_cast<size_t>(n);
  }
  if (flush) {
    if (const int why = sync_and_close(fd)) return failed("write", path, why);
  } else if (::close(fd) != 0) {
    return failed("write", path, errno);
  }
  return {};
}

// Flushes the file or folder at `path`.
std::string sync_path(const fs::path& path, bool folder) {
  const int fd = ::open(path.empty() ? "." : path.c_str(), O_RDONLY | O_CLOEXEC | (folder ? O_DIRECTORY : 0));
  if (fd < 0) return failed("flush", path, errno);
  // Some file systems cannot flush a folder (EINVAL); they order it themselves.
  if (const int why = sync_and_close(fd); why != 0 && !(folder && why == EINVAL)) return failed("flush", path, why);
  return {};
}
}  // namespace

std::string write_file(const fs::path& path, const std::string& bytes) { return write_bytes(path, bytes, false); }

std::string write_file_durably(const fs::path& path, const std::string& bytes) { return write_bytes(path, bytes, true); }

std::string sync_folder(const fs::path& dir) { return sync_path(dir, true); }

std::string sync_tree(const fs::path& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    const int done = ::syncfs(fd);
    ::close(fd);
    if (done == 0) return {};
  }
  return sync_each(dir);
}

std::string sync_each(const fs::path& dir) {
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    const fs::file_status st = it->symlink_status(ec);
    if (ec) break;
    if (fs::is_directory(st) || fs::is_regular_file(st))
      if (std::string err = sync_path(it->path(), fs::is_directory(st)); !err.empty()) return err;
  }
  if (ec) return "failed to flush " + dir.string() + " (" + ec.message() + ")";
  return sync_folder(dir);
}

bool is_mount_point(const fs::path& dir) {
#ifdef STATX_ATTR_MOUNT_ROOT
  // Linux 5.8 and later say so directly, which also finds a bind mount of a
  // folder of the same file system.
  struct statx sx {};
  if (::statx(AT_FDCWD, dir.c_str(), 0, STATX_BASIC_STATS, &sx) == 0 &&
      (sx.stx_attributes_mask & STATX_ATTR_MOUNT_ROOT))
    return (sx.stx_attributes & STATX_ATTR_MOUNT_ROOT) != 0;
#endif
  struct stat self {}, above {};
  if (::stat(dir.c_str(), &self) != 0 || ::stat((dir / "..").c_str(), &above) != 0) return false;
  return self.st_dev != above.st_dev || self.st_ino == above.st_ino;
}

std::string check_ours(const fs::path& dir, const char* marker) {
  std::error_code ec;
  const fs::file_status st = fs::symlink_status(dir, ec);
  if (!fs::exists(st)) return {};
  if (!fs::is_directory(st))
    return "refusing to remove " + dir.string() + " (it is not a folder panelpack made; move or rename it)";
  if (fs::is_empty(dir, ec) || fs::exists(fs::symlink_status(dir / marker, ec))) return {};
  return "refusing to remove " + dir.string() + " (it was not made by panelpack; move or rename it)";
}

std::string remove_marked(const fs::path& dir, const char* marker) {
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(dir, ec))) return {};
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    if (it->path().filename() == marker) continue;
    std::error_code rm;
    fs::remove_all(it->path(), rm);
    if (rm) return "failed to remove " + it->path().string() + " (" + rm.message() + ")";
  }
  if (ec) return "failed to remove " + dir.string() + " (" + ec.message() + ")";
  fs::remove(dir / marker, ec);
  if (ec) return "failed to remove " + (dir / marker).string() + " (" + ec.message() + ")";
  fs::remove(dir, ec);
  if (ec) return "failed to remove " + dir.string() + " (" + ec.message() + ")";
  return {};
}

SwapResult swap_in(const fs::path& from, const fs::path& to, const fs::path& aside, SwapMethod method) {
  SwapResult r;
  auto fail = [&r](int why) {
    r.error = std::strerror(why);
    r.error_number = why;
    r.old.clear();
    return r;
  };
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(to, ec))) {
    if (std::rename(from.c_str(), to.c_str()) != 0) return fail(errno);
    return r;
  }
  if (method == SwapMethod::exchange) {
    if (rename_exchange(from, to) == 0) {
      r.old = from;
      return r;
    }
    if (errno != EINVAL && errno != ENOSYS && errno != EOPNOTSUPP) return fail(errno);
  }
  if (std::rename(to.c_str(), aside.c_str()) != 0) return fail(errno);
  if (std::rename(from.c_str(), to.c_str()) != 0) {
    const int why = errno;
    std::rename(aside.c_str(), to.c_str());
    return fail(why);
  }
  r.old = aside;
  return r;
}

}  // namespace panelpack
