#include "output/output_sink.h"

namespace panelpack {

std::string check_output_path(const std::string& path) {
  if (path.empty()) return "the path is empty";
  if (path[0] == '/') return "it is an absolute path";
  for (char c : path) {
    if (c == '\\') return "it has a backslash";
    if (static_cast<unsigned char>(c) < 0x20) return "it has a control character";
  }
  for (size_t start = 0; start <= path.size();) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    const std::string part = path.substr(start, end - start);
    if (part.empty()) return "it has an empty component";
    if (part == "..") return "it has a '..' component";
    if (part == ".") return "it has a '.' component";
    start = end + 1;
  }
  return {};
}

bool OutputSink::add(const std::string& path, std::string bytes) {
  if (!error_.empty()) return false;
  if (std::string why = check_output_path(path); !why.empty()) {
    error_ = "refusing to write '" + path + "' (" + why + ")";
    return false;
  }
  if (!paths_.insert(path).second) {
    error_ = "refusing to write " + path + " twice";
    return false;
  }
  if (std::string why = store(path, std::move(bytes)); !why.empty()) {
    error_ = why;
    return false;
  }
  return true;
}

}  // namespace panelpack
