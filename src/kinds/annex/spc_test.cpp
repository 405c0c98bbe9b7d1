#include "kinds/annex/spc.h"

#include <doctest/doctest.h>

using namespace panelpack::annex;
using Values = std::vector<std::optional<double>>;

namespace {
Values vals(std::initializer_list<double> v) { return Values(v.begin(), v.end()); }

// A hand-made segment: mean 0, limits ±10, near lines ±20/3.
SpcSegment unit_segment(size_t n) {
  SpcSegment s;
  s.first = 0;
  s.last = n - 1;
  s.has_limits = true;
  s.mean = 0;
  s.upper = 10;
  s.lower = -10;
  s.near_upper = 20.0 / 3;
  s.near_lower = -20.0 / 3;
  return s;
}

std::vector<SpecialCause> rules(const Values& v) { return segment_rules(v, unit_segment(v.size())); }

int count(const std::vector<SpecialCause>& c, SpecialCause which) {
  int n = 0;
  for (auto x : c) n += x == which;
  return n;
}
}  // namespace

TEST_CASE("spc limits: mean ± 2.66 average moving range, near lines at two thirds") {
  // mean 58/5 = 11.6; moving ranges 2,1,2,1 -> 1.5
  SpcResult r = compute_spc(vals({10, 12, 11, 13, 12}), {});
  REQUIRE(r.segments.size() == 1);
  const SpcSegment& s = r.segments[0];
  CHECK(s.mean == doctest::Approx(11.6));
  CHECK(s.spread == doctest::Approx(1.5));
  CHECK(s.upper == doctest::Approx(15.59));
  CHECK(s.lower == doctest::Approx(7.61));
  CHECK(s.near_upper == doctest::Approx(14.26));
  CHECK(s.near_lower == doctest::Approx(8.94));
  CHECK(s.moving_ranges == 4);
  CHECK(s.screened_out == 0);
  CHECK(s.provisional);
  CHECK(r.variation == Variation::common_cause);
}

TEST_CASE("spc limits: the lower limit is not floored at zero") {
  // mean 2.6, moving ranges all 4: lower 2.6 - 10.64
  SpcResult r = compute_spc(vals({1, 5, 1, 5, 1}), {});
  CHECK(r.segments[0].lower == doctest::Approx(-8.04));
  CHECK(r.segments[0].upper == doctest::Approx(13.24));
}

TEST_CASE("spc limits: screening drops moving ranges of 3.267 x the average and recomputes once") {
  // ranges: eight of 2 and one of 40; average 56/9 = 6.22; 40 >= 20.33 is dropped -> 2
  Values v = vals({10, 12, 10, 12, 10, 12, 10, 12, 10, 50});
  SpcOptions on;
  SpcResult r = compute_spc(v, on);
  CHECK(r.segments[0].mean == doctest::Approx(14.8));
  CHECK(r.segments[0].spread == doctest::Approx(2.0));
  CHECK(r.segments[0].screened_out == 1);
  CHECK(r.segments[0].moving_ranges == 8);
  CHECK(r.segments[0].upper == doctest::Approx(20.12));
  CHECK(r.points[9].cause == SpecialCause::above_upper);

  SpcOptions off;
  off.screening = false;
  SpcResult u = compute_spc(v, off);
  CHECK(u.segments[0].spread == doctest::Approx(56.0 / 9));
  CHECK(u.segments[0].upper == doctest::Approx(14.8 + 2.66 * 56.0 / 9));
  CHECK(u.segments[0].screened_out == 0);
  CHECK(u.points[9].cause == SpecialCause::above_upper);  // 50 > 31.35 either way
}

TEST_CASE("spc limits: a range exactly 3.267 x the average is dropped (>=)") {
  // ranges r, r, r, x with average a = (3r + x)/4 and x = 3.267 a -> x = 3.267*3r/(4-3.267)
  double r = 1.0;
  double x = 3.267 * 3 * r / (4 - 3.267);
  SpcSegment s = segment_limits(vals({0, 1, 0, 1, 1 + x}), 0, 4, {});
  // floating point may put x a hair either side; assert the documented rule on a clear case instead
  SpcSegment t = segment_limits(vals({0, 1, 0, 1, 1 + x + 0.001}), 0, 4, {});
  CHECK(t.screened_out == 1);
  CHECK(t.spread == doctest::Approx(1.0));
  CHECK(s.moving_ranges + s.screened_out == 4);
}

