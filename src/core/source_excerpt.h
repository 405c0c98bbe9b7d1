#pragma once
// The part of a source line a diagnostic quotes: a line longer than
// kExcerptWidth characters is cut to a window around the column, with "…"
// where text was left out, so a 10,000-character line does not flood the
// terminal.
#include <string>

namespace panelpack {

inline constexpr int kExcerptWidth = 100;  // characters, not bytes

struct Excerpt {
  std::string text;  // the line, or a window of it with "…" marks
  int col = 0;       // the column (1-based, in characters) within `text`; 0 = none
};

// `col` is 1-based and counts characters (UTF-8 sequences), as SourcePos does.
// Characters no one can see are shown: a byte-order mark as "<U+FEFF>",
// control characters (not tab) as their Unicode pictures ("␀" for U+0000).
Excerpt excerpt(const std::string& line, int col);

}  // namespace panelpack
