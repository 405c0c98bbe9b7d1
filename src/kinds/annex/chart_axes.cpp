#include "kinds/annex/chart_axes.h"

#include <algorithm>
#include <cmath>

namespace panelpack::annex {

ValueAxis nice_axis(double lo, double hi, int target) {
  if (hi < lo) std::swap(lo, hi);
  if (hi - lo < 1e-12) {
    double pad = std::fabs(hi) > 0 ? std::fabs(hi) * 0.1 : 1;
    lo -= pad;
    hi += pad;
  }
  double raw = (hi - lo) / std::max(1, target);
  double mag = std::pow(10, std::floor(std::log10(raw)));
  double step = mag * 10;
  for (double f : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    if (raw <= f * mag) {
      step = f * mag;
      break;
    }
  }
  ValueAxis a;
  a.min = std::floor(lo / step + 1e-9) * step;
  a.max = std::ceil(hi / step - 1e-9) * step;
  for (double t = a.min; t <= a.max + step * 1e-6; t += step) a.ticks.push_back(std::fabs(t) < step * 1e-9 ? 0 : t);
  return a;
}

ValueAxis aligned_axis(double lo, double hi, int intervals, double floor_at, double ceil_at) {
  if (hi < lo) std::swap(lo, hi);
  intervals = std::max(1, intervals);
  if (hi - lo < 1e-12) {
    double pad = std::fabs(hi) > 0 ? std::fabs(hi) * 0.1 : 1;
    lo = std::max(floor_at, lo - pad);
    hi = std::min(ceil_at, hi + pad);
  }
  double raw = (hi - lo) / intervals;
  double mag = std::pow(10, std::floor(std::log10(raw)) - 1);
  ValueAxis a;
  for (int guard = 0; guard < 40; ++guard) {
    for (double f : {1.0, 2.0, 2.5, 5.0}) {
      double step = f * mag;
      if (step * intervals < (hi - lo) * (1 - 1e-9)) continue;
      double min = std::floor(lo / step + 1e-9) * step;
      if (min < floor_at && floor_at <= lo) min = std::ceil(floor_at / step - 1e-9) * step;
      double max = min + step * intervals;
      if (max > ceil_at && hi <= ceil_at) {
        max = std::floor(ceil_at / step + 1e-9) * step;
        min = max - step * intervals;
      }
      if (min > lo + step * 1e-9 || max < hi - step * 1e-9) continue;  // this step cannot cover the data
      a.min = min;
      a.max = max;
      for (int i = 0; i <= intervals; ++i) {
        double t = min + i * step;
        a.ticks.push_back(std::fabs(t) < step * 1e-9 ? 0 : t);
      }
      return a;
    }
    mag *= 10;
  }
  return nice_axis(lo, hi, intervals);  // not reached for finite input
}

std::vector<int> month_ticks(Month first, int n, int max_labels) {
  int every = 12;
  for (int e : {1, 2, 3, 6, 12}) {
    if ((n + e - 1) / e <= max_labels) {
      every = e;
      break;
    }
  }
  std::vector<int> out;
  for (int i = 0; i < n; ++i) {
    int m = first.plus(i).month();
    // Align to the financial year: April, and quarter/half starts after it.
    int since_april = (m + 8) % 12;
    if (since_april % every == 0) out.push_back(i);
  }
  return out;
}

}  // namespace panelpack::annex