TEST_CASE("spc limits: a missing month leaves no moving range on either side") {
  // ranges |12-10| = 2 and |10-14| = 4 only; mean 46/4
  Values v{10.0, 12.0, std::nullopt, 14.0, 10.0};
  SpcResult r = compute_spc(v, {});
  CHECK(r.segments[0].points == 4);
  CHECK(r.segments[0].moving_ranges == 2);
  CHECK(r.segments[0].spread == doctest::Approx(3.0));
  CHECK(r.segments[0].mean == doctest::Approx(11.5));
  CHECK(r.points[2].type == PointType::missing);
  CHECK(r.points[2].cause == SpecialCause::none);
}

TEST_CASE("spc limits: fixed after the first 12 values") {
  Values v = vals({10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 20, 20, 20});
  SpcOptions o;
  o.fix_after = 12;
  SpcResult r = compute_spc(v, o);
  const SpcSegment& s = r.segments[0];
  CHECK(s.baseline_points == 12);
  CHECK(s.points == 15);
  CHECK(s.mean == doctest::Approx(11.0));
  CHECK(s.spread == doctest::Approx(2.0));
  CHECK(s.upper == doctest::Approx(16.32));
  CHECK(s.lower == doctest::Approx(5.68));
  CHECK_FALSE(s.provisional);
  CHECK(r.points[12].cause == SpecialCause::above_upper);
  CHECK(r.points[14].cause == SpecialCause::above_upper);
  // Unfixed, the three 20s raise the mean to 192/15.
  SpcResult u = compute_spc(v, {});
  CHECK(u.segments[0].mean == doctest::Approx(12.8));
  // ranges: eleven of 2, then 8, 0, 0 (average 30/14); 8 >= 7.0 is screened out -> 22/13
  CHECK(u.segments[0].spread == doctest::Approx(22.0 / 13));
  CHECK(u.segments[0].screened_out == 1);
}

TEST_CASE("spc limits: a fixed baseline counts values, not months") {
  Values v = vals({10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 30});
  v.insert(v.begin() + 3, std::nullopt);
  SpcOptions o;
  o.fix_after = 12;
  SpcSegment s = segment_limits(v, 0, v.size() - 1, o);
  CHECK(s.baseline_points == 12);
  CHECK(s.mean == doctest::Approx(11.0));
  CHECK(s.moving_ranges == 10);  // 12 adjacent pairs in 13 months, less the two touching the gap
}

TEST_CASE("spc limits: the mean ± 3 standard deviations alternative") {
  // mean 5, sum of squares 32, sample variance 32/7
  SpcOptions o;
  o.method = SpcMethod::mean_3sd;
  SpcResult r = compute_spc(vals({2, 4, 4, 4, 5, 5, 7, 9}), o);
  const SpcSegment& s = r.segments[0];
  CHECK(s.mean == doctest::Approx(5.0));
  CHECK(s.spread == doctest::Approx(2.138089935));
  CHECK(s.upper == doctest::Approx(5 + 3 * 2.138089935));
  CHECK(s.lower == doctest::Approx(5 - 3 * 2.138089935));
  CHECK(s.near_upper == doctest::Approx(5 + 2 * 2.138089935));
  CHECK(r.method == SpcMethod::mean_3sd);
  CHECK(std::string(id(r.method)) == "mean-3sd");
}

TEST_CASE("spc limits: a flat series has zero spread and is reported, not divided by") {
  SpcOptions o;
  o.direction = Direction::increase;
  o.target = 5;
  SpcResult r = compute_spc(vals({5, 5, 5, 5, 5, 5, 5, 5}), o);
  const SpcSegment& s = r.segments[0];
  CHECK(s.flat);
  CHECK(s.has_limits);
  CHECK(s.spread == 0);
  CHECK(s.upper == 5);
  CHECK(s.lower == 5);
  CHECK(r.variation == Variation::common_cause);  // every point on the mean: no shift
  CHECK(r.assurance == Assurance::hit_and_miss);
  o.target = 6;
  CHECK(compute_spc(vals({5, 5, 5}), o).assurance == Assurance::fail);
  o.method = SpcMethod::mean_3sd;
  CHECK(compute_spc(vals({5, 5, 5}), o).segments[0].flat);
}

