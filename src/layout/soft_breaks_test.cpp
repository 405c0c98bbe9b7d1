// Line breaking at the edges: white-space: nowrap lines too long for the
// page, soft hyphens, zero width spaces, word joiners, runs of no-break
// spaces, and decorations across justified spaces.
#include <doctest/doctest.h>

#include "layout/layout_test_support.h"

using layout_test::kLeft;
using layout_test::kRight;

namespace {
const char* kCss = "article { font-size: 10pt; line-height: 12pt; } p { margin: 0 0 6pt; }";

bool contains(const std::string& s, const char* part) { return s.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("a nowrap line wider than the page breaks at its spaces, not inside words") {
  std::string words;
  for (int i = 0; i < 30; ++i) words += "committee ";
  auto r = layout_test::run("<article><p style='white-space: nowrap'>" + words + "</p></article>", kCss);
  auto rs = layout_test::runs(r.frames);
  // Nine "committee " fit in 451.28pt (see line_breaker_test): 30 words make 4 lines.
  REQUIRE(rs.size() == 4);
  std::string nine = "committee";
  for (int i = 1; i < 9; ++i) nine += " committee";
  CHECK(rs[0].run.text == nine);
  CHECK(rs[3].run.text == "committee committee committee");
  for (const auto& x : rs) CHECK(x.run.x + layout_test::width_of(x.run) <= kRight + 0.01);
}

TEST_CASE("a nowrap span that fits on a line is never split") {
  auto r = layout_test::run("<article><p>Police and Crime Panel meeting <span style='white-space: nowrap'>on 20 "
                            "January</span></p></article>",
                            std::string(kCss) + " p { width: 190pt; }");
  auto rs = layout_test::runs(r.frames);
  REQUIRE(rs.size() == 2);
  CHECK(rs[0].run.text == "Police and Crime Panel meeting");
  CHECK(rs[1].run.text == "on 20 January");
}

TEST_CASE("a soft hyphen is a break that shows a hyphen, and nothing where the line does not break there") {
  const std::string shy = "\xc2\xad";
  std::string word = "Super" + shy + "cali" + shy + "fragi" + shy + "listic" + shy + "expi" + shy + "ali" + shy + "docious";
  auto r = layout_test::run("<article><p class='narrow'>" + word + "</p><p>Plain " + word + " word</p></article>",
                            std::string(kCss) + " .narrow { width: 60pt; }");
  auto rs = layout_test::runs(r.frames);
  REQUIRE(rs.size() == 5);
  CHECK(rs[0].run.text == "Supercali-");
  CHECK(rs[1].run.text == "fragilistic-");
  CHECK(rs[2].run.text == "expiali-");
  CHECK(rs[3].run.text == "docious");
  CHECK(rs[4].run.text == "Plain Supercalifragilisticexpialidocious word");
  for (const auto& x : rs) {
    CHECK_FALSE(contains(x.run.text, "\xc2\xad"));
    CHECK(x.run.x + layout_test::width_of(x.run) <= kLeft + (x.run.y < rs[4].run.y ? 60 : 451.28) + 0.01);
  }
  CHECK(r.diags.all().empty());
}

TEST_CASE("a zero width space is a break that shows nothing; a word joiner joins without a warning") {
  auto r = layout_test::run("<article><p class='narrow'>alphabetical\xe2\x80\x8b" "arrangement</p>"
                            "<p>word\xe2\x81\xa0joiner and zero\xe2\x80\x8bwidth</p></article>",
                            std::string(kCss) + " .narrow { width: 70pt; }");
  CHECK(r.diags.all().empty());
  auto rs = layout_test::runs(r.frames);
  REQUIRE(rs.size() == 3);
  CHECK(rs[0].run.text == "alphabetical");
  CHECK(rs[1].run.text == "arrangement");
  CHECK(rs[2].run.text == "wordjoiner and zerowidth");
  CHECK(rs[1].run.x == doctest::Approx(kLeft));
}

TEST_CASE("a narrow no-break space the font lacks is drawn as a no-break space, without a warning") {
  auto r = layout_test::run("<article><p>\xc2\xa3" "5\xe2\x80\xaf" "m</p></article>", kCss);
  CHECK(r.diags.all().empty());
  auto rs = layout_test::runs(r.frames);
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].run.text == "\xc2\xa3" "5\xc2\xa0" "m");
}

