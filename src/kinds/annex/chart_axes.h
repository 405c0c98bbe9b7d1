#pragma once
// Axis arithmetic for charts: "nice" value ticks and month label spacing.
#include <vector>

#include "kinds/annex/month.h"

namespace panelpack::annex {

struct ValueAxis {
  double min = 0, max = 1;     // the axis range (tick-aligned)
  std::vector<double> ticks;   // from min to max
};

// About `target` ticks at 1, 2, 2.5 or 5 × 10^k covering [lo, hi]. A zero
// range is widened so a flat series still gets an axis.
ValueAxis nice_axis(double lo, double hi, int target = 5);

// A second axis that shares the first one's grid: exactly `intervals` steps
// of 1, 2, 2.5 or 5 × 10^k, the smallest that covers [lo, hi], kept within
// [floor_at, ceil_at] (0 and 100 for percentages) where the data allows.
ValueAxis aligned_axis(double lo, double hi, int intervals, double floor_at, double ceil_at);

// Indices (into n consecutive months from `first`) that get a label: every
// 1, 2, 3, 6 or 12 months, aligned to quarters and financial years, at most
// `max_labels` of them.
std::vector<int> month_ticks(Month first, int n, int max_labels = 14);

}  // namespace panelpack::annex
