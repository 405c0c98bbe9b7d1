#include "kinds/annex/comparison.h"

#include <doctest/doctest.h>


using namespace panelpack::annex;

namespace {

// Seed 000 (Cumbria PFCC, 20 January 2025), main crime types table. Outcome
// counts are not published; these are the counts that reproduce every
// published rate and percentage-point change (found by search; unique for
// most columns). The seed's OCR spacing ("3 .8 1 pp") is normalised.
struct SeedCrimeType {
  std::string name;
  double sply_volume, fytd_volume, sply_outcomes, fytd_outcomes;
  std::string published_change, published_change_percent, published_sply_rate, published_fytd_rate,
      published_change_pp;
};

const std::vector<SeedCrimeType>& cumbria_main_crime_types() {
  static const std::vector<SeedCrimeType> rows = {
      {"All Crime", 27063, 28438, 5166, 5757, "1,375", "5.08%", "19.09%", "20.24%", "1.16pp"},
      {"Residential Burglary", 476, 385, 34, 63, "-91", "-19.12%", "7.14%", "16.36%", "9.22pp"},
      {"Robbery", 140, 107, 30, 27, "-33", "-23.57%", "21.43%", "25.23%", "3.81pp"},
      {"Domestic Abuse", 4573, 4834, 600, 703, "261", "5.71%", "13.12%", "14.54%", "1.42pp"},
      {"Vehicle Offences", 726, 655, 88, 81, "-71", "-9.78%", "12.12%", "12.37%", "0.25pp"},
      {"Hate Crime Flag", 509, 652, 109, 159, "143", "28.09%", "21.41%", "24.39%", "2.97pp"},
      {"Rape", 387, 378, 39, 41, "-9", "-2.33%", "10.08%", "10.85%", "0.77pp"},
      {"Shoplifting", 1663, 1835, 563, 714, "172", "10.34%", "33.85%", "38.91%", "5.06pp"},
      {"Victim Based Crime (VBC)", 20631, 21789, 3122, 3515, "1,158", "5.61%", "15.13%", "16.13%", "1.00pp"},
      {"VAWG Offences", 5941, 6336, 842, 837, "395", "6.65%", "14.17%", "13.21%", "-0.96pp"},
  };
  return rows;
}

CountTable cumbria_drug_testing() {
  CountTable t;
  t.columns = {"Failed to provide", "Negative", "Positive"};
  t.percent_of = 2;
  t.percent_label = "Percent Positive";
  auto row = [&](const char* label, std::optional<double> failed, double neg, double pos) {
    CountTable::Row r;
    r.label = label;
    r.counts = {failed, neg, pos};
    t.rows.push_back(r);
  };
  row("Apr", std::nullopt, 5, 1);
  row("May", std::nullopt, 5, 8);
  row("Jun", 1, 5, 3);
  row("Jul", 2, 4, 8);
  row("Aug", std::nullopt, 8, 7);
  row("Sep", std::nullopt, 6, 8);
  row("Oct", std::nullopt, 12, 28);
  row("Nov", 1, 8, 15);
  row("Dec", 1, 13, 18);
  return t;
}

}  // namespace

TEST_CASE("comparison: arithmetic on unrounded figures") {
  // 1375 / 27063 = 5.0807…%; rates 5166/27063 = 19.0888%, 5757/28438 = 20.2441%
  RateComparison c = compare_rates("All Crime", 27063, 28438, 5166, 5757);
  CHECK(c.change == 1375);
  CHECK(*c.change_percent == doctest::Approx(5.080736));
  CHECK(*c.before_rate == doctest::Approx(19.088793));
  CHECK(*c.after_rate == doctest::Approx(20.244039));
  // The published 1.16pp is the difference of the unrounded rates, not of
  // the rounded 20.24% and 19.09% (which would give 1.15pp).
  CHECK(c.change_pp_text == "1.16pp");
  CHECK(c.before_volume_text == "27,063");
  CHECK(c.change_text == "1,375");
  CHECK(c.change_percent_text == "5.08%");
}

TEST_CASE("comparison: no previous volume, no outcomes") {
  RateComparison c = compare_rates("New", 0, 12);
  CHECK_FALSE(c.change_percent);
  CHECK(c.change_percent_text.empty());
  CHECK_FALSE(c.before_rate);
  CHECK(c.change_pp_text.empty());
}

TEST_CASE("comparison: seed 000 main crime types table equals the published figures") {
  const auto& seed = cumbria_main_crime_types();
  REQUIRE(seed.size() == 10);
  for (const auto& s : seed) {
    CAPTURE(s.name);
    RateComparison c = compare_rates(s.name, s.sply_volume, s.fytd_volume, s.sply_outcomes, s.fytd_outcomes);
    CHECK(c.change_text == s.published_change);
    CHECK(c.change_percent_text == s.published_change_percent);
    CHECK(c.before_rate_text == s.published_sply_rate);
    CHECK(c.after_rate_text == s.published_fytd_rate);
    CHECK(c.change_pp_text == s.published_change_pp);
  }
}

