#include "kinds/annex/figures.h"

#include <doctest/doctest.h>

#include <cmath>

using namespace panelpack::annex;

TEST_CASE("figures: thousands separators and half-up rounding at display") {
  CHECK(format_number(27063) == "27,063");
  CHECK(format_number(1234567.891, 2) == "1,234,567.89");
  CHECK(format_number(999.5) == "1,000");
  CHECK(format_number(0.5) == "1");
  CHECK(format_number(-0.5) == "-1");  // half away from zero
  CHECK(format_number(-0.004, 2) == "0.00");  // never "-0.00"
  CHECK(format_number(1.005, 2) == "1.01");   // 1.005 is 1.00499999… in binary
  CHECK(format_number(2.675, 2) == "2.68");
  CHECK(format_number(-91) == "-91");
  CHECK(round_half_up(62.5, 0) == 63);
  CHECK(round_half_up(-0.125, 2) == doctest::Approx(-0.13));
  // A ratio of figures can be huge: shown clamped, never undefined behaviour.
  CHECK(format_number(-1e300, 1) == "-900,000,000,000,000,000.0");
  CHECK(format_number(std::nan(""), 1) == "0.0");
}

TEST_CASE("figures: percent, points, signed and money") {
  CHECK(format_percent(5.08071) == "5.08%");
  CHECK(format_percent(62.5, 0) == "63%");
  CHECK(format_pp(1.15665) == "1.16pp");
  CHECK(format_pp(-0.9614) == "-0.96pp");
  CHECK(format_signed(1375) == "+1,375");
  CHECK(format_signed(0) == "0");
  CHECK(format_signed_percent(4.9) == "+5%");
  CHECK(format_signed_percent(-10.8) == "-11%");
  CHECK(format_money(1234.5) == "£1,235");
  CHECK(format_money(1234.5, 2) == "£1,234.50");
  CHECK(format_money(-20, 0) == "-£20");
}
