#include "layout/fragment_split.h"

#include <doctest/doctest.h>

namespace {
layout::TextRun line(double x, double baseline) {
  layout::TextRun r;
  r.x = x;
  r.y = baseline;
  r.text = "x";
  r.size = 10;
  return r;
}
}  // namespace

TEST_CASE("a row is cut between lines; a straddling line moves whole; backgrounds are clipped") {
  layout::Fragment f;
  f.height = 100;
  f.splittable = true;
  // Two cells whose lines do not line up: 12pt lines in one, 15pt in the other.
  f.body.items.reserve(14);
  for (int i = 0; i < 8; ++i) f.body.items.emplace_back(std::in_place_type<layout::TextRun>, line(0, 10 + 12 * i));
  for (int i = 0; i < 6; ++i) f.body.items.emplace_back(std::in_place_type<layout::TextRun>, line(100, 11 + 15 * i));
  layout::Rect background;
  background.w = 200;
  background.h = 100;
  background.fill = layout::Fill{};
  f.body.decor.push_back(background);
  layout::Fragment a, b;
  REQUIRE(layout::split_fragment(f, 50, &a, &b));
  CHECK(a.height == 50);
  // Kept: lines whose descent ends by 50 (baselines 10, 22, 34, 46 and 11, 26, 41).
  CHECK(a.body.items.size() == 7);
  // The rest starts at the highest line that went over (baseline 56, top 46.95).
  double resume = 56 - 9.05;
  CHECK(b.height == doctest::Approx(100 - resume));
  CHECK(b.body.items.size() == 7);
  CHECK(std::get<layout::TextRun>(b.body.items[0]).y == doctest::Approx(58 - resume));
  REQUIRE(a.body.decor.size() == 1);
  CHECK(a.body.decor[0].h == 50);
  REQUIRE(b.body.decor.size() == 1);
  CHECK(b.body.decor[0].h == doctest::Approx(100 - resume));
  CHECK(b.break_allowed);
}

TEST_CASE("a fragment whose first line is taller than the limit cannot be split") {
  layout::Fragment f;
  f.height = 40;
  f.body.items.emplace_back(std::in_place_type<layout::TextRun>, line(0, 30));
  layout::Fragment a, b;
  CHECK_FALSE(layout::split_fragment(f, 20, &a, &b));
}
