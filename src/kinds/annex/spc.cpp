#include "kinds/annex/spc.h"

#include <algorithm>

namespace panelpack::annex {

bool is_high(SpecialCause c) {
  return c == SpecialCause::above_upper || c == SpecialCause::trend_up || c == SpecialCause::two_of_three_high ||
         c == SpecialCause::shift_high;
}

bool is_low(SpecialCause c) {
  return c == SpecialCause::below_lower || c == SpecialCause::trend_down || c == SpecialCause::two_of_three_low ||
         c == SpecialCause::shift_low;
}

namespace {

PointType classify(SpecialCause c, Direction dir) {
  if (c == SpecialCause::none) return PointType::common_cause;
  bool high = is_high(c);
  if (dir == Direction::neither) return high ? PointType::neutral_high : PointType::neutral_low;
  bool good = (dir == Direction::increase) == high;
  return good ? PointType::improvement : PointType::concern;
}

Variation variation_of(const SpcPoint& p, Direction dir) {
  bool high = is_high(p.cause);
  switch (p.type) {
    case PointType::missing: return Variation::none;
    case PointType::common_cause: return Variation::common_cause;
    case PointType::neutral_high: return Variation::neutral_high;
    case PointType::neutral_low: return Variation::neutral_low;
    case PointType::improvement: return high ? Variation::improvement_high : Variation::improvement_low;
    case PointType::concern: return high ? Variation::concern_high : Variation::concern_low;
  }
  (void)dir;
  return Variation::none;
}

Assurance assurance_of(const SpcSegment& seg, const SpcOptions& o) {
  if (!o.target || o.direction == Direction::neither || !seg.has_limits) return Assurance::none;
  bool up = o.direction == Direction::increase;
  if (*o.target > seg.upper) return up ? Assurance::fail : Assurance::pass;
  if (*o.target < seg.lower) return up ? Assurance::pass : Assurance::fail;
  return Assurance::hit_and_miss;
}

}  // namespace

SpcResult compute_spc(const std::vector<std::optional<double>>& values, const SpcOptions& options) {
  SpcResult r;
  r.method = options.method;
  r.points.resize(values.size());
  if (values.empty()) return r;

  std::vector<size_t> starts{0};
  std::vector<size_t> rebase = options.rebase_at;
  std::sort(rebase.begin(), rebase.end());
  for (size_t i : rebase)
    if (i > starts.back() && i < values.size()) starts.push_back(i);

  for (size_t s = 0; s < starts.size(); ++s) {
    size_t first = starts[s];
    size_t last = s + 1 < starts.size() ? starts[s + 1] - 1 : values.size() - 1;
    SpcSegment seg = segment_limits(values, first, last, options);
    std::vector<SpecialCause> causes = segment_rules(values, seg);
    for (size_t i = first; i <= last; ++i) {
      SpcPoint& p = r.points[i];
      p.value = values[i];
      p.segment = s;
      if (!p.value) continue;
      p.cause = causes[i - first];
      p.type = classify(p.cause, options.direction);
    }
    r.segments.push_back(seg);
  }
  for (size_t i = values.size(); i-- > 0;) {
    if (values[i]) {
      r.latest = i;
      break;
    }
  }
  if (r.latest) r.variation = variation_of(r.points[*r.latest], options.direction);
  r.assurance = assurance_of(r.segments.back(), options);
  return r;
}

const char* id(SpcMethod m) { return m == SpcMethod::xmr ? "xmr" : "mean-3sd"; }

const char* id(Direction d) {
  switch (d) {
    case Direction::increase: return "increase";
    case Direction::decrease: return "decrease";
    case Direction::neither: return "neither";
  }
  return "";
}

const char* id(SpecialCause c) {
  switch (c) {
    case SpecialCause::none: return "none";
    case SpecialCause::above_upper: return "above-upper";
    case SpecialCause::below_lower: return "below-lower";
    case SpecialCause::trend_up: return "trend-up";
    case SpecialCause::trend_down: return "trend-down";
    case SpecialCause::two_of_three_high: return "two-of-three-high";
    case SpecialCause::two_of_three_low: return "two-of-three-low";
    case SpecialCause::shift_high: return "shift-high";
    case SpecialCause::shift_low: return "shift-low";
  }
  return "";
}

const char* id(PointType t) {
  switch (t) {
    case PointType::missing: return "missing";
    case PointType::common_cause: return "common-cause";
    case PointType::improvement: return "improvement";
    case PointType::concern: return "concern";
    case PointType::neutral_high: return "neutral-high";
    case PointType::neutral_low: return "neutral-low";
  }
  return "";
}

const char* id(Variation v) {
  switch (v) {
    case Variation::none: return "none";
    case Variation::common_cause: return "common-cause";
    case Variation::improvement_high: return "improvement-high";
    case Variation::improvement_low: return "improvement-low";
    case Variation::concern_high: return "concern-high";
    case Variation::concern_low: return "concern-low";
    case Variation::neutral_high: return "neutral-high";
    case Variation::neutral_low: return "neutral-low";
  }
  return "";
}

const char* id(Assurance a) {
  switch (a) {
    case Assurance::none: return "none";
    case Assurance::pass: return "pass";
    case Assurance::fail: return "fail";
    case Assurance::hit_and_miss: return "hit-and-miss";
  }
  return "";
}

std::string describe(SpecialCause c) {
  switch (c) {
    case SpecialCause::none: return "common cause variation";
    case SpecialCause::above_upper: return "above the upper process limit";
    case SpecialCause::below_lower: return "below the lower process limit";
    case SpecialCause::trend_up: return "part of a run of six consecutive increases";
    case SpecialCause::trend_down: return "part of a run of six consecutive decreases";
    case SpecialCause::two_of_three_high: return "two of three months close to the upper process limit";
    case SpecialCause::two_of_three_low: return "two of three months close to the lower process limit";
    case SpecialCause::shift_high: return "part of a run of seven or more months above the mean";
    case SpecialCause::shift_low: return "part of a run of seven or more months below the mean";
  }
  return "";
}

std::string describe(Variation v) {
  switch (v) {
    case Variation::none: return "No data";
    case Variation::common_cause: return "Common cause variation";
    case Variation::improvement_high: return "Special cause variation: improvement (higher)";
    case Variation::improvement_low: return "Special cause variation: improvement (lower)";
    case Variation::concern_high: return "Special cause variation: concern (higher)";
    case Variation::concern_low: return "Special cause variation: concern (lower)";
    case Variation::neutral_high: return "Special cause variation: higher (neither improvement nor concern)";
    case Variation::neutral_low: return "Special cause variation: lower (neither improvement nor concern)";
  }
  return "";
}

std::string describe(Assurance a) {
  switch (a) {
    case Assurance::none: return "No target assurance";
    case Assurance::pass: return "Assurance: the target will consistently be met";
    case Assurance::fail: return "Assurance: the target will consistently be missed";
    case Assurance::hit_and_miss: return "Assurance: the target will be met and missed at random";
  }
  return "";
}

std::optional<SpcMethod> parse_method(const std::string& s) {
  if (s == "xmr") return SpcMethod::xmr;
  if (s == "mean-3sd") return SpcMethod::mean_3sd;
  return std::nullopt;
}

std::optional<Direction> parse_direction(const std::string& s) {
  if (s == "increase") return Direction::increase;
  if (s == "decrease") return Direction::decrease;
  if (s == "neither") return Direction::neither;
  return std::nullopt;
}

}  // namespace panelpack::annex
