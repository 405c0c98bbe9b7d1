#include "fonts/font_registry.h"

#include <doctest/doctest.h>

TEST_CASE("family lists resolve to the Liberation faces") {
  fonts::FontRegistry reg;
  CHECK(reg.resolve("Arial, sans-serif").family == "Liberation Sans");
  CHECK(reg.resolve("'Times New Roman', serif").family == "Liberation Serif");
  CHECK(reg.resolve("Frutiger, Helvetica").family == "Liberation Sans");
  CHECK(reg.resolve("Frutiger, Helvetica").known);
  CHECK_FALSE(reg.resolve("Frutiger").known);
  CHECK(reg.resolve("monospace").family == "Liberation Mono");
  CHECK(reg.path("Liberation Sans", true, true) ==
        "/usr/share/fonts/truetype/liberation/LiberationSans-BoldItalic.ttf");
  CHECK(reg.path("Comic", false, false).empty());
}

TEST_CASE("faces load once and give Arial-compatible metrics") {
  fonts::FontRegistry reg;
  const fonts::FontFace* f = reg.face("Liberation Sans", false, false);
  REQUIRE(f);
  CHECK(reg.face("Liberation Sans", false, false) == f);
  CHECK(f->ascender() == doctest::Approx(0.905).epsilon(0.001));
  CHECK(f->descender() == doctest::Approx(0.212).epsilon(0.001));
  // Arial's advances: space 569/2048, 'a' 1139/2048, 'W' 1933/2048.
  CHECK(f->advance_em(' ') == doctest::Approx(569.0 / 2048));
  CHECK(f->width("aW", 10) == doctest::Approx(10 * (1139.0 + 1933.0) / 2048));
  CHECK(f->width("\xc2\xa3", 10) == doctest::Approx(f->advance_em(0xa3) * 10));  // £
  const fonts::FontFace* b = reg.face("Liberation Sans", true, false);
  REQUIRE(b);
  CHECK(b->width("a", 10) > 0);
  CHECK(b->path() != f->path());
}

TEST_CASE("missing glyphs are reported") {
  fonts::FontRegistry reg;
  const fonts::FontFace* f = reg.face("Liberation Sans", false, false);
  REQUIRE(f);
  CHECK(f->has_glyph(U'\u2022'));  // bullet
  CHECK(f->has_glyph(U'\u2013'));  // en dash
  CHECK_FALSE(f->has_glyph(U'\u4e2d'));  // a CJK ideograph
  CHECK_FALSE(f->has_glyph(U'\U0001F600'));  // an emoji
  CHECK(f->width("\xe4\xb8\xad", 10) == doctest::Approx(5));  // counted as half an em
}

TEST_CASE("a missing font file is a reason, not a crash") {
  fonts::FontRegistry reg("/nonexistent");
  std::string why;
  CHECK(reg.face("Liberation Sans", false, false, &why) == nullptr);
  CHECK(why == "cannot open /nonexistent/LiberationSans-Regular.ttf");
}

TEST_CASE("a long text is measured as the sum of its words") {
  // How fast this is is a benchmark (panelpack_bench --speed-checks), not a test.
  fonts::FontRegistry reg;
  const fonts::FontFace* f = reg.face("Liberation Sans", false, false);
  REQUIRE(f);
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "The quick brown fox £12 ";
  CHECK(f->width(text, 11) == doctest::Approx(20000 * f->width("The quick brown fox £12 ", 11)));
}
