#include <doctest/doctest.h>

#include "layout/layout_test_support.h"
#include "layout/margin_boxes.h"

namespace {
const char* kCss = "article { font-size: 10pt; line-height: 12pt; } @page { margin: 72pt; } ";

struct Span {
  double x0, x1, y;
  std::string text;
};
// The page furniture of page 1 in the band above (top) or below the text.
std::vector<Span> furniture(const layout_test::Result& r, bool top) {
  std::vector<Span> out;
  for (const auto& x : layout_test::runs(r.frames))
    if (x.page == 0 && x.run.tag == layout::kArtifact && (x.run.y < 72) == top)
      out.push_back({x.run.x, x.run.x + layout_test::width_of(x.run), x.run.y, x.run.text});
  return out;
}
}  // namespace

TEST_CASE("short margin boxes keep their own widths: left, centred, right") {
  auto r = layout_test::run("<article><p>x</p></article>",
                            std::string(kCss) + "@page { @top-left { content: 'L'; } @top-center { content: 'C'; } "
                                                "@top-right { content: 'R'; } }");
  auto f = furniture(r, true);
  REQUIRE(f.size() == 3);
  CHECK(f[0].text == "C");
  CHECK((f[0].x0 + f[0].x1) / 2 == doctest::Approx(595.28 / 2));
  CHECK(f[1].text == "L");
  CHECK(f[1].x0 == doctest::Approx(72));
  CHECK(f[2].text == "R");
  CHECK(f[2].x1 == doctest::Approx(595.28 - 72));
}

TEST_CASE("a long @top-left wraps in its share of the band and never runs into @top-center") {
  std::string title;
  for (int i = 0; i < 12; ++i) title += "Police and Crime Panel ";
  auto r = layout_test::run("<article><p>x</p></article>",
                            std::string(kCss) + "@page { @top-left { content: '" + title +
                                "'; font-size: 8pt; } @top-center { content: 'Agenda'; } "
                                "@bottom-left { content: '" + title + "'; } @bottom-right { content: 'Page ' counter(page); } }");
  for (bool top : {true, false}) {
    CAPTURE(top);
    auto f = furniture(r, top);
    REQUIRE(f.size() > 2);  // the long box took several lines
    const Span* other = nullptr;
    for (const Span& s : f)
      if (s.text == "Agenda" || s.text == "Page 1") other = &s;
    REQUIRE(other);
    for (const Span& s : f) {
      if (&s == other) continue;
      CHECK(s.x0 == doctest::Approx(72));
      CHECK(s.x1 <= other->x0 - layout::kMarginBoxGap + 0.01);  // clear of the other box
      CHECK(s.y > 0);
      CHECK(s.y < (top ? 72 : 841.89));
    }
  }
  CHECK(r.diags.all().empty());
}

TEST_CASE("margin box text that does not fit the band's height ends in an ellipsis") {
  std::string title;
  for (int i = 0; i < 40; ++i) title += "Police and Crime Panel ";
  auto r = layout_test::run("<article><p>x</p></article>",
                            std::string(kCss) + "@page { @top-left { content: '" + title +
                                "'; font-size: 8pt; } @top-right { content: 'Agenda'; } }");
  // The 72pt band holds 8 lines of 8pt type (8.94pt each).
  auto f = furniture(r, true);
  REQUIRE(f.size() == 9);
  int ellipses = 0;
  for (const Span& s : f) {
    CHECK(s.y > 0);
    CHECK(s.y < 72);
    if (s.text.size() >= 3 && s.text.substr(s.text.size() - 3) == "\u2026") ++ellipses;
  }
  CHECK(ellipses == 1);
}

TEST_CASE("a character missing from the font in a margin box is a warning at the content declaration") {
  layout::LayoutOptions o;
  o.title = "Panel \xe2\x9c\x93";
  auto r = layout_test::run("<article><p>x</p></article>",
                            std::string(kCss) + "\n@page {\n  @top-left { content: 'Draft \xe4\xb8\xad'; }\n"
                                                "  @top-right { content: string(title); } }",
                            o);
  REQUIRE(r.diags.all().size() == 2);
  CHECK(r.diags.all()[0].pos.str() == "test.css:3:15");
  CHECK(r.diags.all()[0].message ==
        "character '\xe4\xb8\xad' (U+4E2D) in the @top-left margin box is not in the font Liberation Sans "
        "(it prints as a blank box)");
  CHECK(r.diags.all()[1].pos.str() == "paper.html");
  CHECK(r.diags.all()[1].message ==
        "character '\xe2\x9c\x93' (U+2713) in the running title (string(title) in @top-right) is not in the font "
        "Liberation Sans (it prints as a blank box)");
}

TEST_CASE("string(mark) prints the mark given for a range of pages and nothing elsewhere") {
  layout::Frames frames;
  frames.pages.resize(3);
  style::StyleSheet sheet;
  panelpack::Diagnostics diags;
  sheet.parse("@page { margin: 72pt; @top-left { content: string(mark); } @top-right { content: string(title); } }",
              "test.css", diags);
  layout::add_margin_boxes(frames, sheet, layout_test::shared_fonts(), {"Agenda", ""}, 1, diags, "paper.html", {0, 1});
  layout::add_margin_boxes(frames, sheet, layout_test::shared_fonts(), {"Exempt report", "NOT FOR PUBLICATION"}, 1,
                           diags, "paper.html", {1, -1});
  auto texts = [&](int page) {
    std::vector<std::string> out;
    for (const auto& item : frames.pages[page].items)
      if (auto* run = std::get_if<layout::TextRun>(&item)) out.push_back(run->text);
    std::sort(out.begin(), out.end());
    return out;
  };
  CHECK(texts(0) == std::vector<std::string>{"Agenda"});
  CHECK(texts(1) == std::vector<std::string>{"Exempt report", "NOT FOR PUBLICATION"});
  CHECK(texts(2) == std::vector<std::string>{"Exempt report", "NOT FOR PUBLICATION"});
  CHECK(diags.all().empty());
}
