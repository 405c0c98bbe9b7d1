#include "core/source_excerpt.h"

#include <algorithm>
#include <vector>

namespace panelpack {

namespace {

// The line as it should be seen: a byte-order mark (invisible, and easily
// left in the middle of a file) as "<U+FEFF>", control characters other than
// tab as their Unicode pictures (U+0000 as "␀"). `col` moves with the text.
std::string visible(const std::string& raw, int& col) {
  std::string out;
  int ch = 0, shift = 0;
  for (size_t i = 0; i < raw.size();) {
    ++ch;
    size_t n = 1;
    while (i + n < raw.size() && (static_cast<unsigned char>(raw[i + n]) & 0xC0) == 0x80) ++n;
    const unsigned char c = static_cast<unsigned char>(raw[i]);
    if (raw.compare(i, n, "\xEF\xBB\xBF") == 0) {
      out += "<U+FEFF>";
      if (ch < col) shift += 7;
    } else if (n == 1 && ((c < 0x20 && c != '\t') || c == 0x7F)) {
      out += "\xE2\x90";
      out += static_cast<char>(c == 0x7F ? 0xA1 : 0x80 + c);
    } else {
      out.append(raw, i, n);
    }
    i += n;
  }
  if (col > 0) col += shift;
  return out;
}

}  // namespace

Excerpt excerpt(const std::string& raw, int col) {
  const std::string line = visible(raw, col);
  std::vector<size_t> starts;  // byte offset of each character
  for (size_t i = 0; i < line.size(); ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) starts.push_back(i);
  const int n = static_cast<int>(starts.size());
  if (n <= kExcerptWidth) return {line, col};
  const int at = std::clamp(col - 1, 0, n);
  int first = std::max(0, at - kExcerptWidth / 2);
  const int last = std::min(n, first + kExcerptWidth);
  first = std::max(0, last - kExcerptWidth);
  const size_t from = starts[static_cast<size_t>(first)];
  const size_t to = last < n ? starts[static_cast<size_t>(last)] : line.size();
  Excerpt e;
  if (first > 0) e.text = "…";
  e.text += line.substr(from, to - from);
  if (last < n) e.text += "…";
  e.col = col > 0 ? col - first + (first > 0 ? 1 : 0) : 0;
  return e;
}

}  // namespace panelpack