TEST_CASE("spc limits: short series") {
  SpcOptions o;
  o.target = 3;
  o.direction = Direction::increase;
  SpcResult one = compute_spc(vals({7}), o);
  CHECK_FALSE(one.segments[0].has_limits);
  CHECK(one.segments[0].mean == 7);
  CHECK(one.segments[0].provisional);
  CHECK(one.points[0].type == PointType::common_cause);
  CHECK(one.assurance == Assurance::none);
  CHECK(one.variation == Variation::common_cause);
  SpcResult none = compute_spc({}, o);
  CHECK(none.variation == Variation::none);
  CHECK(none.segments.empty());
  // 12 values are provisional, 13 are not.
  CHECK(compute_spc(Values(12, 1.0), {}).segments[0].provisional);
  CHECK_FALSE(compute_spc(Values(13, 1.0), {}).segments[0].provisional);
}

TEST_CASE("spc rules: beyond limits is strict") {
  auto c = rules(vals({10, 10.001, -10, -10.001}));
  CHECK(c[0] == SpecialCause::none);
  CHECK(c[1] == SpecialCause::above_upper);
  CHECK(c[2] == SpecialCause::none);
  CHECK(c[3] == SpecialCause::below_lower);
}

TEST_CASE("spc rules: shift of seven, broken by a point on the mean or a gap") {
  CHECK(count(rules(vals({1, 1, 1, 1, 1, 1, 1})), SpecialCause::shift_high) == 7);
  CHECK(count(rules(vals({1, 1, 1, 1, 1, 1})), SpecialCause::none) == 6);
  CHECK(count(rules(vals({-1, -2, -1, -2, -1, -2, -1, -2})), SpecialCause::shift_low) == 8);
  CHECK(count(rules(vals({1, 1, 1, 0, 1, 1, 1, 1})), SpecialCause::none) == 8);
  Values gap{1.0, 1.0, 1.0, std::nullopt, 1.0, 1.0, 1.0, 1.0};
  CHECK(count(rules(gap), SpecialCause::none) == 8);
  auto mixed = rules(vals({-1, 1, 1, 1, 1, 1, 1, 1}));
  CHECK(mixed[0] == SpecialCause::none);
  CHECK(count(mixed, SpecialCause::shift_high) == 7);
}

TEST_CASE("spc rules: trend of six consecutive strict changes, a tie breaks it") {
  auto up = rules(vals({-3, -2, -1, 1, 2, 3, 4}));
  CHECK(count(up, SpecialCause::trend_up) == 7);
  auto down = rules(vals({0, 4, 3, 2, 1, -1, -2, -3, 5}));
  CHECK(down[0] == SpecialCause::none);
  CHECK(count(down, SpecialCause::trend_down) == 7);
  CHECK(down[8] == SpecialCause::none);
  CHECK(count(rules(vals({-3, -2, -1, -1, 2, 3, 4})), SpecialCause::none) == 7);  // tie
  CHECK(count(rules(vals({-3, -2, -1, 1, 2, 3})), SpecialCause::none) == 6);      // only six points
  Values gap{-3.0, -2.0, -1.0, std::nullopt, 1.0, 2.0, 3.0, 4.0};
  CHECK(count(rules(gap), SpecialCause::none) == 8);
  // A tie inside a run above the mean: no trend, but still a shift.
  CHECK(count(rules(vals({1, 2, 3, 3, 4, 5, 6})), SpecialCause::shift_high) == 7);
}

TEST_CASE("spc rules: where a rising and a falling trend meet, the later wins") {
  auto c = rules(vals({-3, -2, -1, 0.5, 1, 2, 3, 2, 1, 0.5, -1, -2, -3}));
  CHECK(c[5] == SpecialCause::trend_up);
  CHECK(c[6] == SpecialCause::trend_down);  // the peak
  CHECK(c[12] == SpecialCause::trend_down);
}

