#pragma once
// Typed CSS values shared by the parser, the cascade and layout: lengths,
// colours and the few keyword sets the subset knows.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace style {

struct Color {
  double r = 0, g = 0, b = 0;  // 0..1
  double a = 1;                // 0 = transparent
  bool operator==(const Color&) const = default;
};

// A length after parsing. `em` is resolved against the font size by the
// cascade; `percent` and `automatic` are resolved by layout.
struct Length {
  enum Unit { pt, em, percent, automatic } unit = pt;
  double value = 0;
  bool operator==(const Length&) const = default;
  static Length points(double v) { return {pt, v}; }
  static Length autom() { return {automatic, 0}; }
  bool is_auto() const { return unit == automatic; }
  // Points, with percentages taken of `reference`; auto counts as 0.
  double resolve(double reference) const {
    if (unit == percent) return value * reference / 100.0;
    if (unit == automatic) return 0;
    return value;
  }
};

// "12pt", "4mm", "1.5cm", "1in", "16px" (1px = 0.75pt), "1.2em", "50%", "0".
// `allow_percent` and `allow_auto` gate the forms a property accepts.
std::optional<Length> parse_length(std::string_view text, bool allow_percent, bool allow_auto);

// "#rgb", "#rrggbb", "rgb(r, g, b)", "rgba(r, g, b, a)", a named colour
// (the CSS basic and common extended names), "transparent".
std::optional<Color> parse_color(std::string_view text);

// Strips ASCII white space at both ends.
std::string_view trim(std::string_view text);

// Splits a value at white space outside quotes and parentheses (a backslash
// in a string escapes the next character):
// `"Page " counter(page) solid` -> `"Page "`, `counter(page)`, `solid`.
std::vector<std::string> split_words(std::string_view text);

// Lower-cases ASCII letters.
std::string lower(std::string_view text);

}  // namespace style
