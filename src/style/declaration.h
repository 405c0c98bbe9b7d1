#pragma once
// Property declarations with typed values. Shorthands (margin, padding,
// border, border-top, border-width, list-style, background, page-break-*)
// are expanded into longhands when the sheet is read, so the cascade only
// copies values.
#include <vector>

#include "core/diagnostics.h"
#include "style/computed_style.h"
#include "style/css_parser.h"

namespace style {

enum class Prop {
  font_family, font_size, font_weight, font_style, color, background,
  margin, padding, border_width, border_style, border_color,
  text_align, line_height, width, list_style_type,
  break_before, break_after, break_inside, orphans, widows,
  vertical_align, white_space, display, text_decoration,
  accepted  // understood and deliberately without effect (documented)
};

struct Declaration {
  Prop prop = Prop::accepted;
  int side = 0;            // for the per-side properties (Side)
  Length length;           // margin, padding, width, font-size
  Color color;             // color, background, border-color
  double number = 0;       // border-width, orphans, widows
  int keyword = 0;         // an enum value of the property
  std::string text;        // font-family, list-style-type
  LineHeight line_height;
  bool inherit = false;    // the value was "inherit"
  bool important = false;
  panelpack::SourcePos pos;
};

// Appends the longhand declarations of `raw` to *out. An unknown property
// or a value outside the subset is a warning naming the position; nothing
// is appended then.
void parse_declaration(const RawDeclaration& raw, std::vector<Declaration>* out, panelpack::Diagnostics& diags);

// Applies one declaration to `s`; `parent` supplies "inherit" and relative
// font sizes.
void apply(const Declaration& d, ComputedStyle& s, const ComputedStyle& parent);

// Resolves em lengths against the element's own font size.
void finish(ComputedStyle& s);

// The built-in list marker styles: disc, circle, square, decimal,
// decimal-leading-zero, lower-alpha, upper-alpha, lower-latin, upper-latin,
// lower-roman, upper-roman, none.
bool is_builtin_list_style(const std::string& name);

}  // namespace style
