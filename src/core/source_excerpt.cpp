#include "core/source_excerpt.h"

#include <algorithm>
#include <vector>

namespace panelpack {

Excerpt excerpt(const std::string& line, int col) {
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
