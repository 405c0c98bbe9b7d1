#include "pdf/content_stream.h"

#include <doctest/doctest.h>

#include <cmath>

TEST_CASE("numbers are written in their shortest form") {
  CHECK(pdf::format_number(12) == "12");
  CHECK(pdf::format_number(0.5) == "0.5");
  CHECK(pdf::format_number(-3.25) == "-3.25");
  CHECK(pdf::format_number(841.89 - 72) == "769.89");
  CHECK(pdf::format_number(0.05) == "0.05");
  CHECK(pdf::format_number(1.005, 3) == "1.005");
  CHECK(pdf::format_number(-0.001) == "0");
  CHECK(pdf::format_number(2.999) == "3");
  CHECK(pdf::format_number(0.1234, 3) == "0.123");
  CHECK(pdf::format_number(std::nan("")) == "0");  // never an invalid operand
  CHECK(pdf::format_number(1.0 / 0.0) == "0");
}

TEST_CASE("operators, operands and glyph strings") {
  pdf::ContentStream cs;
  cs.num(1).num(0.5, 3).num(0).op("rg");
  cs.glyphs({3, 0x41, 0xABCD}).op(" Tj");
  cs.raw("/P <</MCID 0>>").op(" BDC");
  CHECK(cs.str() == "1 0.5 0 rg\n<00030041ABCD> Tj\n/P <</MCID 0>> BDC\n");
}
