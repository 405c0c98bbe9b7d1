#include "style/css_value.h"

#include <doctest/doctest.h>

TEST_CASE("lengths in every unit, with percent and auto only where allowed") {
  CHECK(style::parse_length("12pt", false, false)->value == 12);
  CHECK(style::parse_length("16px", false, false)->value == 12);
  CHECK(style::parse_length("25.4mm", false, false)->value == doctest::Approx(72));
  CHECK(style::parse_length("1in", false, false)->value == 72);
  CHECK(style::parse_length("1.5em", false, false)->unit == style::Length::em);
  CHECK(style::parse_length("0", false, false)->value == 0);
  CHECK(style::parse_length(" 50% ", true, false)->unit == style::Length::percent);
  CHECK_FALSE(style::parse_length("50%", false, false));
  CHECK(style::parse_length("auto", false, true)->is_auto());
  CHECK_FALSE(style::parse_length("auto", false, false));
  CHECK_FALSE(style::parse_length("12", false, false));
  CHECK_FALSE(style::parse_length("12furlongs", false, false));
  CHECK(style::Length{style::Length::percent, 25}.resolve(200) == 50);
}

TEST_CASE("colours: hex, rgb(), names, transparent") {
  CHECK(*style::parse_color("#fff") == style::Color{1, 1, 1, 1});
  CHECK(*style::parse_color("#1D70B8") == style::Color{0x1d / 255.0, 0x70 / 255.0, 0xb8 / 255.0, 1});
  CHECK(*style::parse_color("rgb(255, 0, 0)") == style::Color{1, 0, 0, 1});
  CHECK(style::parse_color("rgba(0, 0, 255, 0.5)")->a == doctest::Approx(0.5));
  CHECK(*style::parse_color("Navy") == style::Color{0, 0, 128 / 255.0, 1});
  CHECK(style::parse_color("transparent")->a == 0);
  CHECK_FALSE(style::parse_color("#12345"));
  CHECK_FALSE(style::parse_color("blurple"));
}

TEST_CASE("values split at white space outside quotes and parentheses") {
  using V = std::vector<std::string>;
  CHECK(style::split_words("1pt  solid\r\n#000") == V{"1pt", "solid", "#000"});
  CHECK(style::split_words("\"Page \" counter(page) \" of \" counter(pages)") ==
        V{"\"Page \"", "counter(page)", "\" of \"", "counter(pages)"});
  CHECK(style::split_words("rgb(0, 0, 0) dashed") == V{"rgb(0, 0, 0)", "dashed"});
  CHECK(style::split_words("   ").empty());
  CHECK(style::split_words("a) b") == V{"a)", "b"});
}
