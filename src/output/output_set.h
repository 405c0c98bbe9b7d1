#pragma once
// Every file of a build held in memory (relative path -> bytes), for the
// tests of whole builds. Paths are checked as by every OutputSink.
#include <map>
#include <string>

#include "output/output_sink.h"

namespace panelpack {

class OutputSet final : public OutputSink {
 public:
  bool add(const std::string& path, std::string bytes) override {
    if (!admit(path)) return false;
    files_[path] = std::move(bytes);
    return true;
  }
  const std::string& at(const std::string& path) const { return files_.at(path); }
  const std::map<std::string, std::string>& files() const { return files_; }

 private:
  std::map<std::string, std::string> files_;
};

}  // namespace panelpack
