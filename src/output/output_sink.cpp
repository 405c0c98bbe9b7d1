#include "output/output_sink.h"

namespace panelpack {

namespace {
// `path` as a message shows it: '' when empty, \0 for a NUL.
std::string shown(const std::string& path) {
  if (path.empty()) return "''";
  std::string s;
  for (char c : path) {
    if (c == '\0')
      s += "\\0";
    else
      s += c;
  }
  return s;
}
}  // namespace

std::string check_output_path(const std::string& path) {
  if (path.empty()) return "the path is empty";
  if (path.front() == '/') return "it is absolute";
  if (path.find('\0') != std::string::npos) return "it holds a NUL character";
  if (path.find('\\') != std::string::npos) return "it holds a backslash; folders are separated by '/'";
  size_t start = 0;
  while (true) {
    const size_t end = path.find('/', start);
    const std::string part = path.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (part.empty()) return "it has an empty component";
    if (part == ".") return "it has a '.' component";
    if (part == "..") return "it has a '..' component";
    if (end == std::string::npos) break;
    start = end + 1;
  }
  if (path == kOutputMarker) return "it is the file that marks the folder as panelpack's output";
  return {};
}

bool OutputSink::fail(std::string why) {
  if (error_.empty()) error_ = std::move(why);
  return false;
}

bool OutputSink::admit(const std::string& path) {
  if (!error_.empty()) return false;
  const std::string failed = "failed to add output file " + shown(path) + " (";
  if (std::string why = check_output_path(path); !why.empty()) return fail(failed + why + ")");
  if (paths_.count(path)) return fail(failed + "it was added already)");
  if (folders_.count(path)) return fail(failed + "it is a folder of files added already)");
  for (size_t slash = path.find('/'); slash != std::string::npos; slash = path.find('/', slash + 1))
    if (paths_.count(path.substr(0, slash))) return fail(failed + path.substr(0, slash) + " was added as a file)");
  for (size_t slash = path.find('/'); slash != std::string::npos; slash = path.find('/', slash + 1))
    folders_.insert(path.substr(0, slash));
  paths_.insert(path);
  return true;
}

}  // namespace panelpack
