#include "kinds/annex/chart_svg.h"

#include <doctest/doctest.h>

#include "kinds/annex/chart_axes.h"
#include "kinds/annex/chart_breakdown.h"
#include "kinds/annex/chart_text.h"
#include "kinds/annex/icon_svg.h"
#include "kinds/annex/svg_writer.h"
#include "core/markup_escape.h"

using namespace panelpack::annex;

namespace {

int count(const std::string& s, const std::string& what) {
  int n = 0;
  for (size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
  return n;
}

struct Fixture {
  MeasureSpec spec;
  MeasureResult m;
  Fixture(ChartKind kind, std::vector<std::optional<double>> values) {
    spec.id = "3.3";
    spec.name = "Violence with injury";
    spec.direction = Direction::decrease;
    spec.chart = kind;
    m.spec = &spec;
    m.first = Month::of(2024, 1);
    m.values = std::move(values);
    SpcOptions o;
    o.direction = spec.direction;
    m.spc = compute_spc(m.values, o);
  }
};

}  // namespace

TEST_CASE("charts: nice axes and month ticks") {
  ValueAxis a = nice_axis(9161, 11448);
  CHECK(a.min == 9000);
  CHECK(a.max == 11500);
  CHECK(a.ticks.size() == 6);
  ValueAxis flat = nice_axis(5, 5);
  CHECK(flat.min < 5);
  CHECK(flat.max > 5);
  // 42 months from July 2021: every three months, on quarter starts
  auto t = month_ticks(Month::of(2021, 7), 42);
  CHECK(t.front() == 0);
  CHECK(t[1] == 3);
  CHECK(t.size() == 14);
  // 60 months: every six, on April and October
  auto six = month_ticks(Month::of(2020, 4), 60);
  CHECK(six.size() == 10);
  CHECK(six[1] == 6);
}

TEST_CASE("charts: the SPC chart in the SVG subset") {
  Fixture f(ChartKind::spc, {90.0, 110.0, 90.0, std::nullopt, 110.0, 90.0, 110.0, 90.0, 300.0});
  Chart c = make_chart(f.m, "m-3-3");
  const std::string& s = c.svg;
  CHECK(s.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 300\" width=\"640\" height=\"300\" "
                "role=\"img\">",
                0) == 0);
  CHECK(s.find("<title id=\"m-3-3-title\">SPC chart: 3.3 Violence with injury</title>") != std::string::npos);
  // the summary is the figure's caption, read once: no <desc> repeats it
  CHECK(s.find("<desc") == std::string::npos);
  for (const char* banned : {"class=", "transform", "<marker", "<clipPath", "<foreignObject", "Gradient", "style="})
    CHECK(s.find(banned) == std::string::npos);
  // a circle per common cause month (7) plus the legend's; the concern month is a triangle, the legend's
  // improvement key a square
  CHECK(count(s, "<circle") == 7 + 1);
  CHECK(count(s, "<rect") == 1);
  CHECK(s.find(">Common cause (circle)<") != std::string::npos);
  CHECK(s.find(">Improvement (square)<") != std::string::npos);
  CHECK(s.find(">Concern (triangle)<") != std::string::npos);
  // the missing month breaks the data line into two runs
  size_t path = s.find("<path d=\"M");
  REQUIRE(path != std::string::npos);
  std::string d = s.substr(path, s.find('"', path + 9) - path);
  CHECK(count(d, "M") == 2);
  // the spike is a concern (decrease is better): an orange triangle with a darker outline
  CHECK(count(s, std::string("fill=\"") + mdc::concern + "\" stroke=\"" + mdc::concern_dark + "\"") == 1 + 1);
  // axes, labels and the mean follow the text colour (forced-colours mode); no pale grid
  CHECK(s.find("fill=\"currentColor\"") != std::string::npos);
  CHECK(s.find("#e5e5e5") == std::string::npos);
  CHECK(s.find("font-size=\"10\"") == std::string::npos);
  CHECK(count(s, "<svg") == 1);
  CHECK(count(s, "</svg>") == 1);
}

