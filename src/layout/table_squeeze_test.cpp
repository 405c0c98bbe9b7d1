// Column widths by CSS's automatic table layout, and what happens when a
// table's narrowest content is still too wide for the page.
#include <doctest/doctest.h>

#include <cstdio>

#include "core/file_system.h"
#include "layout/layout_test_support.h"

using layout_test::kLeft;
using layout_test::kRight;

namespace {
const char* kCss = R"(
article { font-size: 10pt; line-height: 12pt; }
table { border-collapse: collapse; }
th, td { border: 1pt solid #000; padding: 2pt 4pt; text-align: left; vertical-align: top; }
.num { text-align: right; white-space: nowrap; }
)";

// A table of twelve columns: every third a long figure, the rest long words.
std::string twelve_columns() {
  std::string head, row;
  for (int c = 0; c < 12; ++c) {
    head += "<th>(VBC) Col" + std::to_string(c) + "</th>";
    row += c % 3 == 0 ? std::string("<td class='num'>1,234,567.89</td>")
                      : "<td>Antidisestablishmentarianism" + std::to_string(c) + "</td>";
  }
  return "<article><table><thead><tr>" + head + "</tr></thead><tbody><tr>" + row + "</tr></tbody></table></article>";
}

double text_width(const std::string& s, bool bold = false) {
  return layout_test::shared_fonts().face("Liberation Sans", bold, false)->width(s, 10);
}

// No text runs past either margin.
void check_inside(const layout_test::Result& r) {
  for (const auto& x : layout_test::runs(r.frames)) {
    CHECK(x.run.x >= kLeft - 0.01);
    CHECK(x.run.x + layout_test::width_of(x.run) <= kRight + 0.01);
  }
}

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}
}  // namespace

TEST_CASE("between min and max widths, each column gets its minimum and a share in proportion to max - min") {
  std::string long_text = "committee";
  for (int i = 1; i < 20; ++i) long_text += " committee";
  const std::string short_text = "Police and Crime Panel budget report";
  auto r = layout_test::run("<article><table><tr><td>" + long_text + "</td><td>" + short_text +
                                "</td></tr></table></article>",
                            kCss);
  // Each cell adds 8pt of padding and 1pt of borders.
  double min1 = text_width("committee") + 9, max1 = text_width(long_text) + 9;
  double min2 = text_width("budget") + 9, max2 = text_width(short_text) + 9;
  double f = (451.28 - min1 - min2) / (max1 + max2 - min1 - min2);
  double w1 = min1 + (max1 - min1) * f;
  auto second = r.lines({"text", "'Police and Crime'"});
  REQUIRE(second.size() == 1);
  auto rs = layout_test::runs(r.frames);
  for (const auto& x : rs)
    if (x.run.text.rfind("Police", 0) == 0) CHECK(x.run.x == doctest::Approx(kLeft + w1 + 4.5).epsilon(0.0001));
  check_inside(r);
}

TEST_CASE("a long word gives up its room first: short headings and nowrap figures stay whole") {
  // The audit's case: one 65-character word and six narrow figure columns.
  std::string head = "<th>Source</th>" + repeat("<th class='num'>(VBC)</th>", 6);
  std::string row = "<td>VictimBasedCrimeIncludingOnlineFraudAndComputerMisuseOffencesTotal</td>" +
                    repeat("<td class='num'>12,345</td>", 6);
  auto r = layout_test::run("<article><table><thead><tr>" + head + "</tr></thead><tbody><tr>" + row +
                                "</tr></tbody></table></article>",
                            std::string(kCss) + " th { font-weight: bold; }");
  CHECK(r.lines({"page 1 text", "'(VBC)'", "bold"}).size() == 6);
  CHECK(r.lines({"page 1 text", "'12,345'"}).size() == 6);
  // The word is broken instead, in two lines, and its column takes what the figures leave.
  auto word = r.lines({"page 1 text", "'VictimBased"});
  REQUIRE(word.size() == 1);
  CHECK(r.lines({"page 1 text", "Total'"}).size() == 1);
  double figures = text_width("12,345") + 9;
  auto rs = layout_test::runs(r.frames);
  for (const auto& x : rs)
    if (x.run.text == "12,345") CHECK(x.run.x + layout_test::width_of(x.run) <= kRight + 0.01);
  // Six figure columns at exactly their widest figure: the first column starts the seventh from the right.
  double last_end = 0;
  for (const auto& x : rs) last_end = std::max(last_end, x.run.x + layout_test::width_of(x.run));
  CHECK(last_end == doctest::Approx(kRight - 4.5));
  for (const auto& x : rs)
    if (x.run.text.rfind("Victim", 0) == 0) CHECK(layout_test::width_of(x.run) <= 451.28 - 6 * figures - 9 + 0.01);
  check_inside(r);
}

