#pragma once
// Files held in memory: relative path -> bytes (tests, and builds that
// write nothing).
#include <map>
#include <string>

#include "output/output_sink.h"

namespace panelpack {

class OutputSet : public OutputSink {
 public:
  const std::string& at(const std::string& path) const { return files_.at(path); }
  const std::map<std::string, std::string>& files() const { return files_; }

 protected:
  std::string store(const std::string& path, std::string bytes) override {
    files_[path] = std::move(bytes);
    return {};
  }

 private:
  std::map<std::string, std::string> files_;
};

}  // namespace panelpack
