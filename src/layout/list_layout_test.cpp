#include <doctest/doctest.h>

#include "layout/layout_test_support.h"

namespace {
const char* kCss = R"(
@counter-style paren-lower-roman { system: extends lower-roman; prefix: "("; suffix: ") "; }
@counter-style paren-lower-alpha { system: extends lower-alpha; prefix: "("; suffix: ") "; }
article { font-size: 10pt; line-height: 12pt; }
ul, ol { margin: 0; padding-left: 20pt; }
ol.resolutions { list-style-type: paren-lower-roman; }
ol.sub { list-style-type: paren-lower-alpha; }
)";

double marker_end(const layout::TextRun& marker) {
  layout::TextRun space;
  space.text = " ";
  space.size = marker.size;
  return marker.x + layout_test::width_of(marker) + layout_test::width_of(space);
}
}  // namespace

TEST_CASE("a list nested three deep with (i) and (a) markers and hanging indents") {
  auto r = layout_test::run(R"(<article><ol class="resolutions">
      <li>RESOLVED that the report be noted;</li>
      <li>that the Commissioner:
        <ol class="sub">
          <li>reports back;
            <ul><li>in March</li><li>in writing</li></ul>
          </li>
          <li>publishes the plan.</li>
        </ol>
      </li>
    </ol></article>)", kCss);
  CHECK(r.diags.all().empty());
  auto rs = layout_test::runs(r.frames);
  std::vector<std::string> texts;
  for (const auto& x : rs) texts.push_back(x.run.text);
  std::vector<std::string> want = {"(i)", "RESOLVED that the report be noted;", "(ii)", "that the Commissioner:",
                                   "(a)", "reports back;", "\u25aa", "in March", "\u25aa", "in writing",
                                   "(b)", "publishes the plan."};
  CHECK(texts == want);
  // A list inside two others gets squares, as in browsers.
  // Each level's text starts 20pt further in; its marker ends a space before the text.
  CHECK(rs[1].run.x == doctest::Approx(92));
  CHECK(marker_end(rs[0].run) == doctest::Approx(92));
  CHECK(marker_end(rs[2].run) == doctest::Approx(92));
  CHECK(rs[5].run.x == doctest::Approx(112));
  CHECK(marker_end(rs[4].run) == doctest::Approx(112));
  CHECK(rs[7].run.x == doctest::Approx(132));
  CHECK(marker_end(rs[6].run) == doctest::Approx(132));
  // Markers sit on their item's first baseline.
  for (int i : {0, 2, 4, 6, 8, 10}) CHECK(rs[i].run.y == doctest::Approx(rs[i + 1].run.y));
  // Tagged as L > LI > (Lbl, LBody).
  const auto& s = r.frames.structure;
  CHECK(s[rs[0].run.tag].role == layout::Role::Lbl);
  CHECK(s[rs[1].run.tag].role == layout::Role::LBody);
  CHECK(s[s[rs[1].run.tag].parent].role == layout::Role::LI);
  CHECK(s[s[s[rs[1].run.tag].parent].parent].role == layout::Role::L);
  // The bullet list sits three L elements deep.
  int depth = 0;
  for (layout::StructId t = rs[7].run.tag; t >= 0; t = s[t].parent)
    if (s[t].role == layout::Role::L) ++depth;
  CHECK(depth == 3);
}

TEST_CASE("ordered lists count from start and value, in decimal and letters") {
  auto r = layout_test::run(
      "<article><ol start='4'><li>four</li><li>five</li><li value='9'>nine</li></ol>"
      "<ol class='alpha'><li>a</li><li>b</li></ol><ul class='none'><li>plain</li></ul></article>",
      std::string(kCss) + " ol.alpha { list-style-type: upper-alpha; } ul.none { list-style-type: none; }");
  CHECK(r.has({"'4.'", "Lbl#"}));
  CHECK(r.has({"'5.'"}));
  CHECK(r.has({"'9.'"}));
  CHECK(r.has({"'A.'"}));
  CHECK(r.has({"'B.'"}));
  auto rs = layout_test::runs(r.frames);
  CHECK(rs.back().run.text == "plain");
  CHECK(rs[rs.size() - 3].run.text == "B.");
  CHECK(rs[rs.size() - 2].run.text == "b");
}

TEST_CASE("a list starting at the largest int counts on from a clamped number (found by fuzzing)") {
  auto r = layout_test::run("<article><ol start='2147483647'><li>a</li><li>b</li></ol>"
                            "<ol><li value='-2147483648'>c</li><li>d</li></ol></article>",
                            kCss);
  CHECK(r.has({"'1000000000.'"}));
  CHECK(r.has({"'1000000001.'"}));
  CHECK(r.has({"'-1000000000.'"}));
}

TEST_CASE("a list item's later lines hang at the text, not under the marker") {
  std::string text;
  for (int i = 0; i < 30; ++i) text += "word ";
  auto r = layout_test::run("<article><ol><li>" + text + "</li></ol></article>", kCss);
  auto rs = layout_test::runs(r.frames);
  REQUIRE(rs.size() >= 3);
  CHECK(rs[0].run.text == "1.");
  CHECK(rs[1].run.x == doctest::Approx(92));
  CHECK(rs[2].run.x == doctest::Approx(92));
  CHECK(rs[2].run.y > rs[1].run.y);
}

