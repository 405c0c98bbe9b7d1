#include "core/source_pos.h"

#include <algorithm>

namespace panelpack {

namespace {
// The 1-based column of `offset` on the line starting at `line_start`,
// counting UTF-8 sequences, not bytes.
int column(std::string_view text, size_t line_start, size_t offset) {
  int col = 1;
  for (size_t i = line_start; i < offset; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++col;
  return col;
}
}  // namespace

std::string SourcePos::str() const {
  std::string s = file;
  if (line > 0) s += ":" + std::to_string(line);
  if (line > 0 && col > 0) s += ":" + std::to_string(col);
  return s;
}

SourcePos position_in(const std::string& file, std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  int line = 1;
  size_t start = 0;
  for (size_t i = 0; i < offset; ++i)
    if (text[i] == '\n') ++line, start = i + 1;
  return {file, line, column(text, start, offset)};
}

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') starts_.push_back(i + 1);
}

SourcePos LineIndex::position(const std::string& file, size_t offset) const {
  offset = std::min(offset, text_.size());
  const size_t line = static_cast<size_t>(std::upper_bound(starts_.begin(), starts_.end(), offset) - starts_.begin());
  return {file, static_cast<int>(line), column(text_, starts_[line - 1], offset)};
}

}  // namespace panelpack