TEST_CASE("charts: the summary and the data table") {
  // mean 990/8 = 123.75; ranges 20 ×5 and 210 (screened: 210 >= 3.267 × 51.67) -> 20; limits 123.75 ± 53.2
  Fixture f(ChartKind::spc, {90.0, 110.0, 90.0, std::nullopt, 110.0, 90.0, 110.0, 90.0, 300.0});
  CHECK(chart_summary(f.m) ==
        "3.3 Violence with injury: monthly figures from January 2024 to September 2024. Latest, September 2024: "
        "300. 1 month has no figure. Mean 123.8; process limits 70.6 to 177.0. The limits are provisional (fewer "
        "than 13 months). Special cause variation: concern (higher) in the latest month. 1 month shows special "
        "cause variation (0 improvement, 1 concern).");
  Chart c = make_chart(f.m, "x");
  CHECK(c.columns == std::vector<std::string>{"Month", "Violence with injury", "Mean", "Lower process limit",
                                              "Upper process limit", "Special cause"});
  REQUIRE(c.rows.size() == 9);
  CHECK(c.rows[3][1] == "no figure");
  // the mean and limits have one decimal more than the values
  CHECK(c.rows[8] == std::vector<std::string>{"Sep 2024", "300", "123.8", "70.6", "177.0",
                                              "Above the upper process limit (concern)"});
}

TEST_CASE("charts: a mean or limit never reads the same as a value flagged against it") {
  // 3.5 of the example: 41 is below the lower limit 41.485, and 50 is above the mean 49.595
  MeasureSpec spec;
  spec.unit = Unit::count;
  MeasureResult m;
  m.spec = &spec;
  CHECK(m.show(41) == "41");
  CHECK(m.show_level(41.485) == "41.5");
  CHECK(m.show_level(49.595) == "49.6");
  spec.unit = Unit::percent;
  spec.decimals = 1;
  CHECK(m.show_level(69.733) == "69.73%");
  spec.unit = Unit::minutes;
  CHECK(m.show_level(11.957) == "11.96 minutes");
  CHECK(m.show_level_short(11.957) == "11.96");
}

TEST_CASE("charts: earlier provisional segments are named in the summary") {
  // 8 values, then a rebase and 6 more: both segments have fewer than 13 values
  Fixture f(ChartKind::spc, {});
  f.m.values = {10.0, 12.0, 10.0, 12.0, 10.0, 12.0, 10.0, 12.0, 20.0, 22.0, 20.0, 22.0, 20.0, 22.0};
  SpcOptions o;
  o.direction = f.spec.direction;
  o.rebase_at = {8};
  f.m.spc = compute_spc(f.m.values, o);
  std::string s = chart_summary(f.m);
  CHECK(s.find("The limits from January 2024 to August 2024 and since September 2024 are provisional (fewer than "
               "13 months each).") != std::string::npos);
  // only the earlier one
  f.m.values.insert(f.m.values.end(), 8, 21.0);
  f.m.spc = compute_spc(f.m.values, o);
  CHECK(chart_summary(f.m).find("The limits from January 2024 to August 2024 are provisional (fewer than 13 "
                                "months).") != std::string::npos);
}

TEST_CASE("charts: flat limits after screening are described truthfully") {
  // ten months of 10 and one of 40: the two ranges of 30 are screened out, the rest are 0
  Fixture f(ChartKind::spc, {10.0, 10.0, 10.0, 10.0, 10.0, 40.0, 10.0, 10.0, 10.0, 10.0, 10.0, 10.0, 10.0});
  REQUIRE(f.m.spc.segments[0].flat);
  CHECK_FALSE(baseline_constant(f.m, f.m.spc.segments[0]));
  std::string s = chart_summary(f.m);
  CHECK(s.find("do not vary") == std::string::npos);
  CHECK(s.find("The limits equal the mean because every month-to-month change is 0 apart from the 2 screened out "
               "as unusually large.") != std::string::npos);
  // every month the same: the figures do not vary
  Fixture same(ChartKind::spc, std::vector<std::optional<double>>(13, 10.0));
  CHECK(baseline_constant(same.m, same.m.spc.segments[0]));
  CHECK(chart_summary(same.m).find("The figures do not vary, so the limits equal the mean.") != std::string::npos);
}