TEST_CASE("empty list items keep their markers on lines of their own") {
  auto r = layout_test::run(
      "<article><ol><li></li><li></li><li>three</li></ol><ul><li><p></p></li></ul><p>after</p></article>", kCss);
  auto rs = layout_test::runs(r.frames);
  std::vector<std::string> texts;
  for (const auto& x : rs) texts.push_back(x.run.text);
  CHECK(texts == std::vector<std::string>{"1.", "2.", "3.", "three", "\u2022", "after"});
  // One 12pt line each: the bullet's empty item does not share "after"'s line.
  CHECK(rs[1].run.y == doctest::Approx(rs[0].run.y + 12));
  CHECK(rs[2].run.y == doctest::Approx(rs[1].run.y + 12));
  CHECK(rs[5].run.y > rs[4].run.y + 11);
}

TEST_CASE("an item that starts with a list shows both markers on its first line") {
  auto r = layout_test::run("<article><ol><li>one</li><li><ul><li>nested</li></ul></li></ol></article>", kCss);
  auto two = r.lines({"'2.'"}), bullet = r.lines({"'\u25e6'"}), nested = r.lines({"'nested'"});
  REQUIRE(two.size() == 1);
  REQUIRE(bullet.size() == 1);
  REQUIRE(nested.size() == 1);
  auto y = [](const std::string& line) { return line.substr(line.find(',') + 1, 5); };
  CHECK(y(two[0]) == y(nested[0]));
  CHECK(y(bullet[0]) == y(nested[0]));
}

TEST_CASE("the marker of an item that starts with a table sits on the first row's line") {
  auto r = layout_test::run("<article><ol><li><table><tr><td style='padding: 6pt'>cell</td></tr></table></li></ol></article>",
                            kCss);
  auto rs = layout_test::runs(r.frames);
  REQUIRE(rs.size() == 2);
  CHECK(rs[0].run.text == "1.");
  CHECK(rs[1].run.text == "cell");
  CHECK(rs[0].run.y == doctest::Approx(rs[1].run.y));
}

TEST_CASE("a marker wider than the list's indent starts at the content edge and moves the items' text right") {
  auto r = layout_test::run(
      "<article><ol start='3999' style='list-style-type: upper-roman'><li>last roman</li><li>decimal</li></ol>"
      "<ol class='resolutions' start='35'><li>thirty-five</li><li>thirty-six</li><li>thirty-seven</li></ol>"
      "<ol><li>short</li></ol></article>",
      kCss);
  CHECK(r.diags.all().empty());
  auto rs = layout_test::runs(r.frames);
  std::vector<std::string> texts;
  for (const auto& x : rs) texts.push_back(x.run.text);
  REQUIRE(texts == std::vector<std::string>{"MMMCMXCIX.", "last roman", "4000.", "decimal", "(xxxv)", "thirty-five",
                                            "(xxxvi)", "thirty-six", "(xxxvii)", "thirty-seven", "1.", "short"});
  // The widest marker of each list starts at the page's content edge, not in
  // its margin; every item's text moves right by the same amount, and each
  // marker still ends a space before its text.
  CHECK(rs[0].run.x == doctest::Approx(layout_test::kLeft));
  CHECK(rs[8].run.x == doctest::Approx(layout_test::kLeft));
  for (int i : {0, 2, 4, 6, 8}) {
    CHECK(rs[i].run.x >= layout_test::kLeft - 0.01);
    CHECK(marker_end(rs[i].run) == doctest::Approx(rs[i + 1].run.x));
  }
  CHECK(rs[1].run.x > 92);
  CHECK(rs[3].run.x == doctest::Approx(rs[1].run.x));
  CHECK(rs[5].run.x == doctest::Approx(rs[9].run.x));
  CHECK(rs[7].run.x == doctest::Approx(rs[9].run.x));
  // A list whose markers fit its indent is not moved.
  CHECK(rs[11].run.x == doctest::Approx(92));
}

TEST_CASE("in a table cell a wide marker starts at the cell's content edge, not over its border") {
  auto r = layout_test::run(
      "<article><table><tr><td style='padding: 0 4pt; border: 1pt solid black'>x</td>"
      "<td style='padding: 0 4pt; border: 1pt solid black'><ol start='3888' style='list-style-type: upper-roman'>"
      "<li>item</li></ol></td></tr></table></article>",
      kCss);
  auto rs = layout_test::runs(r.frames);
  REQUIRE(rs.size() == 3);
  REQUIRE(rs[1].run.text == "MMMDCCCLXXXVIII.");
  // The second cell's content starts 4.5pt (padding and half the border)
  // right of its left border line, which is at the first cell's right edge.
  double cell_left = rs[0].run.x + layout_test::width_of(rs[0].run) + 4 + 0.5 + 0.5 + 4;
  CHECK(rs[1].run.x == doctest::Approx(cell_left));
  CHECK(marker_end(rs[1].run) == doctest::Approx(rs[2].run.x));
}
