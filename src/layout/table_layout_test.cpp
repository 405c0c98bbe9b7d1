#include <doctest/doctest.h>

#include "layout/layout_test_support.h"

using layout_test::kLeft;
using layout_test::kRight;

namespace {
const char* kCss = R"(
article { font-size: 10pt; line-height: 12pt; }
table { border-collapse: collapse; }
th, td { border: 1pt solid #000; padding: 2pt 4pt; text-align: left; vertical-align: top; }
thead th { background-color: #dddddd; }
.num { text-align: right; }
)";

std::string rows(int n, int from = 1) {
  std::string s;
  for (int i = from; i < from + n; ++i)
    s += "<tr><td>Row " + std::to_string(i) + "</td><td class='num'>" + std::to_string(i * 1000) + "</td></tr>";
  return s;
}
}  // namespace

TEST_CASE("column widths follow the content and figures align right") {
  auto r = layout_test::run("<article><table><tr><td>Recorded crime</td><td class='num'>27,063</td></tr>"
                            "<tr><td>ASB</td><td class='num'>5</td></tr></table></article>",
                            kCss);
  auto rs = layout_test::runs(r.frames);
  REQUIRE(rs.size() == 4);
  // Shrink to fit: column 1 is as wide as "Recorded crime" plus padding and half borders.
  double c1 = layout_test::width_of(rs[0].run) + 8 + 1;
  CHECK(rs[0].run.x == doctest::Approx(kLeft + 4.5));
  CHECK(rs[1].run.x == doctest::Approx(kLeft + c1 + layout_test::width_of(rs[3].run) * 0 +
                                       (layout_test::width_of(rs[1].run) - layout_test::width_of(rs[1].run)) + 4.5));
  // Right alignment: both figures end at the same place.
  double end1 = rs[1].run.x + layout_test::width_of(rs[1].run);
  double end3 = rs[3].run.x + layout_test::width_of(rs[3].run);
  CHECK(end1 == doctest::Approx(end3));
  CHECK(rs[3].run.text == "5");
  // Row 2 starts below row 1: 12pt line + 4pt padding + 1pt of borders.
  CHECK(rs[2].run.y - rs[0].run.y == doctest::Approx(17));
}

TEST_CASE("a table with width 100% fills the line, colspan spans columns, header cells are shaded") {
  auto r = layout_test::run(
      "<article><table style-note='full'><thead><tr><th colspan='2'>Budget 2024/25</th></tr></thead>"
      "<tbody><tr><td>Police</td><td class='num'>1,200</td></tr></tbody></table></article>",
      std::string(kCss) + " table { width: 100%; }");
  CHECK(r.has({"page 1 rect 72.0,", "451.3x", "fill=#dddddd", "artifact"}));
  auto rs = layout_test::runs(r.frames);
  REQUIRE(rs.size() == 3);
  CHECK(rs[2].run.x + layout_test::width_of(rs[2].run) == doctest::Approx(kRight - 4.5));
  CHECK(r.frames.structure[rs[0].run.tag].role == layout::Role::TH);
  CHECK(r.frames.structure[rs[0].run.tag].scope == "Column");
  CHECK(r.frames.structure[rs[0].run.tag].col_span == 2);
  CHECK(r.frames.structure[rs[1].run.tag].role == layout::Role::TD);
  CHECK(r.has({"struct", "TH in", "scope=Column colspan=2"}));
}

TEST_CASE("a table spanning three pages repeats its header row on every page") {
  auto r = layout_test::run("<article><table><caption>Calls for service</caption><thead><tr><th>Month</th>"
                            "<th>Calls</th></tr></thead><tbody>" +
                                rows(100) + "</tbody></table></article>",
                            kCss);
  REQUIRE(r.frames.pages.size() == 3);
  // The header is real on page 1 and an artifact on the pages after.
  CHECK(r.lines({"page 1 text", "'Month'", "TH#"}).size() == 1);
  CHECK(r.lines({"page 2 text", "'Month'", "artifact"}).size() == 1);
  CHECK(r.lines({"page 3 text", "'Month'", "artifact"}).size() == 1);
  CHECK(r.lines({"text", "'Month'"}).size() == 3);
  // The caption comes once, before the table.
  CHECK(r.lines({"'Calls for service'"}).size() == 1);
  // Every row appears exactly once, in order; page 2 starts with the header then the next row.
  for (int i = 1; i <= 100; ++i) CHECK(r.lines({"'Row " + std::to_string(i) + "'"}).size() == 1);
  auto rs = layout_test::runs(r.frames);
  int last_page = 0;
  for (std::size_t i = 0; i < rs.size(); ++i)
    if (rs[i].run.text.rfind("Row ", 0) == 0) {
      CHECK(rs[i].page >= last_page);
      last_page = rs[i].page;
    }
  auto p2 = r.lines({"page 2 text"});
  REQUIRE(p2.size() >= 4);
  CHECK(p2[0].find("'Month'") != std::string::npos);
  CHECK(p2[2].find("'Row ") != std::string::npos);
  // Rows are 17pt; a page holds 41 rows (697.9pt): the header repeats above the body rows on each page.
  CHECK(r.has({"page 3 text", "'Row 100'"}));
  // No text runs off the bottom of any page.
  for (const auto& x : rs) CHECK(x.run.y <= layout_test::kBottom);
}

TEST_CASE("a row taller than a page is split between lines, its borders clipped") {
  std::string cell;
  for (int i = 1; i <= 80; ++i) cell += "line " + std::to_string(i) + "<br/>";
  auto r = layout_test::run("<article><table><tr><td>Notes</td><td>" + cell + "</td></tr></table></article>", kCss);
  REQUIRE(r.frames.pages.size() == 2);
  auto rs = layout_test::runs(r.frames);
  for (const auto& x : rs) CHECK(x.run.y <= layout_test::kBottom);
  CHECK(r.has({"page 1 text", "'line 1'"}));
  CHECK(r.has({"page 2 text", "'line 80'"}));
  for (int i = 1; i <= 80; ++i) CHECK(r.lines({"'line " + std::to_string(i) + "'"}).size() == 1);
  // The cell's left border continues on page 2.
  CHECK(r.has({"page 2 rect 71.5,72.0 1.0x"}));
}

TEST_CASE("a table too wide for the page is fitted by wrapping, never clipped") {
  std::string head, body;
  for (int c = 0; c < 16; ++c) {
    head += "<th>Heading number " + std::to_string(c) + "</th>";
    body += "<td>Supercalifragilistic" + std::to_string(c) + "</td>";
  }
  auto r = layout_test::run("<article><table><thead><tr>" + head + "</tr></thead><tbody><tr>" + body +
                                "</tr></tbody></table></article>",
                            kCss);
  auto rs = layout_test::runs(r.frames);
  CHECK(rs.size() > 32);
  for (const auto& x : rs) {
    CHECK(x.run.x >= kLeft);
    CHECK(x.run.x + layout_test::width_of(x.run) <= kRight + 0.01);
  }
}

TEST_CASE("a caption at the foot of a page moves with its table") {
  std::string paras;
  for (int i = 0; i < 57; ++i) paras += "<p>para</p>";
  auto r = layout_test::run("<article>" + paras + "<table><caption>Budget</caption>" + rows(3) + "</table></article>",
                            std::string(kCss) + " p { margin: 0; }");
  CHECK(r.has({"page 2 text", "'Budget'", "Caption#"}));
  CHECK(r.has({"page 2 text", "'Row 1'"}));
}

TEST_CASE("a document in which every page is a table") {
  std::string html = "<article>";
  for (int t = 0; t < 4; ++t)
    html += "<table class='page'><caption>Caption " + std::to_string(t) + "</caption><thead><tr><th>Table " +
            std::to_string(t) + "</th><th>Value</th></tr></thead><tbody>" +
            rows(30, t * 100) + "</tbody></table>";
  html += "</article>";
  auto r = layout_test::run(html, std::string(kCss) + " table.page { break-before: page; width: 100%; }");
  REQUIRE(r.frames.pages.size() == 4);
  for (int t = 0; t < 4; ++t) {
    auto l = r.lines({"page " + std::to_string(t + 1) + " text", "'Table " + std::to_string(t) + "'"});
    REQUIRE(l.size() == 1);
    CHECK(l[0].find(" 72.0,") == std::string::npos);  // text sits inside the cell padding
    // The caption starts the page with its table.
    CHECK(r.has({"page " + std::to_string(t + 1) + " text", "'Caption " + std::to_string(t) + "'", "Caption#"}));
    CHECK(r.has({"page " + std::to_string(t + 1) + " text", "'Row " + std::to_string(t * 100 + 29) + "'"}));
  }
  // Tagged as Table > THead/TBody > TR > TH/TD.
  int tables = 0;
  for (const auto& n : r.frames.structure) tables += n.role == layout::Role::Table;
  CHECK(tables == 4);
}

TEST_CASE("a row with fewer cells than the table has columns draws nothing where its cells are missing") {
  auto r = layout_test::run(
      "<article><table><tr><td>a</td><td>b</td><td>c</td></tr>"
      "<tr class='short'><td>one</td></tr>"
      "<tr><td>x</td><td>y</td><td>z</td></tr></table></article>",
      std::string(kCss) + " table { width: 100%; } tr.short { background-color: #ffdd00; }");
  auto rs = layout_test::runs(r.frames);
  REQUIRE(rs.size() == 7);
  REQUIRE(rs[3].run.text == "one");
  const double y = rs[3].run.y;            // the short row's baseline
  const double lo = y - 10, hi = y + 3;    // inside the row, clear of the lines above and below it
  const double cut = rs[1].run.x - 4.5 + 1;  // right of the first column's right border
  int first_cell_fill = 0;
  for (const layout::Item& it : r.frames.pages[0].items) {
    const auto* rect = std::get_if<layout::Rect>(&it);
    if (!rect || rect->y + rect->h <= lo || rect->y >= hi) continue;
    if (rect->x + rect->w <= cut) {
      if (rect->fill && rect->w > 5) ++first_cell_fill;
      continue;
    }
    FAIL_CHECK("something drawn in the short row's missing cells: " << rect->x << "," << rect->y << " " << rect->w
                                                                     << "x" << rect->h);
  }
  CHECK(first_cell_fill == 1);  // the cell it has takes the row's background
  for (const layout::Item& it : r.frames.pages[0].items) CHECK_FALSE(std::holds_alternative<layout::Path>(it));
}

TEST_CASE("a layout table (role=presentation) is tagged as divisions: no table, rows or cells") {
  auto r = layout_test::run("<article><table role='presentation'><tbody><tr><td><ul><li>Cllr. Ann Able</li></ul></td>"
                            "<td><ul><li>Cllr. Ben Brook</li></ul></td></tr></tbody></table></article>",
                            kCss);
  auto rs = layout_test::runs(r.frames);
  REQUIRE(rs.size() == 4);  // two list markers and two names
  CHECK(rs[3].run.x > rs[1].run.x);  // side by side
  CHECK(rs[3].run.y == doctest::Approx(rs[1].run.y));
  for (const auto& node : r.frames.structure) {
    CHECK(node.role != layout::Role::Table);
    CHECK(node.role != layout::Role::TBody);
    CHECK(node.role != layout::Role::TR);
    CHECK(node.role != layout::Role::TD);
  }
  CHECK(r.has({"struct", "LI in"}));
}
