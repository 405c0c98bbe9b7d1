#include <doctest/doctest.h>

#include "layout/block_layout.h"
#include "layout/layout_test_support.h"

namespace {
const char* kCss = "article { font-size: 10pt; line-height: 12pt; } div { padding-left: 100pt; }";
}

TEST_CASE("padding that leaves almost no room keeps the content 36pt wide, inside the page, with one warning") {
  std::string html = "<article>\n";
  for (int i = 0; i < 6; ++i) html += "<div>";
  html += "deep text that wraps";
  for (int i = 0; i < 6; ++i) html += "</div>";
  html += "\n<div><div><div><div><div>second</div></div></div></div></div></article>";
  auto r = layout_test::run(html, kCss);
  REQUIRE(r.diags.all().size() == 1);
  const auto& d = r.diags.all()[0];
  CHECK(d.pos.str() == "paper.html:2:21");  // the fifth <div>: 451.3pt - 5 x 100pt
  CHECK(d.message == "the margins, borders and padding of <div> and the blocks around it leave less than 36pt for "
                     "their content (-48.7pt left; it is laid out 36pt wide instead)");
  CHECK(d.hint == "nest fewer blocks, or give them less padding or margin");
  for (const auto& x : layout_test::runs(r.frames)) {
    CAPTURE(x.run.text);
    CHECK(x.run.x >= layout_test::kRight - layout::kMinContentWidth - 0.01);
    CHECK(x.run.x + layout_test::width_of(x.run) <= layout_test::kRight + 0.01);
  }
  CHECK(r.frames.pages.size() == 1);
}