TEST_CASE("twelve columns with long words and long figures: the figures stay whole, the padding narrows") {
  // The house style's page and cells (the audit's t1_wide).
  auto r = layout_test::run(twelve_columns(),
                            std::string(kCss) + " @page { margin: 20mm 18mm; } th { font-weight: bold; }"
                                                " th, td { border-width: 0.5pt; padding: 3pt 5pt; }");
  CHECK(r.lines({"page 1 text", "'1,234,567.89'"}).size() == 4);
  CHECK(r.lines({"page 1 text", "'(VBC)", "bold"}).size() == 12);
  CHECK(r.lines({"page 1 text", "'Antidisestablishmentarianism"}).empty());
  CHECK(r.diags.all().empty());
  const double margin = 18 / 25.4 * 72;
  for (const auto& x : layout_test::runs(r.frames)) {
    CHECK(x.run.x >= margin);
    CHECK(x.run.x + layout_test::width_of(x.run) <= 595.28 - margin + 0.01);
  }
  // The cells' padding went down from 5pt to between 2pt and 1pt.
  auto first = r.lines({"page 1 text 52.", "'(VBC) Col0'"});
  CHECK(first.size() == 1);
}

TEST_CASE("narrower still, a nowrap figure breaks after a comma or point rather than between digits") {
  auto r = layout_test::run(twelve_columns(), std::string(kCss) + " th { font-weight: bold; }");
  CHECK(r.lines({"page 1 text", "'(VBC)'", "bold"}).size() == 12);
  CHECK(r.lines({"page 1 text", "'1,234,567.'"}).size() == 4);
  CHECK(r.lines({"page 1 text", "'89'"}).size() == 4);
  check_inside(r);
}

TEST_CASE("an image in a cell shrinks so the text beside it keeps whole words") {
  // 1600 x 2400 px, as in the audit: 1200pt wide at its own size.
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\x06\x40\0\0\x09\x60\x08\x06\0\0\0\0\0\0\0", 33);
  panelpack::MemoryFileSystem fs;
  fs.add("content/big.png", png);
  layout::LayoutOptions o;
  o.fs = &fs;
  o.base_dir = "content";
  auto r = layout_test::run("<article><table><tr><td>Some long text in the first column that will take up most of the "
                            "table width if allowed to do so freely</td><td><img src='big.png' alt='big'/></td>"
                            "</tr></table></article>",
                            kCss, o);
  auto rs = layout_test::runs(r.frames);
  REQUIRE(!rs.empty());
  CHECK(rs.size() <= 4);
  CHECK(rs[0].run.text.rfind("Some long text in", 0) == 0);
  auto image = r.lines({"page 1 image"});
  REQUIRE(image.size() == 1);
  for (const auto& x : rs) CHECK(x.run.x + layout_test::width_of(x.run) <= kRight + 0.01);
}

TEST_CASE("a table too wide even one character a column is a warning naming it, and nothing passes the margin") {
  std::string row = "<tr>" + repeat("<td>WWW</td>", 60) + "</tr>";
  auto r = layout_test::run("<article>\n<table id='wide'>" + row + row + "</table></article>", kCss);
  REQUIRE(r.diags.all().size() == 1);
  CHECK(r.diags.all()[0].severity == panelpack::Severity::warning);
  CHECK(r.diags.all()[0].pos.str() == "paper.html:2:1");
  CHECK(r.diags.all()[0].message ==
        "table #wide is too wide for the page: its 60 columns do not fit the 451pt line even one character wide, so "
        "their text overlaps");
  CHECK(r.lines({"page 1 text", "'W'"}).size() == 360);
  check_inside(r);
  // The borders stay inside the page too.
  for (const auto& line : r.lines({"page 1 rect"})) {
    double x = 0, w = 0;
    REQUIRE(std::sscanf(line.c_str(), "page 1 rect %lf,%*f %lfx", &x, &w) == 2);
    CHECK(x + w <= kRight + 0.55);  // half the 1pt border, rounded
  }
}

TEST_CASE("a caption names the table in the warning") {
  auto r = layout_test::run("<article><table><caption>Calls   by <b>hour</b></caption><tr>" +
                                repeat("<td>WWW</td>", 60) + "</tr></table></article>",
                            kCss);
  REQUIRE(r.diags.all().size() == 1);
  CHECK(r.diags.all()[0].message.rfind("table 'Calls by hour' is too wide for the page", 0) == 0);
}
