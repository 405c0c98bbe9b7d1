#pragma once
// Display strings for computed figures. Values are kept unrounded until
// display; rounding is half away from zero (as Excel's ROUND, and as the
// published tables were produced), e.g. 62.5% -> "63%", -0.125 -> "-0.13".
#include <string>

namespace panelpack::annex {

// Rounds to `decimals` places, half away from zero, robust to binary
// representation (1.005 -> 1.01).
double round_half_up(double value, int decimals);

// 27063 -> "27,063"; 1234.5 with 1 decimal -> "1,234.5"; never "-0".
std::string format_number(double value, int decimals = 0);
// As format_number with a leading "+" for positive values: "+1,375", "-91", "0".
std::string format_signed(double value, int decimals = 0);
// A value already in percent: 5.0807 -> "5.08%".
std::string format_percent(double percent, int decimals = 2);
// "+5%", "-11%", "0%": a badge change.
std::string format_signed_percent(double percent, int decimals = 0);
// Percentage points: 1.1566 -> "1.16pp", -0.9614 -> "-0.96pp".
std::string format_pp(double points, int decimals = 2);
// Pounds: 1234.5 -> "£1,235" (0 decimals) or "£1,234.50" (2).
std::string format_money(double pounds, int decimals = 0);

}  // namespace panelpack::annex