TEST_CASE("spc rules: two of three near a limit on the same side") {
  auto c = rules(vals({7, 1, 7}));
  CHECK(c[0] == SpecialCause::two_of_three_high);
  CHECK(c[1] == SpecialCause::none);  // the third point is not near: not flagged
  CHECK(c[2] == SpecialCause::two_of_three_high);
  // inclusive of the limit, exclusive of the near line
  auto edge = rules(vals({10, 1, 20.0 / 3}));
  CHECK(count(edge, SpecialCause::none) == 3);
  auto lim = rules(vals({10, 1, 6.7}));
  CHECK(lim[0] == SpecialCause::two_of_three_high);
  CHECK(lim[2] == SpecialCause::two_of_three_high);
  // low side
  auto low = rules(vals({-1, -7, -8}));
  CHECK(low[1] == SpecialCause::two_of_three_low);
  CHECK(low[2] == SpecialCause::two_of_three_low);
}

TEST_CASE("spc rules: two of three on opposite sides, or not all on one side, is no signal") {
  CHECK(count(rules(vals({7, -7, 7})), SpecialCause::none) == 3);
  CHECK(count(rules(vals({7, -1, 7})), SpecialCause::none) == 3);
  CHECK(count(rules(vals({7, 0, 7})), SpecialCause::none) == 3);  // on the mean
  Values gap{7.0, std::nullopt, 7.0};
  CHECK(count(rules(gap), SpecialCause::none) == 3);
  // a point beyond the limit does not count as near
  CHECK(rules(vals({11, 1, 7}))[2] == SpecialCause::none);
}

TEST_CASE("spc rules: precedence beyond > trend > two of three > shift") {
  auto c = rules(vals({1, 1, 1, 11, 1, 1, 1}));
  CHECK(c[3] == SpecialCause::above_upper);
  CHECK(count(c, SpecialCause::shift_high) == 6);
  auto t = rules(vals({1, 2, 3, 4, 5, 7, 8}));  // trend, shift and two of three
  CHECK(count(t, SpecialCause::trend_up) == 7);
  auto s = rules(vals({1, 1, 1, 1, 7, 1, 8}));  // two of three inside a shift
  CHECK(s[4] == SpecialCause::two_of_three_high);
  CHECK(s[6] == SpecialCause::two_of_three_high);
  CHECK(s[5] == SpecialCause::shift_high);
}

