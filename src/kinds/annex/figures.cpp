#include "kinds/annex/figures.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace panelpack::annex {

namespace {

double pow10(int d) {
  double p = 1;
  for (int i = 0; i < d; ++i) p *= 10;
  return p;
}

// The rounded value as an integer count of 10^-decimals.
int64_t scaled_round(double value, int decimals) {
  double s = value * pow10(decimals);
  if (std::isnan(s)) return 0;
  // Nudge away from zero by far less than any display digit so that values
  // whose decimal form ends in 5 (but whose binary form falls just short)
  // round up as a person would expect.
  double nudge = 1e-9 + std::fabs(s) * 1e-12;
  s += s >= 0 ? nudge : -nudge;
  return static_cast<int64_t>(std::round(std::clamp(s, -9e18, 9e18)));  // within int64_t, whatever a ratio came to
}

std::string group_thousands(uint64_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  int count = 0;
  for (size_t i = digits.size(); i-- > 0;) {
    out.insert(out.begin(), digits[i]);
    if (++count % 3 == 0 && i > 0) out.insert(out.begin(), ',');
  }
  return out;
}

std::string format_scaled(int64_t r, int decimals, bool plus) {
  bool neg = r < 0;
  uint64_t a = neg ? static_cast<uint64_t>(-r) : static_cast<uint64_t>(r);
  uint64_t unit = static_cast<uint64_t>(pow10(decimals));
  std::string s = group_thousands(a / unit);
  if (decimals > 0) {
    std::string frac = std::to_string(a % unit);
    s += "." + std::string(decimals - frac.size(), '0') + frac;
  }
  if (neg) return "-" + s;
  if (plus && a != 0) return "+" + s;
  return s;
}

}  // namespace

double round_half_up(double value, int decimals) {
  return static_cast<double>(scaled_round(value, decimals)) / pow10(decimals);
}

std::string format_number(double value, int decimals) {
  return format_scaled(scaled_round(value, decimals), decimals, false);
}

std::string format_signed(double value, int decimals) {
  return format_scaled(scaled_round(value, decimals), decimals, true);
}

std::string format_percent(double percent, int decimals) { return format_number(percent, decimals) + "%"; }

std::string format_signed_percent(double percent, int decimals) {
  return format_signed(percent, decimals) + "%";
}

std::string format_pp(double points, int decimals) { return format_number(points, decimals) + "pp"; }

std::string format_money(double pounds, int decimals) {
  int64_t r = scaled_round(pounds, decimals);
  if (r < 0) return "-£" + format_scaled(-r, decimals, false);
  return "£" + format_scaled(r, decimals, false);
}

}  // namespace panelpack::annex
