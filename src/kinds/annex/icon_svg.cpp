#include "kinds/annex/icon_svg.h"

#include "kinds/annex/chart_svg.h"
#include "kinds/annex/svg_writer.h"

namespace panelpack::annex {

std::string variation_name(Variation v) { return describe(v); }
std::string assurance_name(Assurance a) { return describe(a); }

namespace {

constexpr const char* kGrey = "#6f777b";  // 4.6:1

// The icon is decoration (aria-hidden; an artifact in the PDF): the cell
// names it in words beside it, so its name is not read twice.
void open_icon(SvgWriter& w, const char* ring) {
  w.open("svg", {{"xmlns", "http://www.w3.org/2000/svg"},
                 {"viewBox", "0 0 40 40"},
                 {"width", "40"},
                 {"height", "40"},
                 {"aria-hidden", "true"},
                 {"focusable", "false"}});
  w.empty("circle", {{"cx", "20"}, {"cy", "20"}, {"r", "17.5"}, {"fill", "#ffffff"}, {"stroke", ring},
                     {"stroke-width", "3"}});
}


// Five dots along the lower half; `lift` raises (+1) or lowers (-1) the last two.
void dots(SvgWriter& w, const char* base, const char* accent, int lift) {
  for (int i = 0; i < 5; ++i) {
    double x = 9 + i * 5.5;
    double y = 26;
    const char* fill = base;
    if (i >= 3 && lift != 0) {
      y -= lift * (i == 3 ? 4 : 7);
      fill = accent;
    }
    w.empty("circle", {{"cx", svg_num(x)}, {"cy", svg_num(y)}, {"r", "2.2"}, {"fill", fill}});
  }
}

void letter(SvgWriter& w, const char* text, const char* colour) {
  w.text_element("text", {{"x", "20"}, {"y", "17"}, {"text-anchor", "middle"}, {"font-size", "11"},
                          {"font-weight", "bold"}, {"fill", colour}},
                 text);
}

}  // namespace

std::string variation_icon_svg(Variation v) {
  if (v == Variation::none) return "";
  // Rings, letters and dots in the shade of each hue that reaches 4.5:1 on white.
  const char* colour = kGrey;
  const char* text = "";
  int lift = 0;
  switch (v) {
    case Variation::improvement_high: colour = mdc::improvement_dark, text = "H", lift = 1; break;
    case Variation::improvement_low: colour = mdc::improvement_dark, text = "L", lift = -1; break;
    case Variation::concern_high: colour = mdc::concern_dark, text = "H", lift = 1; break;
    case Variation::concern_low: colour = mdc::concern_dark, text = "L", lift = -1; break;
    case Variation::neutral_high: colour = mdc::neutral, text = "H", lift = 1; break;
    case Variation::neutral_low: colour = mdc::neutral, text = "L", lift = -1; break;
    default: break;
  }
  SvgWriter w;
  open_icon(w, colour);
  if (text[0]) letter(w, text, colour);
  dots(w, kGrey, colour, lift);
  w.close("svg");
  return w.str();
}

std::string assurance_icon_svg(Assurance a) {
  if (a == Assurance::none) return "";
  const char* colour = a == Assurance::pass   ? mdc::improvement_dark
                       : a == Assurance::fail ? mdc::concern_dark
                                              : kGrey;
  SvgWriter w;
  open_icon(w, colour);
  if (a == Assurance::hit_and_miss) {
    // a target line weaving through the process range
    w.empty("path", {{"d", "M7 20 C12 10 16 30 20 20 C24 10 28 30 33 20"}, {"fill", "none"}, {"stroke", colour},
                     {"stroke-width", "2.5"}});
  } else {
    letter(w, a == Assurance::pass ? "P" : "F", colour);
    w.empty("line", {{"x1", "8"}, {"y1", "26"}, {"x2", "32"}, {"y2", "26"}, {"stroke", colour}, {"stroke-width", "2"},
                     {"stroke-dasharray", "3 2"}});
  }
  w.close("svg");
  return w.str();
}

}  // namespace panelpack::annex