TEST_CASE("charts: line, bar and combo charts") {
  Fixture line(ChartKind::line, {1.0, 2.0, 3.0});
  CHECK(make_chart(line.m, "l").svg.find("<title id=\"l-title\">Line chart: 3.3 Violence with injury</title>") !=
        std::string::npos);
  Fixture bar(ChartKind::bar, {1.0, std::nullopt, 3.0});
  CHECK(count(make_chart(bar.m, "b").svg, "<rect") == 2 + 1);  // two bars and a legend key
  Fixture combo(ChartKind::combo, {50.0, 60.0, 70.0});
  SeriesRef bars{"t", "incidents", {}};
  combo.spec.bars = bars;
  combo.spec.bars_label = "Incidents";
  combo.spec.unit = Unit::percent;
  combo.m.bars = {100.0, 120.0, 90.0};
  Chart c = make_chart(combo.m, "c");
  CHECK(count(c.svg, "<rect") == 3 + 1);
  // the right-hand percent axis spans the line's range, not 0-100%
  CHECK(c.svg.find(">50%<") != std::string::npos);
  CHECK(c.svg.find(">70%<") != std::string::npos);
  CHECK(c.svg.find(">100%<") == std::string::npos);
  CHECK(c.svg.find(">0%<") == std::string::npos);
  // a line that moves 1pp is drawn on an axis of at least 20pp, not stretched over the chart's height
  Fixture flat(ChartKind::combo, {90.0, 91.0, 90.5});
  flat.spec.bars = bars;
  flat.spec.unit = Unit::percent;
  flat.m.bars = {100.0, 120.0, 90.0};
  std::string fs = make_chart(flat.m, "f").svg;
  double lowest = 1e9, highest = -1e9;
  for (size_t at = fs.find("text-anchor=\"start\""); at != std::string::npos;
       at = fs.find("text-anchor=\"start\"", at + 1)) {
    size_t gt = fs.find('>', at), lt = fs.find('<', gt);
    std::string label = fs.substr(gt + 1, lt - gt - 1);
    if (label.empty() || label.back() != '%') continue;
    double v = std::stod(label);
    lowest = std::min(lowest, v);
    highest = std::max(highest, v);
  }
  CHECK(highest - lowest >= 20);
  CHECK(lowest <= 80.5);
  CHECK(highest >= 100);  // centred on 90.5%, 80.5% to 100.5%, kept within 100%
  // every chart kind lists the SPC figures its icons come from
  CHECK(c.columns == std::vector<std::string>{"Month", "Incidents", "Violence with injury", "Mean",
                                              "Lower process limit", "Upper process limit", "Special cause"});
  CHECK(c.rows[1] == std::vector<std::string>{"Feb 2024", "120", "60%", "60.0%", "33.4%", "86.6%", ""});
  // and the summary gives them, saying the chart does not draw them
  CHECK(c.summary.find("Mean 60.0%; process limits 33.4% to 86.6% (not drawn on this chart).") !=
        std::string::npos);
  CHECK(c.summary.find("Common cause variation in the latest month.") != std::string::npos);
}

TEST_CASE("charts: the second axis shares the first one's grid with round ticks") {
  // 2.2 of the example: 84.2% to 92.5% over a bar axis of five intervals
  ValueAxis a = aligned_axis(84.2, 92.5, 5, 0, 100);
  CHECK(a.ticks.size() == 6);
  CHECK(a.min == 84);
  CHECK(a.max == 94);
  // kept within 0-100% where the data allows
  ValueAxis top = aligned_axis(91, 99.5, 4, 0, 100);
  CHECK(top.max == 100);
  CHECK(top.min <= 91);
  ValueAxis low = aligned_axis(0.5, 7, 4, 0, 100);
  CHECK(low.min == 0);
  CHECK(low.max >= 7);
  ValueAxis flat = aligned_axis(50, 50, 5, 0, 100);
  CHECK(flat.min < 50);
  CHECK(flat.max > 50);
}

TEST_CASE("charts: near lines have a legend entry, minutes a unit on the axis") {
  Fixture f(ChartKind::spc, {90.0, 110.0, 90.0, 110.0, 90.0, 110.0, 90.0, 110.0, 90.0, 110.0, 90.0, 110.0, 90.0});
  CHECK(make_chart(f.m, "a").svg.find(">Near lines<") == std::string::npos);
  f.spec.near_lines = true;
  CHECK(make_chart(f.m, "a").svg.find(">Near lines<") != std::string::npos);
  CHECK(make_chart(f.m, "a").svg.find(">Minutes<") == std::string::npos);
  f.spec.unit = Unit::minutes;
  CHECK(make_chart(f.m, "a").svg.find(">Minutes<") != std::string::npos);
}

