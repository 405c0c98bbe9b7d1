#include "annex/chart_svg.h"

#include <doctest/doctest.h>

#include "annex/chart_axes.h"
#include "annex/chart_text.h"
#include "annex/icon_svg.h"
#include "annex/svg_writer.h"
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
                "role=\"img\" aria-labelledby=\"m-3-3-title\">",
                0) == 0);
  CHECK(s.find("<title id=\"m-3-3-title\">SPC chart: 3.3 Violence with injury</title>") != std::string::npos);
  CHECK(s.find("<desc id=\"m-3-3-desc\">" + panelpack::escape_markup(c.summary) + "</desc>") != std::string::npos);
  for (const char* banned : {"class=", "transform", "<marker", "<clipPath", "<foreignObject", "Gradient", "style="})
    CHECK(s.find(banned) == std::string::npos);
  // one point per month with a value (8) plus the legend's point keys (3)
  CHECK(count(s, "<circle") == 8 + 3);
  // the missing month breaks the data line into two runs
  size_t path = s.find("<path d=\"M");
  REQUIRE(path != std::string::npos);
  std::string d = s.substr(path, s.find('"', path + 9) - path);
  CHECK(count(d, "M") == 2);
  // the spike is a concern (decrease is better): orange
  CHECK(s.find(std::string("fill=\"") + mdc::concern + "\"") != std::string::npos);
  CHECK(count(s, "<svg") == 1);
  CHECK(count(s, "</svg>") == 1);
}

TEST_CASE("charts: the summary and the data table") {
  // mean 990/8 = 123.75; ranges 20 ×5 and 210 (screened: 210 >= 3.267 × 51.67) -> 20; limits 123.75 ± 53.2
  Fixture f(ChartKind::spc, {90.0, 110.0, 90.0, std::nullopt, 110.0, 90.0, 110.0, 90.0, 300.0});
  CHECK(chart_summary(f.m) ==
        "3.3 Violence with injury: monthly figures from January 2024 to September 2024. Latest, September 2024: "
        "300. 1 month has no figure. Mean 124; process limits 71 to 177. The limits are provisional (fewer than 13 "
        "months). Special cause variation: concern (higher) in the latest month. 1 month shows special cause "
        "variation (0 improvement, 1 concern).");
  Chart c = make_chart(f.m, "x");
  CHECK(c.columns == std::vector<std::string>{"Month", "Violence with injury", "Mean", "Lower process limit",
                                              "Upper process limit", "Special cause"});
  REQUIRE(c.rows.size() == 9);
  CHECK(c.rows[3][1] == "no figure");
  CHECK(c.rows[8] == std::vector<std::string>{"Sep 2024", "300", "124", "71", "177",
                                              "Above the upper process limit (concern)"});
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
  CHECK(c.svg.find(">100%<") != std::string::npos);  // the right-hand percent axis
  CHECK(c.columns == std::vector<std::string>{"Month", "Incidents", "Violence with injury"});
  CHECK(c.rows[1] == std::vector<std::string>{"Feb 2024", "120", "60%"});
}

TEST_CASE("charts: the Making Data Count icons have accessible names") {
  std::string v = variation_icon_svg(Variation::improvement_low, "v");
  CHECK(v.find("role=\"img\" aria-labelledby=\"v-title\"") != std::string::npos);
  CHECK(v.find("<title id=\"v-title\">Special cause variation: improvement (lower)</title>") != std::string::npos);
  CHECK(v.find(">L</text>") != std::string::npos);
  CHECK(v.find(mdc::improvement) != std::string::npos);
  std::string a = assurance_icon_svg(Assurance::fail, "a");
  CHECK(a.find("<title id=\"a-title\">Assurance: the target will consistently be missed</title>") !=
        std::string::npos);
  CHECK(a.find(">F</text>") != std::string::npos);
  CHECK(assurance_icon_svg(Assurance::none, "n").empty());
  CHECK(variation_icon_svg(Variation::none, "n").empty());
  CHECK(panelpack::escape_markup("a < b & \"c\"") == "a &lt; b &amp; &quot;c&quot;");
  CHECK(svg_num(-0.001) == "0");
  CHECK(svg_num(12.345) == "12.35");
}
