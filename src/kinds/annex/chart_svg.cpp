#include "kinds/annex/chart_svg.h"

#include <algorithm>
#include <cmath>

#include "kinds/annex/chart_axes.h"
#include "kinds/annex/chart_text.h"
#include "kinds/annex/figures.h"
#include "kinds/annex/svg_writer.h"

namespace panelpack::annex {

const char* point_colour(PointType t) {
  switch (t) {
    case PointType::improvement: return mdc::improvement;
    case PointType::concern: return mdc::concern;
    case PointType::neutral_high:
    case PointType::neutral_low: return mdc::neutral;
    default: return mdc::common_cause;
  }
}

const char* point_outline(PointType t) {
  switch (t) {
    case PointType::improvement: return mdc::improvement_dark;
    case PointType::concern: return mdc::concern_dark;
    case PointType::neutral_high:
    case PointType::neutral_low: return mdc::neutral;
    default: return mdc::common_cause_dark;
  }
}

namespace {

// A point's marker: its shape and its hue, outlined in a darker shade.
void point_marker(SvgWriter& w, double x, double y, PointType t) {
  const std::string fill = point_colour(t), stroke = point_outline(t);
  switch (t) {
    case PointType::improvement:
      w.empty("rect", {{"x", svg_num(x - 3.75)}, {"y", svg_num(y - 3.75)}, {"width", "7.5"}, {"height", "7.5"},
                       {"fill", fill}, {"stroke", stroke}, {"stroke-width", "1.25"}});
      return;
    case PointType::concern:
      w.empty("path", {{"d", "M" + svg_num(x) + " " + svg_num(y - 5) + " L" + svg_num(x + 4.8) + " " +
                                 svg_num(y + 3.5) + " L" + svg_num(x - 4.8) + " " + svg_num(y + 3.5) + " Z"},
                       {"fill", fill}, {"stroke", stroke}, {"stroke-width", "1.25"}});
      return;
    case PointType::neutral_high:
    case PointType::neutral_low:
      w.empty("path", {{"d", "M" + svg_num(x) + " " + svg_num(y - 5) + " L" + svg_num(x + 5) + " " + svg_num(y) +
                                 " L" + svg_num(x) + " " + svg_num(y + 5) + " L" + svg_num(x - 5) + " " +
                                 svg_num(y) + " Z"},
                       {"fill", fill}, {"stroke", stroke}, {"stroke-width", "1.25"}});
      return;
    default:
      w.empty("circle", {{"cx", svg_num(x)}, {"cy", svg_num(y)}, {"r", "3.25"}, {"fill", fill}, {"stroke", stroke},
                         {"stroke-width", "1"}});
  }
}

// 640 units wide; 300 high, or 230 for compact print (the plot area loses
// 70 units, the axis labels and legend below it keep theirs).
constexpr double kW = 640, kH = 300, kCompactH = 230;
constexpr double kTop = 16, kBelowPlot = 66;
// Axes, labels, the mean and the combo chart's line take the text colour
// (CSS: the figure's colour, so forced-colours mode recolours them); in the
// PDF currentColor is black.
constexpr const char* kText = "currentColor";
constexpr const char* kSeries = "#1d70b8";   // 5.2:1 on white
constexpr const char* kBars = "#5694ca";     // combo bars, 3.2:1
constexpr const char* kSecond = "currentColor";  // the percent line of combo charts
// 11 units: 8.25pt in the PDF, where the chart is drawn 480pt wide.
constexpr const char* kFont = "11";
constexpr double kCharWidth = 6.2;  // average advance at kFont, for the legend's layout

struct Frame {
  double left = 64, right = kW - 16;
  int n = 1;
  ValueAxis y, y2;
  double x(size_t i) const { return left + (i + 0.5) * (right - left) / n; }
  double slot() const { return (right - left) / n; }
  double h = kH;
  double bottom() const { return h - kBelowPlot; }
  double yv(double v) const { return bottom() - (v - y.min) / (y.max - y.min) * (bottom() - kTop); }
  double yv2(double v) const { return bottom() - (v - y2.min) / (y2.max - y2.min) * (bottom() - kTop); }
};

void range_of(const std::vector<std::optional<double>>& v, double& lo, double& hi) {
  for (const auto& x : v) {
    if (!x) continue;
    lo = std::min(lo, *x);
    hi = std::max(hi, *x);
  }
}

// The left-hand axis: its line, a tick and a label per value; `label`
// formats a tick value. No grid: every line drawn is dark enough to see.
template <typename Label>
void y_axis(SvgWriter& w, const Frame& f, Label label) {
  w.empty("line", {{"x1", svg_num(f.left)}, {"y1", svg_num(kTop - 4)}, {"x2", svg_num(f.left)},
                   {"y2", svg_num(f.bottom())}, {"stroke", kText}, {"stroke-width", "1"}});
  for (double t : f.y.ticks) {
    double y = f.yv(t);
    w.empty("line", {{"x1", svg_num(f.left - 4)}, {"y1", svg_num(y)}, {"x2", svg_num(f.left)}, {"y2", svg_num(y)},
                     {"stroke", kText}, {"stroke-width", "1"}});
    w.text_element("text", {{"x", svg_num(f.left - 6)}, {"y", svg_num(y + 4)}, {"text-anchor", "end"},
                            {"font-size", kFont}, {"fill", kText}},
                   label(t));
  }
}

void y_axis(SvgWriter& w, const Frame& f, const MeasureResult& m) {
  y_axis(w, f, [&](double t) { return m.show_short(t); });
}

// The unit over a value axis whose tick labels do not show it ("minutes";
// percentages and pounds carry theirs), at its top: `right` for the second axis.
void axis_unit(SvgWriter& w, const Frame& f, const MeasureResult& m, bool right) {
  if (m.spec->unit != Unit::minutes || m.spec->seconds) return;  // "7m 30s" labels carry their unit
  w.text_element("text", {{"x", svg_num(right ? f.right + 6 : f.left - 6)}, {"y", svg_num(kTop - 6)},
                          {"text-anchor", right ? "start" : "end"}, {"font-size", kFont}, {"fill", kText}},
                 "Minutes");
}

void x_axis(SvgWriter& w, const Frame& f, const MeasureResult& m) {
  w.empty("line", {{"x1", svg_num(f.left)}, {"y1", svg_num(f.bottom())}, {"x2", svg_num(f.right)},
                   {"y2", svg_num(f.bottom())}, {"stroke", kText}, {"stroke-width", "1"}});
  for (int i : month_ticks(m.first, f.n, 11)) {
    double x = f.x(i);
    w.empty("line", {{"x1", svg_num(x)}, {"y1", svg_num(f.bottom())}, {"x2", svg_num(x)}, {"y2", svg_num(f.bottom() + 4)},
                     {"stroke", kText}, {"stroke-width", "1"}});
    w.text_element("text", {{"x", svg_num(x)}, {"y", svg_num(f.bottom() + 16)}, {"text-anchor", "middle"},
                            {"font-size", kFont}, {"fill", kText}},
                   m.month_at(i).axis_label());
  }
}

// The data line, broken at missing months.
void data_line(SvgWriter& w, const Frame& f, const std::vector<std::optional<double>>& v, const char* colour,
               bool second_axis, const char* width) {
  std::string d;
  bool pen = false;
  for (size_t i = 0; i < v.size(); ++i) {
    if (!v[i]) {
      pen = false;
      continue;
    }
    double y = second_axis ? f.yv2(*v[i]) : f.yv(*v[i]);
    d += (pen ? " L" : (d.empty() ? "M" : " M")) + svg_num(f.x(i)) + " " + svg_num(y);
    pen = true;
  }
  if (!d.empty()) w.empty("path", {{"d", d}, {"fill", "none"}, {"stroke", colour}, {"stroke-width", width}});
}

void hline(SvgWriter& w, const Frame& f, size_t a, size_t b, double y, const char* colour, const char* dash,
           const char* width = "1.5") {
  double x1 = f.x(a) - f.slot() / 2, x2 = f.x(b) + f.slot() / 2;
  if (dash[0])
    w.empty("line", {{"x1", svg_num(x1)}, {"y1", svg_num(y)}, {"x2", svg_num(x2)}, {"y2", svg_num(y)},
                     {"stroke", colour}, {"stroke-width", width}, {"stroke-dasharray", dash}});
  else
    w.empty("line", {{"x1", svg_num(x1)}, {"y1", svg_num(y)}, {"x2", svg_num(x2)}, {"y2", svg_num(y)},
                     {"stroke", colour}, {"stroke-width", width}});
}

// A legend along the bottom. Kinds: l = line, d = dashed, n = dotted (near
// lines), p = a point's marker (its shape and colour), b = bar. Items wrap
// onto a second row when the first is full.
struct LegendItem {
  char kind;
  const char* colour;
  std::string label;
  PointType point = PointType::common_cause;
};

void legend(SvgWriter& w, const Frame& f, const std::vector<LegendItem>& items) {
  double x = 64, y = f.h - 30;
  for (const LegendItem& it : items) {
    double width = 30 + it.label.size() * kCharWidth;
    if (x + width > kW - 8 && x > 64) {
      x = 64;
      y += 17;
    }
    if (it.kind == 'p') {
      point_marker(w, x + 6, y - 4, it.point);
    } else if (it.kind == 'b') {
      w.empty("rect", {{"x", svg_num(x)}, {"y", svg_num(y - 9)}, {"width", "12"}, {"height", "10"},
                       {"fill", it.colour}});
    } else if (it.kind == 'd' || it.kind == 'n') {
      w.empty("line", {{"x1", svg_num(x - 2)}, {"y1", svg_num(y - 4)}, {"x2", svg_num(x + 14)}, {"y2", svg_num(y - 4)},
                       {"stroke", it.colour}, {"stroke-width", it.kind == 'd' ? "1.5" : "1"},
                       {"stroke-dasharray", it.kind == 'd' ? "4 3" : "1 3"}});
    } else {
      w.empty("line", {{"x1", svg_num(x - 2)}, {"y1", svg_num(y - 4)}, {"x2", svg_num(x + 14)}, {"y2", svg_num(y - 4)},
                       {"stroke", it.colour}, {"stroke-width", "2"}});
    }
    w.text_element("text", {{"x", svg_num(x + 18)}, {"y", svg_num(y)}, {"font-size", kFont}, {"fill", kText}},
                   it.label);
    x += width;
  }
}

void open_svg(SvgWriter& w, const Frame& f, const std::string& id, const std::string& title) {
  w.open("svg", {{"xmlns", "http://www.w3.org/2000/svg"},
                 {"viewBox", "0 0 " + svg_num(kW) + " " + svg_num(f.h)},
                 {"width", svg_num(kW)},
                 {"height", svg_num(f.h)},
                 {"role", "img"}});
  // The summary is the figure's caption, read once: the chart's name (and
  // the PDF Figure's /Alt) is its <title> alone. (With aria-labelledby
  // pointing at the title Chromium would read it again as the description.)
  w.text_element("title", {{"id", id + "-title"}}, title);
}

std::string spc_svg(const MeasureResult& m, const std::string& id, bool compact) {
  Frame f;
  if (compact) f.h = kCompactH;
  f.n = static_cast<int>(m.values.size());
  double lo = INFINITY, hi = -INFINITY;
  range_of(m.values, lo, hi);
  for (const auto& s : m.spc.segments) {
    if (!s.has_limits) continue;
    lo = std::min(lo, m.shown_limit(s.lower));
    hi = std::max(hi, s.upper);
  }
  if (m.spec->target) {
    lo = std::min(lo, *m.spec->target);
    hi = std::max(hi, *m.spec->target);
  }
  if (!std::isfinite(lo)) lo = hi = 0;
  // A little room so no limit sits on the axis line.
  double pad = (hi - lo) * 0.04;
  // A count's axis stops at 0 (its lower limit is drawn there when below).
  f.y = nice_axis(m.never_negative() && lo >= 0 ? std::max(0.0, lo - pad) : lo - pad, hi + pad);
  SvgWriter w;
  open_svg(w, f, id, "SPC chart: " + m.spec->id + " " + m.spec->name);
  y_axis(w, f, m);
  axis_unit(w, f, m, false);
  x_axis(w, f, m);
  bool near_drawn = false;
  for (const auto& s : m.spc.segments) {
    if (s.has_limits) {
      hline(w, f, s.first, s.last, f.yv(s.upper), mdc::limits, "4 3");
      hline(w, f, s.first, s.last, f.yv(m.shown_limit(s.lower)), mdc::limits, "4 3");
      if (m.spec->near_lines) {
        near_drawn = true;
        hline(w, f, s.first, s.last, f.yv(s.near_upper), mdc::limits, "1 3", "1");
        hline(w, f, s.first, s.last, f.yv(m.shown_limit(s.near_lower)), mdc::limits, "1 3", "1");
      }
    }
    if (s.baseline_points > 0) hline(w, f, s.first, s.last, f.yv(s.mean), mdc::mean, "");
  }
  if (m.spec->target) hline(w, f, 0, f.n - 1, f.yv(*m.spec->target), mdc::target, "8 4", "2");
  data_line(w, f, m.values, mdc::common_cause_dark, false, "1.5");
  // Special cause differs in shape as well as colour: circle (common
  // cause), square (improvement), triangle (concern), diamond (neutral).
  for (size_t i = 0; i < m.values.size(); ++i)
    if (m.values[i]) point_marker(w, f.x(i), f.yv(*m.values[i]), m.spc.points[i].type);
  std::vector<LegendItem> items = {{'l', mdc::mean, "Mean"}, {'d', mdc::limits, "Process limits"}};
  if (near_drawn) items.push_back({'n', mdc::limits, "Near lines"});
  if (m.spec->target) items.push_back({'d', mdc::target, "Target"});
  items.push_back({'p', "", "Common cause (circle)", PointType::common_cause});
  if (m.spec->direction == Direction::neither) {
    items.push_back({'p', "", "Special cause (diamond)", PointType::neutral_high});
  } else {
    items.push_back({'p', "", "Improvement (square)", PointType::improvement});
    items.push_back({'p', "", "Concern (triangle)", PointType::concern});
  }
  legend(w, f, items);
  w.close("svg");
  return w.str();
}

std::string plain_svg(const MeasureResult& m, const std::string& id, bool compact) {
  Frame f;
  if (compact) f.h = kCompactH;
  f.n = static_cast<int>(m.values.size());
  ChartKind kind = m.spec->chart;
  const bool combo = kind == ChartKind::combo;
  const auto& primary = combo ? m.bars : m.values;
  double lo = kind == ChartKind::line ? INFINITY : 0, hi = -INFINITY;
  range_of(primary, lo, hi);
  if (m.spec->target && !combo) {
    lo = std::min(lo, *m.spec->target);
    hi = std::max(hi, *m.spec->target);
  }
  if (!std::isfinite(lo)) lo = hi = 0;
  f.y = nice_axis(lo, hi);
  if (combo) {
    f.right = kW - 56;
    double lo2 = INFINITY, hi2 = -INFINITY;
    range_of(m.values, lo2, hi2);
    if (m.spec->target) {
      lo2 = std::min(lo2, *m.spec->target);
      hi2 = std::max(hi2, *m.spec->target);
    }
    if (!std::isfinite(lo2)) lo2 = hi2 = 0;
    // The line's own range (not 0-100%, which flattens it), on the bars'
    // tick steps; but at least 20 percentage points (or a fifth of the
    // line's level), centred on the line, so that a change of 1pp does not
    // fill the chart's height.
    const bool pct = m.spec->unit == Unit::percent;
    const double floor2 = pct ? 0 : -INFINITY, ceil2 = pct ? 100 : INFINITY;
    const double span = pct ? 20 : 0.2 * std::max(std::fabs(lo2), std::fabs(hi2));
    if (hi2 - lo2 < span) {
      double mid = (lo2 + hi2) / 2;
      lo2 = mid - span / 2;
      hi2 = mid + span / 2;
      if (lo2 < floor2) hi2 += floor2 - lo2, lo2 = floor2;
      if (hi2 > ceil2) lo2 -= hi2 - ceil2, hi2 = ceil2;
    }
    f.y2 = aligned_axis(lo2, hi2, static_cast<int>(f.y.ticks.size()) - 1, floor2, ceil2);
  }
  SvgWriter w;
  const char* what = kind == ChartKind::line ? "Line chart: " : kind == ChartKind::bar ? "Bar chart: " : "Chart: ";
  open_svg(w, f, id, what + m.spec->id + " " + m.spec->name);
  // Axis labels of the bars in combo charts are counts, not the measure's unit.
  if (combo) {
    y_axis(w, f, [](double t) { return format_number(t); });
    w.empty("line", {{"x1", svg_num(f.right)}, {"y1", svg_num(kTop - 4)}, {"x2", svg_num(f.right)},
                     {"y2", svg_num(f.bottom())}, {"stroke", kSecond}, {"stroke-width", "1"}});
    for (double t : f.y2.ticks) {
      w.empty("line", {{"x1", svg_num(f.right)}, {"y1", svg_num(f.yv2(t))}, {"x2", svg_num(f.right + 4)},
                       {"y2", svg_num(f.yv2(t))}, {"stroke", kSecond}, {"stroke-width", "1"}});
      w.text_element("text", {{"x", svg_num(f.right + 6)}, {"y", svg_num(f.yv2(t) + 4)}, {"text-anchor", "start"},
                              {"font-size", kFont}, {"fill", kSecond}},
                     m.show_short(t));
    }
    axis_unit(w, f, m, true);
  } else {
    y_axis(w, f, m);
    axis_unit(w, f, m, false);
  }
  x_axis(w, f, m);
  if (kind == ChartKind::bar || combo) {
    double bw = std::max(1.0, f.slot() * 0.7);
    double base = f.yv(std::max(f.y.min, 0.0));
    for (size_t i = 0; i < primary.size(); ++i) {
      if (!primary[i]) continue;
      double y = f.yv(*primary[i]);
      w.empty("rect", {{"x", svg_num(f.x(i) - bw / 2)}, {"y", svg_num(std::min(y, base))}, {"width", svg_num(bw)},
                       {"height", svg_num(std::fabs(base - y))}, {"fill", combo ? kBars : kSeries}});
    }
  }
  if (m.spec->target) {
    double y = combo ? f.yv2(*m.spec->target) : f.yv(*m.spec->target);
    hline(w, f, 0, f.n - 1, y, mdc::target, "8 4", "2");
  }
  if (kind == ChartKind::line) data_line(w, f, m.values, kSeries, false, "2");
  if (combo) {
    data_line(w, f, m.values, kSecond, true, "2");
    for (size_t i = 0; i < m.values.size(); ++i)
      if (m.values[i])
        w.empty("circle",
                {{"cx", svg_num(f.x(i))}, {"cy", svg_num(f.yv2(*m.values[i]))}, {"r", "2.5"}, {"fill", kSecond}});
  }
  std::vector<LegendItem> items;
  if (combo) {
    items.push_back({'b', kBars, m.spec->bars_label + " (left axis)"});
    items.push_back({'l', kSecond, m.spec->name + " (right axis)"});
  } else {
    items.push_back({kind == ChartKind::bar ? 'b' : 'l', kSeries, m.spec->name});
  }
  if (m.spec->target) items.push_back({'d', mdc::target, "Target"});
  legend(w, f, items);
  w.close("svg");
  return w.str();
}

// Year on year: a line per financial year (the report's and up to two
// before it) over April to March, told apart by dash as well as colour and
// named at their ends and in the legend.
std::string years_svg(const MeasureResult& m, const std::string& id, bool compact) {
  Frame f;
  if (compact) f.h = kCompactH;
  f.n = 12;
  f.right = kW - 64;  // room for the year labels at the lines' ends
  const int last_fy = financial_year(m.month_at(m.values.size() - 1));
  const int first_fy = std::max(financial_year(m.first), last_fy - 2);
  // values by year and month of the year (0 = April)
  std::vector<std::vector<std::optional<double>>> years;
  double lo = INFINITY, hi = -INFINITY;
  for (int fy = first_fy; fy <= last_fy; ++fy) {
    std::vector<std::optional<double>> v(12);
    for (int k = 0; k < 12; ++k) {
      Month mo = Month::of(fy, 4).plus(k);
      if (mo >= m.first && mo.index - m.first.index < static_cast<int>(m.values.size())) v[k] = m.at(mo);
    }
    range_of(v, lo, hi);
    years.push_back(std::move(v));
  }
  if (m.spec->target) {
    lo = std::min(lo, *m.spec->target);
    hi = std::max(hi, *m.spec->target);
  }
  if (!std::isfinite(lo)) lo = hi = 0;
  f.y = nice_axis(m.never_negative() ? 0 : lo, hi);
  SvgWriter w;
  open_svg(w, f, id, "Year on year chart: " + m.spec->id + " " + m.spec->name);
  y_axis(w, f, m);
  axis_unit(w, f, m, false);
  w.empty("line", {{"x1", svg_num(f.left)}, {"y1", svg_num(f.bottom())}, {"x2", svg_num(f.right)},
                   {"y2", svg_num(f.bottom())}, {"stroke", kText}, {"stroke-width", "1"}});
  for (int k = 0; k < 12; ++k)
    w.text_element("text", {{"x", svg_num(f.x(k))}, {"y", svg_num(f.bottom() + 16)}, {"text-anchor", "middle"},
                            {"font-size", kFont}, {"fill", kText}},
                   month_short_name((k + 3) % 12 + 1));
  if (m.spec->target) hline(w, f, 0, 11, f.yv(*m.spec->target), mdc::target, "8 4", "2");
  // newest last, so it is drawn on top: solid blue; then dashed grey, dotted orange
  struct Style {
    char legend;
    const char* colour;
    const char* dash;
    const char* width;
    const char* words;
  };
  static const Style kStyles[] = {{'l', kSeries, "", "2.5", "solid"},
                                  {'d', mdc::common_cause_dark, "4 3", "1.5", "dashed"},
                                  {'n', mdc::concern_dark, "1 3", "2", "dotted"}};
  std::vector<LegendItem> items;
  std::vector<std::pair<double, double>> placed;  // year labels drawn
  for (size_t y = 0; y < years.size(); ++y) {
    const Style& st = kStyles[years.size() - 1 - y];
    std::string d;
    bool pen = false;
    int end = -1;
    for (int k = 0; k < 12; ++k) {
      if (!years[y][k]) {
        pen = false;
        continue;
      }
      d += (pen ? " L" : (d.empty() ? "M" : " M")) + svg_num(f.x(k)) + " " + svg_num(f.yv(*years[y][k]));
      pen = true;
      end = k;
    }
    const std::string label = fy_short(first_fy + static_cast<int>(y));
    if (d.empty()) continue;
    if (st.dash[0])
      w.empty("path", {{"d", d}, {"fill", "none"}, {"stroke", st.colour}, {"stroke-width", st.width},
                       {"stroke-dasharray", st.dash}});
    else
      w.empty("path", {{"d", d}, {"fill", "none"}, {"stroke", st.colour}, {"stroke-width", st.width}});
    // Labels ending at the same place move apart, a line's height at a time.
    double lx = f.x(end) + 6, ly = f.yv(*years[y][end]) + 4;
    for (bool moved = true; moved;) {
      moved = false;
      for (const auto& [px, py] : placed)
        if (std::fabs(px - lx) < 40 && std::fabs(py - ly) < 12) {
          ly = py + 12;
          moved = true;
        }
    }
    placed.emplace_back(lx, ly);
    w.text_element("text", {{"x", svg_num(lx)}, {"y", svg_num(ly)}, {"font-size", kFont}, {"fill", kText}}, label);
    items.push_back({st.legend, st.colour, "FY " + label + " (" + st.words + ")"});
  }
  std::reverse(items.begin(), items.end());
  if (m.spec->target) items.push_back({'d', mdc::target, "Target"});
  legend(w, f, items);
  w.close("svg");
  return w.str();
}

}  // namespace

Chart make_chart(const MeasureResult& m, const std::string& dom_id, bool compact) {
  Chart c;
  c.summary = chart_summary(m);
  c.svg = m.spec->chart == ChartKind::spc     ? spc_svg(m, dom_id, compact)
          : m.spec->chart == ChartKind::years ? years_svg(m, dom_id, compact)
                                              : plain_svg(m, dom_id, compact);
  chart_table(m, c.columns, c.rows);
  return c;
}

}  // namespace panelpack::annex
