// Process limits of one segment: the mean and spread of its baseline values.
#include <cmath>

#include "kinds/annex/spc.h"

namespace panelpack::annex {

namespace {
constexpr double kLimit = 2.66;               // XmR sigma multiplier on the average moving range
constexpr double kNear = 2.0 * kLimit / 3.0;  // the near ("two sigma") lines
constexpr double kScreen = 3.267;             // upper range limit used to screen moving ranges
}  // namespace

SpcSegment segment_limits(const std::vector<std::optional<double>>& values, size_t first, size_t last,
                          const SpcOptions& options) {
  SpcSegment seg;
  seg.first = first;
  seg.last = last;
  for (size_t i = first; i <= last; ++i)
    if (values[i]) ++seg.points;
  seg.provisional = seg.points < 13;

  // The baseline: every month of the segment, or up to and including its
  // n-th value when the limits are fixed.
  size_t base_last = last;
  if (options.fix_after > 0) {
    int seen = 0;
    for (size_t i = first; i <= last; ++i) {
      if (values[i] && ++seen == options.fix_after) {
        base_last = i;
        break;
      }
    }
  }
  double sum = 0;
  for (size_t i = first; i <= base_last; ++i) {
    if (!values[i]) continue;
    sum += *values[i];
    ++seg.baseline_points;
  }
  if (seg.baseline_points == 0) return seg;
  seg.mean = sum / seg.baseline_points;

  if (options.method == SpcMethod::mean_3sd) {
    if (seg.baseline_points < 2) return seg;
    double ss = 0;
    for (size_t i = first; i <= base_last; ++i)
      if (values[i]) ss += (*values[i] - seg.mean) * (*values[i] - seg.mean);
    seg.spread = std::sqrt(ss / (seg.baseline_points - 1));
    seg.has_limits = true;
    seg.upper = seg.mean + 3 * seg.spread;
    seg.lower = seg.mean - 3 * seg.spread;
    seg.near_upper = seg.mean + 2 * seg.spread;
    seg.near_lower = seg.mean - 2 * seg.spread;
    seg.flat = seg.spread == 0;
    return seg;
  }

  // Moving ranges only between adjacent months that both have a value: a
  // missing month leaves no range on either side of it.
  std::vector<double> ranges;
  for (size_t i = first + 1; i <= base_last; ++i)
    if (values[i] && values[i - 1]) ranges.push_back(std::fabs(*values[i] - *values[i - 1]));
  if (ranges.empty()) return seg;
  double amr = 0;
  for (double r : ranges) amr += r;
  amr /= ranges.size();
  seg.moving_ranges = static_cast<int>(ranges.size());
  if (options.screening && amr > 0) {
    // Keep ranges strictly below 3.267 × the average; recompute once. At
    // least one range is always below (they cannot all exceed their mean).
    double kept = 0;
    int n = 0;
    for (double r : ranges) {
      if (r < kScreen * amr) {
        kept += r;
        ++n;
      }
    }
    seg.screened_out = seg.moving_ranges - n;
    seg.moving_ranges = n;
    amr = kept / n;
  }
  seg.spread = amr;
  seg.has_limits = true;
  seg.flat = amr == 0;
  seg.upper = seg.mean + kLimit * amr;
  seg.lower = seg.mean - kLimit * amr;
  seg.near_upper = seg.mean + kNear * amr;
  seg.near_lower = seg.mean - kNear * amr;
  return seg;
}

}  // namespace panelpack::annex