TEST_CASE("the non-characters U+FFFE and U+FFFF are set as U+FFFD, never reaching the line breaker") {
  auto r = layout_test::run("<article><p>a\xef\xbf\xbf" "b\xef\xbf\xbe" "c</p></article>", kCss);
  auto rs = layout_test::runs(r.frames);
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].run.text == "a\xef\xbf\xbd" "b\xef\xbf\xbd" "c");
}

TEST_CASE("a line cut inside a run of no-break spaces neither starts nor ends with one") {
  std::string text = "a";
  for (int i = 0; i < 150; ++i) text += "\xc2\xa0" "a";
  auto r = layout_test::run("<article><p>" + text + "</p></article>", kCss);
  auto rs = layout_test::runs(r.frames);
  REQUIRE(rs.size() >= 2);
  std::size_t as = 0;
  for (const auto& x : rs) {
    CHECK(x.run.text.front() == 'a');
    CHECK(x.run.text.back() == 'a');
    CHECK(x.run.x == doctest::Approx(kLeft));
    CHECK(x.run.x + layout_test::width_of(x.run) <= kRight + 0.01);
    as += static_cast<std::size_t>(std::count(x.run.text.begin(), x.run.text.end(), 'a'));
  }
  CHECK(as == 151);
}

TEST_CASE("a long word breaks after punctuation before it breaks between letters") {
  auto r = layout_test::run("<article><p class='narrow'>1,234,567,890</p></article>",
                            std::string(kCss) + " .narrow { width: 40pt; }");
  auto rs = layout_test::runs(r.frames);
  // "1,234,567" (41.7pt) does not fit in 40pt.
  REQUIRE(rs.size() == 2);
  CHECK(rs[0].run.text == "1,234,");
  CHECK(rs[1].run.text == "567,890");
}

TEST_CASE("a justified link is underlined and linked across its widened spaces without gaps") {
  std::string text;
  for (int i = 0; i < 30; ++i) text += "the panel noted ";
  auto r = layout_test::run("<article><p><a href='#end'>" + text + "</a></p><p id='end'>End</p></article>",
                            std::string(kCss) + " p { text-align: justify; } a { color: #1d70b8; text-decoration: underline; }");
  auto underlines = r.lines({"page 1 rect", "fill=#1d70b8"});
  auto links = r.lines({"page 1 link", "-> #end"});
  std::map<double, int> lines;
  for (const auto& x : layout_test::runs(r.frames))
    if (x.run.text != "End") ++lines[x.run.y];
  REQUIRE(lines.size() >= 3);
  // One rule and one link per line; a full line's rule spans the whole measure.
  CHECK(underlines.size() == lines.size());
  CHECK(links.size() == lines.size());
  CHECK(contains(underlines[0], "rect 72.0,"));
  CHECK(contains(underlines[0], " 451.3x"));
  CHECK(contains(links[0], "link 72.0,"));
  CHECK(contains(links[0], " 451.3x"));
}

TEST_CASE("a line broken at a space or a <br> marks its last run so the PDF keeps a space; a hyphen does not") {
  const std::string shy = "\xc2\xad";
  auto r = layout_test::run("<article><p class='narrow'>Public Accountability Conference</p>"
                            "<p>First<br />second</p><p class='tiny'>Account" + shy + "ability</p></article>",
                            std::string(kCss) + " .narrow { width: 70pt; } .tiny { width: 45pt; } p { text-align: justify; }");
  auto rs = layout_test::runs(r.frames);
  std::vector<std::pair<std::string, bool>> got;
  for (const auto& x : rs) got.emplace_back(x.run.text, x.run.space_after);
  std::vector<std::pair<std::string, bool>> want = {{"Public", true},   {"Accountability", true},
                                                    {"Conference", false}, {"First", true},
                                                    {"second", false},  {"Account-", false},
                                                    {"ability", false}};
  CHECK(got == want);
}
