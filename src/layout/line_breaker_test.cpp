#include <doctest/doctest.h>

#include "layout/layout_test_support.h"

using layout_test::kLeft;
using layout_test::kRight;

namespace {
const char* kCss = "article { font-size: 10pt; line-height: 12pt; } p { margin: 0 0 6pt; }";
}

TEST_CASE("paragraphs break at spaces into lines that never overflow") {
  std::string words;
  for (int i = 0; i < 200; ++i) words += "committee ";
  auto r = layout_test::run("<article><p>" + words + "</p></article>", kCss);
  auto rs = layout_test::runs(r.frames);
  // "committee " is 48.9pt at 10pt: nine words fit in 451.28pt, so 200 words make 23 lines.
  REQUIRE(rs.size() == 23);
  for (const auto& x : rs) CHECK(x.run.x + layout_test::width_of(x.run) <= kRight + 0.01);
  CHECK(rs[0].run.y == doctest::Approx(72 + 0.905 * 10 + (12 - 11.17) / 2).epsilon(0.001));
  CHECK(rs[1].run.y - rs[0].run.y == doctest::Approx(12));
  CHECK(rs[0].run.text == "committee committee committee committee committee committee committee committee committee");
}

TEST_CASE("a 3,000-character word is broken between characters without overflow") {
  std::string word(3000, 'x');
  auto r = layout_test::run("<article><p>See " + word + " here.</p></article>", kCss);
  CHECK(r.diags.all().empty());
  auto rs = layout_test::runs(r.frames);
  std::size_t xs = 0;
  for (const auto& x : rs) {
    CHECK(x.run.x >= kLeft - 0.01);
    CHECK(x.run.x + layout_test::width_of(x.run) <= kRight + 0.01);
    xs += static_cast<std::size_t>(std::count(x.run.text.begin(), x.run.text.end(), 'x'));
  }
  CHECK(xs == 3000);
  // 'x' is 5pt wide at 10pt: 90 to a line, so "See" stays alone on the first line.
  CHECK(rs[0].run.text == "See");
  CHECK(rs[1].run.text == std::string(90, 'x'));
  CHECK(rs.size() == 1 + 34);
}

TEST_CASE("a long URL in a link is broken and stays one link") {
  std::string url = "https://www.example.org/" + std::string(200, 'a') + "/report.pdf";
  auto r = layout_test::run("<article><p><a href='" + url + "'>" + url + "</a></p></article>", kCss);
  auto links = r.frames.pages[0].links;
  REQUIRE(links.size() >= 2);
  for (const auto& l : links) {
    CHECK(l.uri == url);
    CHECK(l.x + l.w <= kRight + 0.01);
  }
  CHECK(r.frames.structure[links[0].tag].role == layout::Role::Link);
}

TEST_CASE("justified lines are flush at both edges, the last line is not") {
  std::string text;
  for (int i = 0; i < 60; ++i) text += "the panel noted ";
  auto r = layout_test::run("<article><p>" + text + "</p></article>",
                            std::string(kCss) + " p { text-align: justify; }");
  auto rs = layout_test::runs(r.frames);
  std::map<double, std::pair<double, double>> lines;  // baseline -> leftmost x, rightmost end
  for (const auto& x : rs) {
    auto& e = lines.try_emplace(x.run.y, 1e9, 0).first->second;
    e.first = std::min(e.first, x.run.x);
    e.second = std::max(e.second, x.run.x + layout_test::width_of(x.run));
  }
  REQUIRE(lines.size() >= 3);
  auto last = std::prev(lines.end());
  for (auto it = lines.begin(); it != last; ++it) {
    CHECK(it->second.first == doctest::Approx(kLeft));
    CHECK(it->second.second == doctest::Approx(kRight).epsilon(0.0001));
  }
  CHECK(last->second.second < kRight - 20);
  // Justified words are placed one by one.
  CHECK(r.lines({"'the'"}).size() > 10);
}

TEST_CASE("non-breaking spaces keep words together") {
  // 'Police and Crime Panel meeting on 20 January' with a no-break space
  // before January: at 150pt wide the break must fall before "20".
  auto r = layout_test::run("<article><p>Police and Crime Panel meeting on 20\xc2\xa0January</p></article>",
                            std::string(kCss) + " p { width: 170pt; }");
  auto rs = layout_test::runs(r.frames);
  REQUIRE(rs.size() == 2);
  CHECK(rs[0].run.text == "Police and Crime Panel meeting on");
  CHECK(rs[1].run.text == "20\xc2\xa0January");
}

