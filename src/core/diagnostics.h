#pragma once
// Errors and warnings gathered during a run. Stages report everything they
// find and carry on, so one run shows every problem; the caller checks
// has_errors() between stages.
#include <map>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/source_pos.h"

namespace panelpack {

enum class Severity { error, warning };

// How many messages about one file are printed; the rest are counted.
inline constexpr size_t kMaxShownPerFile = 50;

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

  // Adds `other`'s messages (and remembered files) after this one's, as if
  // they had been reported here: work done apart is reported in order.
  void merge(Diagnostics&& other);

  // Remember a file's text so that messages can quote the offending line.
  void add_source(const std::string& file, std::string text);
  // Line `line` (1-based) of a remembered file, without its newline; empty
  // when the file or line is unknown.
  std::string source_line(const std::string& file, int line) const;
  // Messages gathered apart, to be merged into `parent` later, are placed
  // and quoted with the files `parent` remembers too. It must outlive this.
  void read_sources_from(const Diagnostics* parent) { parent_ = parent; }

  bool has_errors() const { return errors_ > 0; }
  int error_count() const { return errors_; }
  int warning_count() const { return warnings_; }
  const std::vector<Diagnostic>& all() const { return list_; }

  // Every diagnostic, sorted by file and position, in the house format (at
  // most kMaxShownPerFile for one file, then a line saying how many more):
  //   file:line:col: error: message
  //      14 |   lead: DCC Martlnd
  //         |         ^
  //   hint: did you mean 'DCC Martland'?
  std::string format() const;
  std::string format(const Diagnostic& d) const;

 private:
  void add(Diagnostic d);

  std::vector<Diagnostic> list_;
  std::unordered_set<std::string> keys_;  // what was reported, to record a repeat once
  std::map<std::string, std::string> sources_;
  const Diagnostics* parent_ = nullptr;
  const std::string* source(const std::string& file) const;
  int errors_ = 0;
  int warnings_ = 0;
};

}  // namespace panelpack
