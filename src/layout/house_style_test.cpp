#include <doctest/doctest.h>

#include "core/file_system.h"
#include "layout/layout_test_support.h"

namespace {

std::string paper_css() {
  panelpack::DiskFileSystem disk;
  std::string why;
  auto css = disk.read(std::string(PANELPACK_SOURCE_DIR) + "/styles/paper.css", &why);
  REQUIRE_MESSAGE(css, why);
  return *css;
}

const char* kAgenda = R"html(<article class="paper agenda" lang="en-GB" id="agenda">
<div class="letterhead">
  <p class="office">Office of the Police, Fire and Crime Commissioner</p>
  <p>Enquiries to: Democratic Services &#183; Telephone: 01768 217734</p>
</div>
<h1>Public Accountability Conference</h1>
<div class="meeting-details">
  <p><strong>Date:</strong> Monday 20 January 2025</p>
  <p><strong>Venue:</strong> Conference Room 1, Carleton Hall, Penrith</p>
</div>
<h2 class="part-heading">Part 1: items considered in public</h2>
<div class="agenda-item" id="item-1">
  <h3><span class="item-number">1.</span> Apologies for absence</h3>
  <p>To receive any apologies for absence.</p>
</div>
<div class="agenda-item" id="item-2">
  <h3><span class="item-number">2.</span> Minutes of the previous meeting <span class="pages">(Pages 3&#8211;8)</span></h3>
  <p class="report-by">Report by the Chief Executive</p>
</div>
<h2 class="part-heading">Part 2: exempt items</h2>
<div class="exempt"><p class="exempt-title">Exempt information</p>
  <p>Schedule 12A, paragraph 3: financial or business affairs.</p></div>
<ol class="resolutions"><li>RESOLVED that the report be noted;</li><li>that the plan be published.</li></ol>
<table><caption>Budget 2024/25</caption>
  <thead><tr><th>Service</th><th class="num">&#163;000</th></tr></thead>
  <tbody><tr><td>Policing</td><td class="num">121,400</td></tr>
  <tr class="total"><th scope="row">Total</th><td class="num">121,400</td></tr></tbody>
</table>
</article>)html";

}  // namespace

TEST_CASE("an agenda in the house style lays out cleanly") {
  layout::LayoutOptions o;
  o.title = "Public Accountability Conference, 20 January 2025";
  auto r = layout_test::run(kAgenda, paper_css(), o);
  CHECK_MESSAGE(r.diags.all().empty(), r.diags.format());
  REQUIRE(r.frames.pages.size() == 1);
  // 18mm side margins, 20mm top margin; Liberation Sans 13pt bold for the office name.
  CHECK(r.has({"page 1 text 51.0,", "'Office of the Police, Fire and Crime Commissioner' 13.0pt bold"}));
  CHECK(r.has({"page 1 text 51.0,", "'Public Accountability Conference' 18.0pt bold", "H1#"}));
  // The letterhead is ruled off; the exempt notice has its red border and pink ground.
  CHECK(r.has({"page 1 rect 51.0,", "493.2x1.0 fill=#0b0c0c artifact"}));
  CHECK(r.has({"page 1 rect 51.0,", "fill=#fdf0ee artifact"}));
  CHECK(r.lines({"page 1 rect", "fill=#d4351c"}).size() == 4);
  CHECK(r.has({"text", "'(i)'", "Lbl#"}));
  CHECK(r.has({"text", "'(ii)'"}));
  // No running title on the first page, but the page count at its foot.
  CHECK(r.lines({"'Public Accountability Conference, 20 January 2025'"}).empty());
  CHECK(r.has({"page 1 text", "'Page 1 of 1' 9.0pt #505a5f artifact"}));
  // Figures end at the right edge of the table, less the cell padding.
  auto rs = layout_test::runs(r.frames);
  for (const auto& x : rs)
    if (x.run.text == "121,400") CHECK(x.run.x + layout_test::width_of(x.run) == doctest::Approx(595.28 - 51.02 - 5.25));
  CHECK(r.has({"struct", "TH in", "scope=Row"}));
  CHECK(r.has({"dest item-2 page 1"}));
  CHECK(r.frames.bookmarks.size() == 5);
}
