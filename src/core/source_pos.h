#pragma once
// Where a value came from: every model node keeps one, so any later stage can
// point a user at the file, line and column to fix.
#include <cstddef>
#include <string>

namespace panelpack {

struct SourcePos {
  std::string file;  // path as the user would type it, relative to the site
  int line = 0;      // 1-based; 0 = unknown (the whole file)
  int col = 0;       // 1-based; 0 = unknown

  bool known() const { return !file.empty(); }
  std::string str() const;  // "file:line:col", "file:line" or "file"
};

// Byte `offset` of `text` -> its 1-based line and column (columns count
// characters, not bytes) in `file`.
SourcePos position_in(const std::string& file, const std::string& text, size_t offset);

}  // namespace panelpack
