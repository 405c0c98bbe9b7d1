#pragma once
// Where a build's files go, one by one as they are finished.
#include <set>
#include <string>

namespace panelpack {

class OutputSink {
 public:
  virtual ~OutputSink() = default;
  // Adds the file at `path` (relative, '/'-separated). Returns false, and
  // remembers why in error(), when the path is not a plain relative path
  // inside the output or names a file twice, or when writing failed. After
  // one failure later adds are ignored.
  bool add(const std::string& path, std::string bytes);
  bool has(const std::string& path) const { return paths_.count(path) > 0; }
  size_t size() const { return paths_.size(); }
  const std::string& error() const { return error_; }

 protected:
  // Stores a checked, new path; returns "" or why it failed.
  virtual std::string store(const std::string& path, std::string bytes) = 0;

 private:
  std::set<std::string> paths_;
  std::string error_;
};

// Why `path` may not be written into an output folder: absolute, empty, with
// a '.' or '..' component, a backslash or a control character. Empty when it
// may.
std::string check_output_path(const std::string& path);

}  // namespace panelpack
