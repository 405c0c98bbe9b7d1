#pragma once
// Where a build's files go, as they are finished: written to a staging
// folder (StagingOutput), held in memory (OutputSet), or only counted
// (DiscardOutput, for `panelpack check`). Every sink accepts the same paths,
// checked by check_output_path.
#include <set>
#include <string>

namespace panelpack {

// The file that marks a folder as panelpack's output (so a mistyped --out
// never replaces a folder of someone's own). No sink accepts it as a path.
inline constexpr const char* kOutputMarker = ".panelpack-output";

// Why `path` cannot name a file of the output, or "" when it can. A path is
// relative and '/'-separated, with no empty, '.' or '..' component, no
// backslash and no NUL, and is not the marker: so each file has exactly one
// spelling and stays inside the output folder.
std::string check_output_path(const std::string& path);

class OutputSink {
 public:
  virtual ~OutputSink() = default;

  // Adds one file at `path` (relative, '/'-separated). Returns false, and
  // remembers why in error(), when check_output_path refuses the path, when
  // the path names a file twice (or a file that is also a folder), or when
  // writing failed. After one failure later adds are ignored.
  virtual bool add(const std::string& path, std::string bytes) = 0;

  bool has(const std::string& path) const { return paths_.count(path) > 0; }  // already added
  size_t size() const { return paths_.size(); }                               // files added
  const std::string& error() const { return error_; }                         // first failure, "" if none

 protected:
  // Checks `path` and records it as added; false (with error() set) if the
  // sink has failed already or the path is refused. Every add starts here.
  bool admit(const std::string& path);
  // Records the first failure; returns false for `return fail(...)`.
  bool fail(std::string why);

 private:
  std::string error_;
  std::set<std::string> paths_;
  std::set<std::string> folders_;  // every folder above an added file
};

// Checks and counts the files of a build, and writes nothing.
class DiscardOutput final : public OutputSink {
 public:
  bool add(const std::string& path, std::string bytes) override { return admit(path); }
};

}  // namespace panelpack