TEST_CASE("spc: rebased segments have their own limits and no rule looks across") {
  Values v = vals({1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
  SpcResult whole = compute_spc(v, {});
  CHECK(whole.points[0].cause == SpecialCause::below_lower);
  CHECK(whole.points[4].cause == SpecialCause::trend_up);
  SpcOptions o;
  o.rebase_at = {4};
  SpcResult r = compute_spc(v, o);
  REQUIRE(r.segments.size() == 2);
  CHECK(r.segments[0].last == 3);
  CHECK(r.segments[0].mean == doctest::Approx(2.5));
  CHECK(r.segments[1].first == 4);
  CHECK(r.segments[1].mean == doctest::Approx(7.5));
  CHECK(r.segments[1].upper == doctest::Approx(10.16));
  for (const auto& p : r.points) CHECK(p.cause == SpecialCause::none);
  CHECK(r.points[9].segment == 1);
  // a rebase at 0 or past the end is ignored
  o.rebase_at = {0, 99};
  CHECK(compute_spc(v, o).segments.size() == 1);
}

TEST_CASE("spc: improvement direction turns signals into improvement, concern or neutral") {
  Values v = vals({10, 12, 10, 12, 10, 12, 10, 12, 10, 50});
  SpcOptions o;
  o.direction = Direction::increase;
  CHECK(compute_spc(v, o).points[9].type == PointType::improvement);
  CHECK(compute_spc(v, o).variation == Variation::improvement_high);
  o.direction = Direction::decrease;
  CHECK(compute_spc(v, o).points[9].type == PointType::concern);
  CHECK(compute_spc(v, o).variation == Variation::concern_high);
  o.direction = Direction::neither;
  CHECK(compute_spc(v, o).variation == Variation::neutral_high);
  Values low = vals({50, 48, 50, 48, 50, 48, 50, 48, 50, 10});
  o.direction = Direction::decrease;
  CHECK(compute_spc(low, o).variation == Variation::improvement_low);
  o.direction = Direction::increase;
  CHECK(compute_spc(low, o).variation == Variation::concern_low);
  o.direction = Direction::neither;
  CHECK(compute_spc(low, o).variation == Variation::neutral_low);
}

TEST_CASE("spc: the variation icon comes from the latest month with a value") {
  Values v = vals({10, 12, 10, 12, 10, 12, 10, 12, 10, 50});
  v.push_back(std::nullopt);
  SpcOptions o;
  o.direction = Direction::increase;
  SpcResult r = compute_spc(v, o);
  CHECK(*r.latest == 9);
  CHECK(r.variation == Variation::improvement_high);
}

TEST_CASE("spc: assurance from the target against the last segment's limits") {
  // limits 5.68 .. 16.32
  Values v = vals({10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12});
  SpcOptions o;
  auto at = [&](double target, Direction d) {
    o.target = target;
    o.direction = d;
    return compute_spc(v, o).assurance;
  };
  CHECK(at(20, Direction::increase) == Assurance::fail);
  CHECK(at(11, Direction::increase) == Assurance::hit_and_miss);
  CHECK(at(3, Direction::increase) == Assurance::pass);
  CHECK(at(20, Direction::decrease) == Assurance::pass);
  CHECK(at(11, Direction::decrease) == Assurance::hit_and_miss);
  CHECK(at(3, Direction::decrease) == Assurance::fail);
  CHECK(at(20, Direction::neither) == Assurance::none);
  o.target.reset();
  o.direction = Direction::increase;
  CHECK(compute_spc(v, o).assurance == Assurance::none);
  // the last segment decides
  o.target = 20;
  o.rebase_at = {6};
  Values w = vals({10, 12, 10, 12, 10, 12, 30, 32, 30, 32, 30, 32});
  CHECK(compute_spc(w, o).assurance == Assurance::pass);  // limits 25.68 .. 36.32
}

TEST_CASE("spc: identifiers and words") {
  CHECK(std::string(id(SpecialCause::two_of_three_low)) == "two-of-three-low");
  CHECK(std::string(id(Variation::improvement_high)) == "improvement-high");
  CHECK(std::string(id(Assurance::hit_and_miss)) == "hit-and-miss");
  CHECK(describe(SpecialCause::above_upper) == "above the upper process limit");
  CHECK(parse_method("mean-3sd") == SpcMethod::mean_3sd);
  CHECK_FALSE(parse_method("3sd"));
  CHECK(parse_direction("decrease") == Direction::decrease);
}

TEST_CASE("spc limits: NHSRplotthedots' own snapshot (ptd_spc_standard, set.seed(123); rnorm(20))") {
  Values y = vals({-0.56047565, -0.23017749, 1.55870831, 0.07050839, 0.12928774, 1.71506499, 0.46091621,
                   -1.26506123, -0.68685285, -0.44566197, 1.22408180, 0.35981383, 0.40077145, 0.11068272,
                   -0.55584113, 1.78691314, 0.49785048, -1.96661716, 0.70135590, -0.47279141});
  // r1: screen_outliers = TRUE
  SpcSegment r1 = segment_limits(y, 0, 19, {});
  CHECK(r1.mean == doctest::Approx(0.1416238).epsilon(1e-6));
  CHECK(r1.lower == doctest::Approx(-3.01138).epsilon(1e-6));
  CHECK(r1.upper == doctest::Approx(3.294627).epsilon(1e-6));
  // r2: y[15] <- 10, screened
  y[14] = 10;
  SpcSegment r2 = segment_limits(y, 0, 19, {});
  CHECK(r2.mean == doctest::Approx(0.6694159).epsilon(1e-6));
  CHECK(r2.lower == doctest::Approx(-2.383666).epsilon(1e-6));
  CHECK(r2.upper == doctest::Approx(3.722497).epsilon(1e-6));
  CHECK(r2.screened_out == 2);
  // r3: not screened
  SpcOptions off;
  off.screening = false;
  SpcSegment r3 = segment_limits(y, 0, 19, off);
  CHECK(r3.lower == doctest::Approx(-4.596625).epsilon(1e-6));
  CHECK(r3.upper == doctest::Approx(5.935457).epsilon(1e-6));
}
