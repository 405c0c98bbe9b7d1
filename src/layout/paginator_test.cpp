#include <doctest/doctest.h>

#include "layout/layout_test_support.h"

namespace {
// 10pt text on 12pt lines: a page of 697.9pt holds 58 lines.
const char* kCss = "article { font-size: 10pt; line-height: 12pt; } p, h2 { margin: 0; } h2 { font-size: 10pt; }";

std::string lines(int n, const std::string& word = "line") {
  std::string s;
  for (int i = 1; i <= n; ++i) s += "<p>" + word + " " + std::to_string(i) + "</p>";
  return s;
}

// A paragraph of exactly `n` lines (one <br/> per line).
std::string para(int n, const std::string& word) {
  std::string s = "<p>";
  for (int i = 1; i <= n; ++i) s += word + " " + std::to_string(i) + (i < n ? "<br/>" : "");
  return s + "</p>";
}

const double kFirstBaseline = 72 + 9.05 + (12 - 11.17) / 2;
}  // namespace

TEST_CASE("58 lines fill a page and the 59th starts the next") {
  auto r = layout_test::run("<article>" + lines(59) + "</article>", kCss);
  REQUIRE(r.frames.pages.size() == 2);
  CHECK(r.has({"page 1 text", "'line 58'"}));
  auto l = r.lines({"page 2 text", "'line 59'"});
  REQUIRE(l.size() == 1);
  CHECK(l[0].find("text 72.0,81.5 ") != std::string::npos);
}

TEST_CASE("a heading at the foot of a page moves to the next page with its paragraph") {
  auto r = layout_test::run("<article>" + lines(57) + "<h2>Performance</h2>" + para(4, "body") + "</article>", kCss);
  REQUIRE(r.frames.pages.size() == 2);
  auto h = r.lines({"text", "'Performance'"});
  REQUIRE(h.size() == 1);
  CHECK(h[0].rfind("page 2 text 72.0,81.5 ", 0) == 0);
  CHECK(r.has({"page 2 text", "'body 1'"}));
  CHECK(r.has({"page 1 text", "'line 57'"}));
  CHECK(r.has({"bookmark 2 'Performance' page 2 y 72.0"}));
}

TEST_CASE("orphans: a paragraph that would leave one line behind moves whole") {
  auto r = layout_test::run("<article>" + lines(57) + para(5, "body") + "</article>", kCss);
  CHECK(r.has({"page 2 text", "'body 1'"}));
  CHECK(r.lines({"page 1 text", "'body"}).empty());
}

TEST_CASE("widows: at least two (or as many as asked) lines go over together") {
  SUBCASE("default 2: three lines stay, two go over") {
    auto r = layout_test::run("<article>" + lines(55) + para(5, "body") + "</article>", kCss);
    CHECK(r.has({"page 1 text", "'body 3'"}));
    CHECK(r.has({"page 2 text 72.0,81.5", "'body 4'"}));
  }
  SUBCASE("widows: 3 takes a line more over") {
    auto r = layout_test::run("<article>" + lines(55) + para(5, "body") + "</article>",
                              std::string(kCss) + " p { widows: 3; }");
    CHECK(r.has({"page 1 text", "'body 2'"}));
    CHECK(r.has({"page 2 text 72.0,81.5", "'body 3'"}));
  }
}

TEST_CASE("a forced break starts a new page and keeps the margin after it") {
  auto r = layout_test::run("<article><p>one</p><p class='pb'>two</p></article>",
                            std::string(kCss) + " .pb { break-before: page; margin-top: 10pt; }");
  REQUIRE(r.frames.pages.size() == 2);
  CHECK(r.has({"page 2 text 72.0,91.5 'two'"}));
}

TEST_CASE("margins vanish at the top of a page after an unforced break") {
  auto r = layout_test::run("<article>" + lines(58) + "<p class='m'>next</p></article>",
                            std::string(kCss) + " .m { margin-top: 30pt; }");
  CHECK(r.has({"page 2 text 72.0,81.5 'next'"}));
}

TEST_CASE("break-before: right starts on an odd page, padding with a blank page that says so") {
  auto r = layout_test::run("<article><p>cover</p><section class='item'><p>item 1</p></section>"
                            "<section class='item'><p>item 2</p>" + lines(60, "more") + "</section>"
                            "<section class='item'><p>item 3</p></section></article>",
                            std::string(kCss) + " .item { break-before: right; }");
  REQUIRE(r.frames.pages.size() == 7);
  CHECK(r.has({"page 1 text", "'cover'"}));
  CHECK(r.has({"page 2 text", "'This page is intentionally left blank'", "artifact"}));
  CHECK(r.has({"page 3 text", "'item 1'"}));
  CHECK(r.has({"page 4 text", "'This page is intentionally left blank'"}));
  CHECK(r.has({"page 5 text", "'item 2'"}));
  CHECK(r.has({"page 6 text", "'more 60'"}));
  CHECK(r.has({"page 7 text", "'item 3'"}));
  CHECK(r.lines({"intentionally left blank"}).size() == 2);
}