TEST_CASE("charts: the Making Data Count icons are decoration named by the text beside them") {
  std::string v = variation_icon_svg(Variation::improvement_low);
  CHECK(v.find("aria-hidden=\"true\"") != std::string::npos);
  CHECK(v.find("<title") == std::string::npos);  // the cell says "Special cause variation: …" once
  CHECK(variation_name(Variation::improvement_low) == "Special cause variation: improvement (lower)");
  CHECK(v.find(">L</text>") != std::string::npos);
  // ring and letter in the hue's shade that reaches 4.5:1 on white
  CHECK(v.find(std::string("stroke=\"") + mdc::improvement_dark + "\"") != std::string::npos);
  CHECK(v.find(std::string("fill=\"") + mdc::improvement_dark + "\"") != std::string::npos);
  CHECK(v.find(mdc::improvement) == std::string::npos);
  std::string a = assurance_icon_svg(Assurance::fail);
  CHECK(assurance_name(Assurance::fail) == "Assurance: the target will consistently be missed");
  CHECK(a.find(">F</text>") != std::string::npos);
  CHECK(a.find(mdc::concern_dark) != std::string::npos);
  CHECK(assurance_icon_svg(Assurance::none).empty());
  CHECK(variation_icon_svg(Variation::none).empty());
  CHECK(panelpack::escape_markup("a < b & \"c\"") == "a &lt; b &amp; &quot;c&quot;");
  CHECK(svg_num(-0.001) == "0");
  CHECK(svg_num(12.345) == "12.35");
}

TEST_CASE("charts: year on year, a line per financial year over April to March") {
  // January 2024 to December 2024: the last three months of FY 2023/24 and nine of FY 2024/25
  std::vector<std::optional<double>> v;
  for (int i = 0; i < 12; ++i) v.push_back(100.0 + i);
  Fixture f(ChartKind::years, v);
  Chart c = make_chart(f.m, "y");
  const std::string& s = c.svg;
  CHECK(s.find("<title id=\"y-title\">Year on year chart: 3.3 Violence with injury</title>") != std::string::npos);
  for (const char* month : {">Apr<", ">Sep<", ">Mar<"}) CHECK(s.find(month) != std::string::npos);
  // two years, told apart by dash as well as colour, and named at their ends and in the legend
  CHECK(s.find(">2023/24<") != std::string::npos);
  CHECK(s.find(">2024/25<") != std::string::npos);
  CHECK(s.find(">FY 2024/25 (solid)<") != std::string::npos);
  CHECK(s.find(">FY 2023/24 (dashed)<") != std::string::npos);
  CHECK(s.find(">FY 2022/23") == std::string::npos);  // no data that year
  // FY 2023/24 holds January to March only: its line starts at the tenth slot (January)
  CHECK(count(s, "stroke-dasharray=\"4 3\"") >= 2);  // its line and its legend key
  CHECK(c.summary.find("Each financial year is a line from April to March") != std::string::npos);
  // a count's axis starts at 0
  CHECK(s.find(">0<") != std::string::npos);
}

TEST_CASE("charts: a categorical breakdown draws a pair of bars per group, told apart by more than colour") {
  std::vector<RateComparison> rows = {compare_rates("Burglary", 40, 41), compare_rates("Robbery", 10, 8)};
  std::string s = breakdown_svg(rows, "SPLY", "FYTD 2024/25", "Bar chart: Domestic abuse crime breakdown", "b");
  CHECK(s.find("<title id=\"b-title\">Bar chart: Domestic abuse crime breakdown</title>") != std::string::npos);
  CHECK(s.find(">Burglary<") < s.find(">Robbery<"));
  // per group an outlined bar (the year before) and a solid one (the year to date), labelled with its volume
  CHECK(count(s, "fill=\"#ffffff\" stroke=\"#505a5f\"") == 2 + 1);
  CHECK(count(s, "fill=\"#1d70b8\"") == 2 + 1);
  CHECK(s.find(">41<") != std::string::npos);
  CHECK(s.find(">8<") != std::string::npos);
  CHECK(s.find(">SPLY (outlined)<") != std::string::npos);
  CHECK(s.find(">FYTD 2024/25 (solid, labelled)<") != std::string::npos);
}
