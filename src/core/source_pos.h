#pragma once
// Where a value came from: every model node keeps one, so any later stage can
// point a user at the file, line and column to fix.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace panelpack {

struct SourcePos {
  std::string file;  // path as the user would type it, relative to the site
  int line = 0;      // 1-based; 0 = unknown (the whole file)
  int col = 0;       // 1-based; 0 = unknown

  bool known() const { return !file.empty(); }
  std::string str() const;  // "file:line:col", "file:line" or "file"
};

// Byte `offset` of `text` -> its 1-based line and column (columns count
// characters, not bytes) in `file`. An offset past the end is the end.
SourcePos position_in(const std::string& file, std::string_view text, size_t offset);

// The same for many offsets of one text (a stylesheet, a paper): the line
// starts are found once and each position by binary search. `text` must
// outlive the index.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  SourcePos position(const std::string& file, size_t offset) const;

 private:
  std::string_view text_;
  std::vector<size_t> starts_;  // byte offset of each line's first character
};

}  // namespace panelpack
