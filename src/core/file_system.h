#pragma once
// Disk access goes through this interface so tests run on an in-memory tree.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace panelpack {

// How large each kind of input may be (docs/content.md lists them). Anything
// larger is refused with the limit in the reason, before it is read whole.
namespace read_limit {
inline constexpr size_t kMiB = 1024 * 1024;
inline constexpr size_t yaml = 4 * kMiB;       // panelpack.yaml, meeting.yaml, annex.yaml
inline constexpr size_t csv = 64 * kMiB;       // data tables
inline constexpr size_t css = 1 * kMiB;        // styles/paper.css, site.css
inline constexpr size_t templates = 1 * kMiB;  // templates/*.html
inline constexpr size_t image = 16 * kMiB;     // logos and other images
inline constexpr size_t any = 64 * kMiB;       // the largest of them: what a read allows by default
}  // namespace read_limit

class FileSystem {
 public:
  virtual ~FileSystem() = default;
  // The bytes of a regular file, or nullopt with the reason in *why ("No such
  // file or directory", "it is a FIFO, not a file", "it is 5.2 MB; the limit
  // is 4 MB"). A folder, FIFO, device or socket is never read, and a file
  // larger than `max_bytes` is refused before it is read whole.
  virtual std::optional<std::string> read(const std::string& path, std::string* why,
                                          size_t max_bytes = read_limit::any) const = 0;
  // A regular file (or a symbolic link to one).
  virtual bool is_file(const std::string& path) const = 0;
  virtual bool is_dir(const std::string& path) const = 0;
  // Anything at all at `path`: a file, a folder, a FIFO, even a symbolic link
  // that leads nowhere.
  virtual bool exists(const std::string& path) const = 0;
  // Names (not paths) of the entries of a folder, sorted; empty with the
  // reason in *why when the folder cannot be read.
  virtual std::vector<std::string> list(const std::string& dir, std::string* why = nullptr) const = 0;
  // `path` with symbolic links followed and "." and ".." resolved, as far as
  // it exists (std::filesystem::weakly_canonical); the in-memory tree has no
  // links, so there it is resolved by its text alone.
  virtual std::string real_path(const std::string& path) const = 0;
};

// The real disk.
class DiskFileSystem : public FileSystem {
 public:
  std::optional<std::string> read(const std::string& path, std::string* why,
                                  size_t max_bytes = read_limit::any) const override;
  bool is_file(const std::string& path) const override;
  bool is_dir(const std::string& path) const override;
  bool exists(const std::string& path) const override;
  std::vector<std::string> list(const std::string& dir, std::string* why = nullptr) const override;
  std::string real_path(const std::string& path) const override;
};

// A tree held in memory: folders exist wherever a file lies below them.
class MemoryFileSystem : public FileSystem {
 public:
  void add(const std::string& path, std::string bytes) { files_[path] = std::move(bytes); }
  // Something at `path` that is not a regular file (a FIFO, a device, a
  // broken link): listed, but reading it fails with `why`.
  void add_special(const std::string& path, std::string why) { special_[path] = std::move(why); }
  // A folder whose entries cannot be listed (reading it fails with `why`).
  void add_unreadable_dir(const std::string& path, std::string why) { unreadable_[path] = std::move(why); }
  std::optional<std::string> read(const std::string& path, std::string* why,
                                  size_t max_bytes = read_limit::any) const override;
  bool is_file(const std::string& path) const override;
  bool is_dir(const std::string& path) const override;
  bool exists(const std::string& path) const override;
  std::vector<std::string> list(const std::string& dir, std::string* why = nullptr) const override;
  std::string real_path(const std::string& path) const override;

 private:
  std::map<std::string, std::string> files_, special_, unreadable_;
};

// "a/b" + "c" -> "a/b/c"; "." and "" are dropped.
std::string join_path(const std::string& a, const std::string& b);

// A byte count as messages show it: "900 bytes", "12 KB", "5.2 MB", "7.5 GB".
std::string describe_size(unsigned long long bytes);

}  // namespace panelpack
