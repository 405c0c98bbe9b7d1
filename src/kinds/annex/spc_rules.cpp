// The four special-cause rules of Making Data Count, applied within one
// segment. A missing month breaks every run, trend and window.
#include "kinds/annex/spc.h"

namespace panelpack::annex {

namespace {
int side(double v, double mean) { return v > mean ? 1 : v < mean ? -1 : 0; }
}  // namespace

std::vector<SpecialCause> segment_rules(const std::vector<std::optional<double>>& values, const SpcSegment& seg) {
  const size_t n = seg.last - seg.first + 1;
  auto y = [&](size_t k) { return *values[seg.first + k]; };
  auto present = [&](size_t k) { return values[seg.first + k].has_value(); };
  // All of k..k+len-1 present?
  auto run_present = [&](size_t k, size_t len) {
    for (size_t j = k; j < k + len; ++j)
      if (!present(j)) return false;
    return true;
  };

  std::vector<int> beyond(n, 0), trend(n, 0), two3(n, 0), shift(n, 0);

  // Beyond limits: strictly above the upper or below the lower limit.
  std::vector<int> close(n, 0);
  if (seg.has_limits) {
    for (size_t k = 0; k < n; ++k) {
      if (!present(k)) continue;
      if (y(k) > seg.upper) beyond[k] = 1;
      else if (y(k) < seg.lower) beyond[k] = -1;
      // Near a limit: strictly beyond the near line, up to and including the limit.
      else if (y(k) > seg.near_upper) close[k] = 1;
      else if (y(k) < seg.near_lower) close[k] = -1;
    }
  }

  // Trend: seven points with six consecutive strict rises (or falls); a tie
  // breaks it. Where windows of both directions meet, the later one wins.
  for (size_t k = 0; k + 7 <= n; ++k) {
    if (!run_present(k, 7)) continue;
    int dir = 0;
    bool ok = true;
    for (size_t j = k + 1; j < k + 7 && ok; ++j) {
      int d = side(y(j), y(j - 1));
      if (d == 0 || (dir != 0 && d != dir)) ok = false;
      dir = d;
    }
    if (!ok) continue;
    for (size_t j = k; j < k + 7; ++j) trend[j] = dir;
  }

  // Two of three: in three consecutive months, at least two near a limit
  // and all three strictly on the same side of the mean; the near points
  // are flagged.
  if (seg.has_limits) {
    for (size_t k = 0; k + 3 <= n; ++k) {
      if (!run_present(k, 3)) continue;
      int s = side(y(k), seg.mean);
      if (s == 0 || side(y(k + 1), seg.mean) != s || side(y(k + 2), seg.mean) != s) continue;
      int near = 0;
      for (size_t j = k; j < k + 3; ++j) near += close[j] == s;
      if (near < 2) continue;
      for (size_t j = k; j < k + 3; ++j)
        if (close[j] == s) two3[j] = s;
    }
  }

  // Shift: seven or more consecutive months strictly on one side of the
  // mean; a point on the mean or a missing month ends the run.
  size_t start = 0;
  while (start < n) {
    if (!present(start) || side(y(start), seg.mean) == 0) {
      ++start;
      continue;
    }
    int s = side(y(start), seg.mean);
    size_t end = start;
    while (end + 1 < n && present(end + 1) && side(y(end + 1), seg.mean) == s) ++end;
    if (end - start + 1 >= 7)
      for (size_t j = start; j <= end; ++j) shift[j] = s;
    start = end + 1;
  }

  std::vector<SpecialCause> out(n, SpecialCause::none);
  for (size_t k = 0; k < n; ++k) {
    if (beyond[k]) out[k] = beyond[k] > 0 ? SpecialCause::above_upper : SpecialCause::below_lower;
    else if (trend[k]) out[k] = trend[k] > 0 ? SpecialCause::trend_up : SpecialCause::trend_down;
    else if (two3[k]) out[k] = two3[k] > 0 ? SpecialCause::two_of_three_high : SpecialCause::two_of_three_low;
    else if (shift[k]) out[k] = shift[k] > 0 ? SpecialCause::shift_high : SpecialCause::shift_low;
  }
  return out;
}

}  // namespace panelpack::annex
