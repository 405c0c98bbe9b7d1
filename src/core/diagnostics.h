#pragma once
// Errors and warnings gathered during a run. Stages report everything they
// find and carry on, so one run shows every problem; the caller checks
// has_errors() between stages.
#include <map>
#include <string>
#include <vector>

#include "core/source_pos.h"

namespace panelpack {

enum class Severity { error, warning };

struct Diagnostic {
  Severity severity = Severity::error;
  SourcePos pos;
  std::string message;  // what failed, then the cause in parentheses
  std::string hint;     // what to do; may be empty
};

class Diagnostics {
 public:
  // A problem found again (the same message at the same place, as when a
  // meeting is rendered for both audiences) is recorded once.
  void error(SourcePos pos, std::string message, std::string hint = {});
  void warning(SourcePos pos, std::string message, std::string hint = {});

  // Remember a file's text so that messages can quote the offending line.
  void add_source(const std::string& file, std::string text);
  // Line `line` (1-based) of a remembered file, without its newline; empty
  // when the file or line is unknown.
  std::string source_line(const std::string& file, int line) const;

  bool has_errors() const { return errors_ > 0; }
  int error_count() const { return errors_; }
  int warning_count() const { return warnings_; }
  const std::vector<Diagnostic>& all() const { return list_; }

  // Every diagnostic, sorted by file and position, in the house format:
  //   file:line:col: error: message
  //      14 |   lead: DCC Martlnd
  //         |         ^
  //   hint: did you mean 'DCC Martland'?
  std::string format() const;
  std::string format(const Diagnostic& d) const;

 private:
  bool seen(const Diagnostic& d) const;

  std::vector<Diagnostic> list_;
  std::map<std::string, std::string> sources_;
  int errors_ = 0;
  int warnings_ = 0;
};

}  // namespace panelpack
