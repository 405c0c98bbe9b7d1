#pragma once
// Disk access goes through this interface so tests run on an in-memory tree.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace panelpack {

class FileSystem {
 public:
  virtual ~FileSystem() = default;
  // The file's bytes, or nullopt with the reason in *why ("no such file").
  virtual std::optional<std::string> read(const std::string& path, std::string* why) const = 0;
  virtual bool is_file(const std::string& path) const = 0;
  virtual bool is_dir(const std::string& path) const = 0;
  // Names (not paths) of the entries of a folder, sorted.
  virtual std::vector<std::string> list(const std::string& dir) const = 0;
};

// The real disk.
class DiskFileSystem : public FileSystem {
 public:
  std::optional<std::string> read(const std::string& path, std::string* why) const override;
  bool is_file(const std::string& path) const override;
  bool is_dir(const std::string& path) const override;
  std::vector<std::string> list(const std::string& dir) const override;
};

// A tree held in memory: folders exist wherever a file lies below them.
class MemoryFileSystem : public FileSystem {
 public:
  void add(const std::string& path, std::string bytes) { files_[path] = std::move(bytes); }
  std::optional<std::string> read(const std::string& path, std::string* why) const override;
  bool is_file(const std::string& path) const override;
  bool is_dir(const std::string& path) const override;
  std::vector<std::string> list(const std::string& dir) const override;

 private:
  std::map<std::string, std::string> files_;
};

// "a/b" + "c" -> "a/b/c"; "." and "" are dropped.
std::string join_path(const std::string& a, const std::string& b);

}  // namespace panelpack
