#pragma once
// The text of a list item's marker ("•", "3.", "c.", "(iv)") for a
// list-style-type, built in or defined by @counter-style.
#include <map>
#include <string>

namespace style {

// @counter-style NAME { system: extends BASE; prefix: "("; suffix: ") "; }
struct CounterStyle {
  std::string base = "decimal";  // a built-in style
  std::string prefix;
  std::string suffix = ". ";
};

// The marker for item number `n` (1-based) without trailing space; empty
// for "none". Unknown names fall back to decimal.
std::string list_marker(const std::string& type, int n, const std::map<std::string, CounterStyle>& custom);

// "iv" for 4; n >= 1 and < 4000, otherwise decimal digits.
std::string roman(int n, bool upper);

}  // namespace style
