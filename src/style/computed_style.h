#pragma once
// The style of one element after the cascade: every property of the subset
// with a value, lengths in points (percentages and auto left to layout).
#include <string>

#include "style/css_value.h"
#include "style/name_filter.h"

namespace style {

enum class TextAlign { left, right, center, justify };
enum class BreakValue { automatic, avoid, page, left, right };
enum class BorderStyle { none, solid, dashed, dotted, double_line };
enum class VerticalAlign { baseline, top, middle, bottom };
enum class WhiteSpace { normal, nowrap };

enum Side { kTop = 0, kRight = 1, kBottom = 2, kLeft = 3 };

struct LineHeight {
  enum Kind { normal, factor, length } kind = normal;
  double value = 0;  // factor, or points
  // Points for a font of `size`; "normal" is 1.15 (Liberation Sans's own
  // ascender + descender + line gap, as browsers use).
  double resolve(double size) const {
    if (kind == factor) return value * size;
    if (kind == length) return value;
    return 1.15 * size;
  }
};

struct ComputedStyle {
  // inherited
  std::string font_family = "Liberation Sans";  // the CSS list as written
  double font_size = 12;                         // points
  bool bold = false;
  bool italic = false;
  Color color{0, 0, 0, 1};
  TextAlign text_align = TextAlign::left;
  LineHeight line_height;
  std::string list_style_type = "disc";
  int orphans = 2;
  int widows = 2;
  WhiteSpace white_space = WhiteSpace::normal;
  bool underline = false;

  // not inherited
  bool display_none = false;
  Color background{0, 0, 0, 0};
  Length margin[4];
  Length padding[4];
  double border_width[4] = {0, 0, 0, 0};
  BorderStyle border_style[4] = {BorderStyle::none, BorderStyle::none, BorderStyle::none, BorderStyle::none};
  Color border_color[4];  // alpha < 0 until set: then the text colour
  Length width = Length::autom();
  BreakValue break_before = BreakValue::automatic;
  BreakValue break_after = BreakValue::automatic;
  bool avoid_break_inside = false;
  VerticalAlign vertical_align = VerticalAlign::baseline;

  // Set by StyleSheet::compute, for the matching of the element's children:
  // the element this style was computed for, and the names of it and all its
  // ancestors.
  const void* element = nullptr;
  NameFilter names;

  ComputedStyle() {
    for (Color& c : border_color) c = Color{0, 0, 0, -1};
  }

  // The width a border really has (0 when its style is none).
  double border(int side) const { return border_style[side] == BorderStyle::none ? 0 : border_width[side]; }

  // A child's starting point: inherited properties copied, the others reset.
  ComputedStyle inherit() const;
};

}  // namespace style