TEST_CASE("comparison: seed 000 drug testing table totals and percentages") {
  CountTable t = cumbria_drug_testing();
  complete_count_table(t);
  const std::vector<std::string> published = {"17%", "62%", "33%", "57%", "47%", "57%", "70%", "63%", "56%"};
  REQUIRE(t.rows.size() == published.size());
  for (size_t i = 0; i < published.size(); ++i) {
    CAPTURE(t.rows[i].label);
    CHECK(t.rows[i].percent_text == published[i]);
  }
  CHECK(t.rows[0].count_texts[0] == "no figure");  // no failures to provide in April: as the chart data says
  CHECK(t.total.label == "Grand Total");
  CHECK(t.total.count_texts == std::vector<std::string>{"5", "66", "96"});
  CHECK(t.total.total == 167);
  CHECK(t.total.percent_text == "57%");  // 96/167 = 57.49%
  CHECK(t.rows[7].percent_text == "63%");  // November: 15/24 = 62.5% rounds half up
}

TEST_CASE("comparison: badges coloured by the improvement direction") {
  Badge up = make_badge(1000, 1049, false, Direction::decrease, "Qtrly", "Q3 2024/25 against Q3 2023/24");
  CHECK(up.text == "+5%");
  CHECK(up.tone == "concern");
  CHECK(up.description == "Q3 2024/25 against Q3 2023/24");  // the figure is printed once, in text
  Badge down = make_badge(1000, 892, false, Direction::decrease, "Qtrly", "q");
  CHECK(down.text == "-11%");
  CHECK(down.tone == "improvement");
  CHECK(make_badge(1000, 1000, false, Direction::increase, "Qtrly", "q").text == "=");
  CHECK(make_badge(1000, 1000, false, Direction::increase, "Qtrly", "q").tone == "neutral");
  CHECK(make_badge(1000, 1000, false, Direction::increase, "Qtrly", "q").description == "q: no change");
  Badge pp = make_badge(80.0, 80.02, true, Direction::increase, "Qtrly", "q");
  CHECK(pp.text == "+0.02pp");
  CHECK(pp.tone == "improvement");
  CHECK(make_badge(80.04, 80.0, true, Direction::increase, "Qtrly", "q").text == "-0.04pp");
  CHECK(make_badge(0, 5, false, Direction::increase, "Qtrly", "q").text == "");
  CHECK(make_badge(10, 20, false, Direction::neither, "Qtrly", "q").tone == "neutral");
}

TEST_CASE("comparison: a badge's direction comes from the unrounded change") {
  // +0.4% would round to +0%: it is still a rise, shown with the decimal that says so
  Badge small = make_badge(1000, 1004, false, Direction::increase, "Qtrly", "q");
  CHECK(small.text == "+0.4%");
  CHECK(small.tone == "improvement");
  CHECK(small.description == "q");
  Badge fall = make_badge(1000, 996, false, Direction::increase, "Qtrly", "q");
  CHECK(fall.text == "-0.4%");
  CHECK(fall.tone == "concern");
  CHECK(make_badge(10000, 10004, false, Direction::decrease, "Qtrly", "q").text == "+0.04%");
  CHECK(make_badge(10000, 10004, false, Direction::decrease, "Qtrly", "q").tone == "concern");
  // percentage points: 2 decimals, more only when needed
  Badge pp = make_badge(80.0, 80.004, true, Direction::increase, "Qtrly", "q");
  CHECK(pp.text == "+0.004pp");
  CHECK(pp.tone == "improvement");
  // a whole-percent change keeps its usual form
  CHECK(make_badge(1000, 1049, false, Direction::increase, "Qtrly", "q").text == "+5%");
}

TEST_CASE("comparison: a count table never prints a blank cell") {
  CountTable t;
  t.columns = {"Negative", "Positive"};
  t.percent_of = 1;
  t.rows.resize(2);
  t.rows[0].label = "Apr 2024";
  t.rows[0].counts = {std::nullopt, 3.0};
  t.rows[1].label = "May 2024";
  t.rows[1].counts = {0.0, 0.0};
  complete_count_table(t);
  CHECK(t.rows[0].count_texts == std::vector<std::string>{"no figure", "3"});
  CHECK(t.rows[0].percent_text == "100%");
  CHECK_FALSE(t.rows[1].percent);  // 0 of 0
  CHECK(t.rows[1].percent_text == "no figure");
  CHECK(t.total.count_texts == std::vector<std::string>{"0", "3"});
}

TEST_CASE("comparison: a badge is coloured only when the SPC agrees, and otherwise says why") {
  Badge worse = make_badge(1000, 1049, false, Direction::decrease, "Qtrly", "q");
  Badge kept = worse;
  agree_with_spc(kept, {PointType::common_cause, PointType::concern, PointType::common_cause}, "Q3 2024/25");
  CHECK(kept.tone == "concern");
  CHECK(kept.neutral_reason.empty());
  agree_with_spc(worse, {PointType::common_cause, PointType::improvement, PointType::common_cause}, "Q3 2024/25");
  CHECK(worse.tone == "neutral");
  CHECK(worse.neutral_reason == "the SPC shows no special cause concern in Q3 2024/25");
  CHECK(worse.text == "+5%");
  Badge better = make_badge(1000, 900, false, Direction::decrease, "Qtrly", "q");
  agree_with_spc(better, {}, "December 2024");
  CHECK(better.tone == "neutral");
  CHECK(better.neutral_reason == "the SPC shows no special cause improvement in December 2024");
  Badge neither = make_badge(1000, 900, false, Direction::neither, "Qtrly", "q");
  agree_with_spc(neither, {}, "Q3 2024/25");
  CHECK(neither.tone == "neutral");
  CHECK(neither.neutral_reason.empty());  // no direction: nothing to explain
}
