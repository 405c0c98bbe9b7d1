#pragma once
// Statistical process control for a monthly series, as NHS England's
// "Making Data Count" XmR chart is implemented by NHSRplotthedots 0.2.2
// (see docs/annex.md for the exact rules), plus the mean ± 3 standard
// deviations method some forces still use, as a named alternative.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace panelpack::annex {

enum class SpcMethod {
  xmr,       // "xmr": mean ± 2.66 × average moving range (the default)
  mean_3sd,  // "mean-3sd": mean ± 3 sample standard deviations
};

enum class Direction { increase, decrease, neither };

// The rule that flags a point, after precedence (beyond limits > trend >
// two of three > shift); none for common cause and for missing months.
enum class SpecialCause {
  none,
  above_upper,
  below_lower,
  trend_up,
  trend_down,
  two_of_three_high,
  two_of_three_low,
  shift_high,
  shift_low,
};

enum class PointType { missing, common_cause, improvement, concern, neutral_high, neutral_low };

// The Making Data Count variation icon, from the latest point.
enum class Variation {
  none,  // no data at all
  common_cause,
  improvement_high,
  improvement_low,
  concern_high,
  concern_low,
  neutral_high,
  neutral_low,
};

// The Making Data Count assurance icon, from the target against the last
// segment's limits; none without a target, without limits, or when the
// direction is "neither".
enum class Assurance { none, pass, fail, hit_and_miss };

struct SpcOptions {
  SpcMethod method = SpcMethod::xmr;
  Direction direction = Direction::neither;
  std::optional<double> target;
  bool screening = true;           // drop moving ranges ≥ 3.267 × their average, recompute once
  int fix_after = 0;               // 0: limits from the whole segment; else from its first n (≥ 12) values
  std::vector<size_t> rebase_at;   // point indices that start a new segment
};

struct SpcSegment {
  size_t first = 0, last = 0;  // point indices, inclusive (missing months included)
  int points = 0;              // values present in the segment
  int baseline_points = 0;     // values the mean and limits were computed from
  int moving_ranges = 0;       // moving ranges used (after screening)
  int screened_out = 0;        // moving ranges dropped by screening
  bool has_limits = false;     // false if there is no moving range (or < 2 values for mean-3sd)
  double mean = 0;
  double spread = 0;           // average moving range (xmr) or standard deviation (mean-3sd)
  double upper = 0, lower = 0;            // process limits (lower not floored at zero)
  double near_upper = 0, near_lower = 0;  // two thirds of the way out (xmr) or ± 2 SD
  bool provisional = false;    // fewer than 13 values
  bool flat = false;           // limits exist but the spread is zero: no variation
};

struct SpcPoint {
  std::optional<double> value;
  size_t segment = 0;
  SpecialCause cause = SpecialCause::none;
  PointType type = PointType::missing;
};

struct SpcResult {
  SpcMethod method = SpcMethod::xmr;
  std::vector<SpcSegment> segments;
  std::vector<SpcPoint> points;
  std::optional<size_t> latest;  // index of the latest month with a value
  Variation variation = Variation::none;
  Assurance assurance = Assurance::none;
};

// `values` holds one entry per consecutive month; nullopt is a missing month.
SpcResult compute_spc(const std::vector<std::optional<double>>& values, const SpcOptions& options);

// Limits of one segment (exposed for tests): values[first..last].
SpcSegment segment_limits(const std::vector<std::optional<double>>& values, size_t first, size_t last,
                          const SpcOptions& options);

// Special-cause labels of one segment's points, precedence applied.
std::vector<SpecialCause> segment_rules(const std::vector<std::optional<double>>& values, const SpcSegment& seg);

// Stable identifiers used in open data and templates.
const char* id(SpcMethod m);       // "xmr", "mean-3sd"
const char* id(Direction d);       // "increase", "decrease", "neither"
const char* id(SpecialCause c);    // "none", "above-upper", "trend-up", …
const char* id(PointType t);       // "common-cause", "improvement", …
const char* id(Variation v);       // "common-cause", "improvement-high", …
const char* id(Assurance a);       // "none", "pass", "fail", "hit-and-miss"

// Words for people.
std::string describe(SpecialCause c);  // "above the upper process limit"
std::string describe(Variation v);     // "Special cause variation: improvement (high)"
std::string describe(Assurance a);     // "The target will consistently be met"

bool is_high(SpecialCause c);
bool is_low(SpecialCause c);

std::optional<SpcMethod> parse_method(const std::string& s);
std::optional<Direction> parse_direction(const std::string& s);

}  // namespace panelpack::annex