TEST_CASE("margin boxes: page x of y, the running title, and a different first page") {
  layout::LayoutOptions o;
  o.title = "Police and Crime Panel, 20 January 2025";
  auto r = layout_test::run("<article>" + lines(120) + "</article>",
                            std::string(kCss) + R"(
    @page { @top-left { content: string(title); font-size: 8pt; color: #505a5f; }
            @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 9pt; } }
    @page :first { @top-left { content: none; } })",
                            o);
  REQUIRE(r.frames.pages.size() == 3);
  CHECK(r.lines({"'Police and Crime Panel, 20 January 2025'"}).size() == 2);
  CHECK(r.lines({"page 1 text", "'Police and Crime Panel"}).empty());
  auto footer = r.lines({"page 2 text", "'Page 2 of 3'", "9.0pt", "artifact"});
  REQUIRE(footer.size() == 1);
  // Right-aligned at the right margin, centred in the bottom margin band.
  auto rs = layout_test::runs(r.frames);
  for (const auto& x : rs)
    if (x.run.text == "Page 2 of 3") {
      CHECK(x.run.x + layout_test::width_of(x.run) == doctest::Approx(layout_test::kRight));
      CHECK(x.run.y == doctest::Approx(841.89 - 36 - 9 * 1.117 / 2 + 9 * 0.905).epsilon(0.001));
    }
  CHECK(r.has({"page 2 text", "'Police and Crime Panel, 20 January 2025'", "8.0pt", "#505a5f", "artifact"}));
}

TEST_CASE("page numbers can start later in a pack") {
  layout::LayoutOptions o;
  o.first_page_number = 5;
  auto r = layout_test::run("<article>" + lines(70) + "</article>",
                            std::string(kCss) + " @page { @bottom-center { content: counter(page) '/' counter(pages); } }", o);
  CHECK(r.has({"page 1 text", "'5/6'"}));
  CHECK(r.has({"page 2 text", "'6/6'"}));
}

TEST_CASE("@page size and margins, and a different first-page top margin") {
  auto r = layout_test::run("<article>" + lines(80) + "</article>",
                            std::string(kCss) + " @page { size: A4 landscape; margin: 20mm; } @page :first { margin-top: 50mm; }");
  REQUIRE(r.frames.pages.size() >= 2);
  CHECK(r.frames.pages[0].width == doctest::Approx(841.89));
  CHECK(r.frames.pages[0].height == doctest::Approx(595.28));
  CHECK(r.has({"page 1 text 56.7,151.2 'line 1'"}));
  CHECK(r.has({"page 2 text 56.7,66.2 "}));
}

TEST_CASE("a box spanning two pages is drawn on both, open at the break") {
  auto r = layout_test::run("<article>" + lines(50) + "<div class='exempt'>" + lines(20, "secret") + "</div></article>",
                            std::string(kCss) + " .exempt { border: 2pt solid #d4351c; background-color: #fdf0ee; padding: 4pt; }");
  // Background on both pages; the top border only on page 1, the bottom only on page 2.
  CHECK(r.has({"page 1 rect 72.0,672.0 ", "fill=#fdf0ee"}));
  CHECK(r.has({"page 2 rect 72.0,72.0 ", "fill=#fdf0ee"}));
  CHECK(r.lines({"page 1 rect", "451.3x2.0 fill=#d4351c"}).size() == 1);
  CHECK(r.lines({"page 2 rect", "451.3x2.0 fill=#d4351c"}).size() == 1);
  CHECK(r.lines({"page 1 rect", "2.0x", "fill=#d4351c"}).size() == 2);
  CHECK(r.lines({"page 2 rect", "2.0x", "fill=#d4351c"}).size() == 2);
  CHECK(r.has({"page 1 text 78.0,", "'secret 1'"}));
}

TEST_CASE("break-inside: avoid moves a block that fits on one page") {
  auto r = layout_test::run("<article>" + lines(50) + "<div class='keep'>" + lines(10, "kept") + "</div></article>",
                            std::string(kCss) + " .keep { break-inside: avoid; }");
  CHECK(r.has({"page 2 text 72.0,81.5 'kept 1'"}));
  CHECK(r.lines({"page 1 text", "'kept"}).empty());
}

TEST_CASE("break-inside: avoid holds for a bordered box and for boxes inside it") {
  auto r = layout_test::run("<article>" + lines(50) + "<div class='keep'><div class='inner'>" + lines(4, "a") +
                                "</div>" + lines(4, "b") + "</div></article>",
                            std::string(kCss) + " .keep { break-inside: avoid; border: 1pt solid black; padding: 4pt; }"
                                                " .inner { break-inside: avoid; }");
  CHECK(r.lines({"page 1 text", "'a "}).empty());
  CHECK(r.lines({"page 1 text", "'b "}).empty());
  CHECK(r.lines({"page 2 text", "'a "}).size() == 4);
  CHECK(r.lines({"page 2 rect", "fill=#000000"}).size() == 4);
}

TEST_CASE("a row taller than a page starts on the page it reaches, not on a new one") {
  std::string cell;
  for (int i = 1; i <= 80; ++i) cell += "row line " + std::to_string(i) + "<br/>";
  auto r = layout_test::run("<article>" + lines(20) + "<table><tr><td>" + cell + "</td></tr></table></article>",
                            std::string(kCss) + " td { padding: 0; }");
  // 20 lines, then the row's first 38 lines fill page 1; the other 42 go to page 2.
  REQUIRE(r.frames.pages.size() == 2);
  CHECK(r.has({"page 1 text", "'line 20'"}));
  CHECK(r.has({"page 1 text", "'row line 1'"}));
  CHECK(r.has({"page 2 text", "'row line 80'"}));
  for (int i = 1; i <= 80; ++i) CHECK(r.lines({"'row line " + std::to_string(i) + "'"}).size() == 1);
  for (const auto& x : layout_test::runs(r.frames)) CHECK(x.run.y <= layout_test::kBottom);
}

TEST_CASE("a row that fits on a page of its own still moves there whole") {
  std::string cell;
  for (int i = 1; i <= 40; ++i) cell += "row line " + std::to_string(i) + "<br/>";
  auto r = layout_test::run("<article>" + lines(30) + "<table><tr><td>" + cell + "</td></tr></table></article>",
                            std::string(kCss) + " td { padding: 0; }");
  REQUIRE(r.frames.pages.size() == 2);
  CHECK(r.has({"page 2 text", "'row line 1'"}));
}