TEST_CASE("bold, italic and bold italic runs keep their faces and white space collapses") {
  auto r = layout_test::run("<article><p>Plain  <strong>bold\n  <em>both</em></strong> <i>italic</i></p></article>", kCss);
  auto rs = layout_test::runs(r.frames);
  REQUIRE(rs.size() == 5);
  CHECK(rs[0].run.text == "Plain ");
  CHECK(rs[1].run.text == "bold ");
  CHECK(rs[1].run.font.bold);
  CHECK(rs[2].run.text == "both");
  CHECK((rs[2].run.font.bold && rs[2].run.font.italic));
  CHECK(rs[3].run.text == " ");
  CHECK(rs[4].run.text == "italic");
  CHECK((rs[4].run.font.italic && !rs[4].run.font.bold));
  CHECK(rs[1].run.x == doctest::Approx(kLeft + layout_test::width_of(rs[0].run)));
}

TEST_CASE("right and centre alignment, and <br> starts a new line") {
  auto r = layout_test::run("<article><p class='r'>Total</p><p class='c'>Agenda<br/>Part 1</p></article>",
                            std::string(kCss) + " .r { text-align: right; } .c { text-align: center; }");
  auto rs = layout_test::runs(r.frames);
  REQUIRE(rs.size() == 3);
  CHECK(rs[0].run.x + layout_test::width_of(rs[0].run) == doctest::Approx(kRight));
  CHECK(rs[1].run.x + layout_test::width_of(rs[1].run) / 2 == doctest::Approx((kLeft + kRight) / 2));
  CHECK(rs[2].run.text == "Part 1");
  CHECK(rs[2].run.y - rs[1].run.y == doctest::Approx(12));
}

TEST_CASE("a character missing from the font is a warning naming it and its line") {
  auto r = layout_test::run("<article>\n<p>Rate \xe4\xb8\xad here</p>\n</article>", kCss);
  REQUIRE(r.diags.all().size() == 1);
  CHECK(r.diags.all()[0].severity == panelpack::Severity::warning);
  CHECK(r.diags.all()[0].pos.str() == "paper.html:2:1");
  CHECK(r.diags.all()[0].message ==
        "character '\xe4\xb8\xad' (U+4E2D) is not in the font Liberation Sans (it prints as a blank box)");
}

TEST_CASE("underlined links get a rule under the text and an annotation over it") {
  auto r = layout_test::run("<article><p>See <a href='#minutes'>the minutes</a>.</p><p id='minutes'>M</p></article>",
                            std::string(kCss) + " a { color: #1d70b8; }");
  CHECK(r.has({"page 1 text", "'the minutes'", "#1d70b8", "Link#"}));
  CHECK(r.has({"page 1 rect", "fill=#1d70b8", "artifact"}));
  CHECK(r.has({"page 1 link", "-> #minutes", "Link#"}));
  CHECK(r.has({"dest minutes page 1"}));
}

TEST_CASE("an inline background (a RAG badge) is drawn behind its text; an inline border is a warning") {
  auto r = layout_test::run("<article>\n<p>Status: <span class='rag amber'>Amber <b>now</b></span></p>\n"
                            "<p><span class='boxed'>x</span></p></article>",
                            std::string(kCss) + " .amber { background-color: #ffbf00; } .boxed { border: 1pt solid red; }");
  auto amber = r.lines({"page 1 rect", "fill=#ffbf00", "artifact"});
  REQUIRE(amber.size() == 2);  // behind "Amber " and behind "now"
  auto all = r.lines({"page 1 "});
  auto at = [&](const std::string& needle) {
    for (std::size_t i = 0; i < all.size(); ++i)
      if (all[i].find(needle) != std::string::npos) return i;
    return all.size();
  };
  CHECK(at("fill=#ffbf00") < at("'Amber '"));
  REQUIRE(r.diags.all().size() == 1);
  CHECK(r.diags.all()[0].pos.str() == "paper.html:3:4");
  CHECK(r.diags.all()[0].message ==
        "borders, padding and margins of inline <span> are not drawn in the PDF (only its background is)");
}
