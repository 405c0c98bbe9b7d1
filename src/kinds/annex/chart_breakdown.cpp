#include "kinds/annex/chart_breakdown.h"

#include <algorithm>

#include "kinds/annex/chart_axes.h"
#include "kinds/annex/figures.h"
#include "kinds/annex/svg_writer.h"

namespace panelpack::annex {

namespace {
constexpr double kW = 640, kLeft = 200, kRight = 580, kTop = 12, kRow = 30, kBar = 11;
constexpr const char* kFont = "11";
// The year to date solid blue; the year before outlined in grey (so the two
// differ in more than colour), both 3:1 or more on white.
constexpr const char* kNow = "#1d70b8";
constexpr const char* kBefore = "#505a5f";
}  // namespace

std::string breakdown_svg(const std::vector<RateComparison>& rows, const std::string& before, const std::string& now,
                          const std::string& title, const std::string& id) {
  double hi = 0;
  for (const auto& r : rows) hi = std::max({hi, r.before_volume, r.after_volume});
  ValueAxis axis = nice_axis(0, hi, 4);
  auto x = [&](double v) { return kLeft + v / (axis.max > 0 ? axis.max : 1) * (kRight - kLeft); };
  const double plot_bottom = kTop + rows.size() * kRow;
  const double h = plot_bottom + 56;
  SvgWriter w;
  w.open("svg", {{"xmlns", "http://www.w3.org/2000/svg"},
                 {"viewBox", "0 0 " + svg_num(kW) + " " + svg_num(h)},
                 {"width", svg_num(kW)},
                 {"height", svg_num(h)},
                 {"role", "img"}});
  w.text_element("title", {{"id", id + "-title"}}, title);
  for (double t : axis.ticks) {
    w.empty("line", {{"x1", svg_num(x(t))}, {"y1", svg_num(plot_bottom)}, {"x2", svg_num(x(t))},
                     {"y2", svg_num(plot_bottom + 4)}, {"stroke", "currentColor"}, {"stroke-width", "1"}});
    w.text_element("text", {{"x", svg_num(x(t))}, {"y", svg_num(plot_bottom + 16)}, {"text-anchor", "middle"},
                            {"font-size", kFont}, {"fill", "currentColor"}},
                   format_number(t));
  }
  w.empty("line", {{"x1", svg_num(kLeft)}, {"y1", svg_num(kTop - 4)}, {"x2", svg_num(kLeft)},
                   {"y2", svg_num(plot_bottom)}, {"stroke", "currentColor"}, {"stroke-width", "1"}});
  w.empty("line", {{"x1", svg_num(kLeft)}, {"y1", svg_num(plot_bottom)}, {"x2", svg_num(kRight)},
                   {"y2", svg_num(plot_bottom)}, {"stroke", "currentColor"}, {"stroke-width", "1"}});
  for (size_t i = 0; i < rows.size(); ++i) {
    const RateComparison& r = rows[i];
    const double y = kTop + i * kRow + 3;
    w.text_element("text", {{"x", svg_num(kLeft - 8)}, {"y", svg_num(y + kBar + 4)}, {"text-anchor", "end"},
                            {"font-size", kFont}, {"fill", "currentColor"}},
                   r.name);
    w.empty("rect", {{"x", svg_num(kLeft)}, {"y", svg_num(y)}, {"width", svg_num(x(r.before_volume) - kLeft)},
                     {"height", svg_num(kBar)}, {"fill", "#ffffff"}, {"stroke", kBefore}, {"stroke-width", "1.25"}});
    w.empty("rect", {{"x", svg_num(kLeft)}, {"y", svg_num(y + kBar)}, {"width", svg_num(x(r.after_volume) - kLeft)},
                     {"height", svg_num(kBar)}, {"fill", kNow}});
    w.text_element("text", {{"x", svg_num(x(r.after_volume) + 4)}, {"y", svg_num(y + 2 * kBar - 1)},
                            {"font-size", kFont}, {"fill", "currentColor"}},
                   r.after_volume_text);
  }
  const double ly = plot_bottom + 40;
  w.empty("rect", {{"x", svg_num(kLeft)}, {"y", svg_num(ly - 9)}, {"width", "12"}, {"height", "10"},
                   {"fill", "#ffffff"}, {"stroke", kBefore}, {"stroke-width", "1.25"}});
  w.text_element("text", {{"x", svg_num(kLeft + 18)}, {"y", svg_num(ly)}, {"font-size", kFont},
                          {"fill", "currentColor"}},
                 before + " (outlined)");
  const double nx = kLeft + 48 + before.size() * 6.2 + 60;
  w.empty("rect", {{"x", svg_num(nx)}, {"y", svg_num(ly - 9)}, {"width", "12"}, {"height", "10"}, {"fill", kNow}});
  w.text_element("text", {{"x", svg_num(nx + 18)}, {"y", svg_num(ly)}, {"font-size", kFont}, {"fill", "currentColor"}},
                 now + " (solid, labelled)");
  w.close("svg");
  return w.str();
}

}  // namespace panelpack::annex
