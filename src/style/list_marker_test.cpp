#include "style/list_marker.h"

#include <doctest/doctest.h>

TEST_CASE("roman numerals and letters count like browsers") {
  CHECK(style::roman(1, false) == "i");
  CHECK(style::roman(4, false) == "iv");
  CHECK(style::roman(1994, true) == "MCMXCIV");
  CHECK(style::roman(4000, false) == "4000");
  std::map<std::string, style::CounterStyle> none;
  CHECK(style::list_marker("lower-alpha", 26, none) == "z.");
  CHECK(style::list_marker("lower-alpha", 27, none) == "aa.");
  CHECK(style::list_marker("decimal-leading-zero", 7, none) == "07.");
  CHECK(style::list_marker("square", 1, none) == "\u25aa");
  CHECK(style::list_marker("unknown-style", 3, none) == "3.");
}

TEST_CASE("@counter-style prefix and suffix wrap the base style") {
  std::map<std::string, style::CounterStyle> custom;
  custom["paren-decimal"] = style::CounterStyle{"decimal", "(", ") "};
  custom["dash"] = style::CounterStyle{"disc", "", " -"};
  CHECK(style::list_marker("paren-decimal", 12, custom) == "(12)");
  CHECK(style::list_marker("dash", 2, custom) == "\u2022-");  // the suffix is trimmed: the gap is layout's
}
