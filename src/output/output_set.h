#pragma once
// Everything a build produces, held in memory until the whole build has
// succeeded: relative path -> bytes.
#include <map>
#include <string>

namespace panelpack {

class OutputSet {
 public:
  void add(const std::string& path, std::string bytes) { files_[path] = std::move(bytes); }
  bool has(const std::string& path) const { return files_.count(path) > 0; }
  const std::string& at(const std::string& path) const { return files_.at(path); }
  const std::map<std::string, std::string>& files() const { return files_; }
  size_t size() const { return files_.size(); }

 private:
  std::map<std::string, std::string> files_;
};

}  // namespace panelpack
