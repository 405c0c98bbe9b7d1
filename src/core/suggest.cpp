#include "core/suggest.h"

#include <algorithm>
#include <cctype>

namespace panelpack {

int edit_distance(const std::string& a, const std::string& b) {
  // Optimal string alignment: insertions, deletions, substitutions and
  // transpositions of neighbours ("itmes" -> "items") each cost one.
  auto eq = [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  };
  const size_t n = a.size(), m = b.size();
  std::vector<int> d((n + 1) * (m + 1));
  auto at = [&](size_t i, size_t j) -> int& { return d[i * (m + 1) + j]; };
  for (size_t i = 0; i <= n; ++i) at(i, 0) = static_cast<int>(i);
  for (size_t j = 0; j <= m; ++j) at(0, j) = static_cast<int>(j);
  for (size_t i = 1; i <= n; ++i) {
    for (size_t j = 1; j <= m; ++j) {
      at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (eq(a[i - 1], b[j - 1]) ? 0 : 1)});
      if (i > 1 && j > 1 && eq(a[i - 1], b[j - 2]) && eq(a[i - 2], b[j - 1]))
        at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
    }
  }
  return at(n, m);
}

std::optional<std::string> closest(const std::string& word, const std::vector<std::string>& candidates) {
  std::optional<std::string> best;
  int best_d = 0;
  for (const auto& c : candidates) {
    int d = edit_distance(word, c);
    int allowed = std::max<int>(1, static_cast<int>(std::max(word.size(), c.size())) / 3);
    if (d <= allowed && (!best || d < best_d)) {
      best = c;
      best_d = d;
    }
  }
  return best;
}

std::string suggestion(const std::string& word, const std::vector<std::string>& candidates) {
  if (auto c = closest(word, candidates)) return "did you mean '" + *c + "'?";
  std::string list;
  for (size_t i = 0; i < candidates.size() && i < 12; ++i) list += (i ? ", " : "") + candidates[i];
  if (candidates.size() > 12) list += ", …";
  return "expected one of: " + list;
}

std::string suggestion_or(const std::string& word, const std::vector<std::string>& candidates,
                          const std::string& otherwise) {
  if (auto c = closest(word, candidates)) return "did you mean '" + *c + "'?";
  return otherwise;
}

}  // namespace panelpack
