#pragma once
// One mistake made on many rows of a data table (a whole column of months in
// a form we do not read, a column of "n/a") is reported once, at its first
// cell, with how many rows have it and the lines they span, rather than once
// per row.
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "core/diagnostics.h"
#include "core/source_pos.h"

namespace panelpack {

class RowErrors {
 public:
  // `what` is the failure ("failed to read data/calls.csv"); `value` the
  // cell's text as quoted in the message ("'Sept 23' in column 'month'");
  // `cause` what is wrong with it ("is not a month"). Errors with the same
  // `what`, `group` (e.g. the column) and `cause` are reported together.
  void add(const SourcePos& pos, const std::string& what, const std::string& group, const std::string& value,
           const std::string& cause, const std::string& hint);

  // One error per group: the first cell's message, and when more than one
  // row has it, "; 33 rows have this error, lines 2 to 34".
  void report(Diagnostics& diags) const;

 private:
  struct Group {
    SourcePos first;
    std::string value, hint;
    int count = 0, first_line = 0, last_line = 0;
  };
  std::map<std::tuple<std::string, std::string, std::string>, Group> groups_;
};

}  // namespace panelpack
