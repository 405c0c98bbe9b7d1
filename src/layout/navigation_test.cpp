#include <doctest/doctest.h>

#include "layout/layout_test_support.h"

namespace {
const char* kCss = "article { font-size: 10pt; line-height: 12pt; } p, h1, h2, h3, h4, h5 { margin: 0; font-size: 10pt; }";
}

TEST_CASE("bookmarks come from h1 to h4 with their level, page and position") {
  std::string filler;
  for (int i = 0; i < 60; ++i) filler += "<p>x</p>";
  auto r = layout_test::run("<article><h1>Agenda</h1><h2>Part 1</h2><h3>Item <em>1</em>:\n Apologies</h3>" + filler +
                                "<h4>Detail</h4><h5>Not a bookmark</h5><h2>Part 2</h2></article>",
                            kCss);
  const auto& b = r.frames.bookmarks;
  REQUIRE(b.size() == 5);
  CHECK(b[0].level == 1);
  CHECK(b[0].title == "Agenda");
  CHECK(b[0].page == 0);
  CHECK(b[0].y == doctest::Approx(72));
  CHECK(b[1].level == 2);
  CHECK(b[1].y == doctest::Approx(84));
  CHECK(b[2].level == 3);
  CHECK(b[2].title == "Item 1: Apologies");
  CHECK(b[3].level == 4);
  CHECK(b[3].page == 1);
  CHECK(b[4].title == "Part 2");
  CHECK(b[4].page == 1);
}

TEST_CASE("every element id becomes a destination; #links point at them, others are URIs") {
  auto r = layout_test::run(
      "<article id='paper'><section id='item-1'><p>See <a href='#t1'>the table</a> and "
      "<a href='https://www.gov.uk/'>GOV.UK</a> or <span id='here'>here</span>.</p>"
      "<table id='t1'><tr><td id='c1'>1</td></tr></table></section></article>",
      kCss);
  for (const char* id : {"paper", "item-1", "here", "t1", "c1"}) CHECK(r.has({std::string("dest ") + id + " page 1"}));
  const auto& links = r.frames.pages[0].links;
  REQUIRE(links.size() == 2);
  CHECK(links[0].dest == "t1");
  CHECK(links[0].uri.empty());
  CHECK(links[1].uri == "https://www.gov.uk/");
  CHECK(links[0].tag != links[1].tag);
  CHECK(r.frames.structure[links[1].tag].role == layout::Role::Link);
  // The link rectangle covers the text it sits on.
  auto rs = layout_test::runs(r.frames);
  for (const auto& x : rs)
    if (x.run.text == "GOV.UK") {
      CHECK(links[1].x == doctest::Approx(x.run.x));
      CHECK(links[1].w == doctest::Approx(layout_test::width_of(x.run)));
      CHECK(links[1].y < x.run.y);
      CHECK(links[1].y + links[1].h > x.run.y);
    }
}

TEST_CASE("a link to an id no element has is dropped with a warning, unless another part of a joined document holds it") {
  auto r = layout_test::run("<article><p><a href='#nowhere'>Gone</a> and <a href='#joined-item-5'>Pages 3 - 8</a></p></article>",
                            kCss);
  const auto& links = r.frames.pages[0].links;
  REQUIRE(links.size() == 1);
  CHECK(links[0].dest == "joined-item-5");
  REQUIRE(r.diags.all().size() == 1);
  CHECK(r.diags.all()[0].message == "link to '#nowhere' on page 1 has no target (no element has that id)");
}

TEST_CASE("a link broken over lines keeps its whole text, with no space where the URL was cut") {
  std::string url = "https://www.example.gov.uk/documents/panel/2025/01/20/agenda-and-reports-for-the-meeting";
  auto r = layout_test::run("<article><p>See <a href='" + url + "'>" + url + "</a> and <a href='#x'>the\n  list</a>"
                                "</p><p id='x'>x</p></article>",
                            std::string(kCss) + " article { width: 200pt; }");
  const auto& links = r.frames.pages[0].links;
  REQUIRE(links.size() >= 3);  // the URL takes two lines or more
  for (const auto& l : links) {
    if (l.uri.empty()) CHECK(l.text == "the list");
    else CHECK(l.text == url);
  }
  // Its runs are the URL in pieces, one per line.
  std::string joined;
  int pieces = 0;
  for (const auto& x : layout_test::runs(r.frames))
    if (x.run.tag == links[0].tag) {
      joined += x.run.text;
      ++pieces;
    }
  CHECK(pieces >= 2);
  CHECK(joined == url);
}

TEST_CASE("the structure tree follows reading order; furniture is artifact") {
  auto r = layout_test::run(
      "<article lang='en-GB'><header class='lh'><p>Office</p></header><h1>Title</h1>"
      "<div>Loose text <strong>here</strong></div><p lang='cy'>Croeso</p>"
      "<figure><svg width='100' height='50' viewBox='0 0 100 50'><title>Calls</title><rect x='0' y='0' "
      "width='10' height='10'/></svg><figcaption>Calls by month</figcaption></figure></article>",
      std::string(kCss) + " .lh { border-bottom: 1pt solid black; } @page { @bottom-center { content: counter(page); } }");
  CHECK(r.diags.all().empty());
  std::vector<std::string> roles;
  for (const auto& n : r.frames.structure) roles.push_back(layout::role_name(n.role));
  // The <figure> groups its chart (the Figure, whose /Alt stands for the chart alone) and its caption, a
  // sibling read as text.
  std::vector<std::string> want = {"Document", "Div", "P", "H1", "Div", "P", "P", "Div", "Figure", "Caption"};
  CHECK(roles == want);
  CHECK(r.frames.structure[0].lang == "en-GB");
  CHECK(r.frames.structure[6].lang == "cy");
  CHECK(r.frames.structure[5].parent == 4);  // the loose text got a P inside the Div
  CHECK(r.frames.structure[8].alt == "Calls");
  CHECK(r.frames.structure[8].parent == 7);
  CHECK(r.frames.structure[9].parent == 7);
  CHECK(r.frames.structure[9].alt.empty());
  CHECK(r.has({"text", "'Office'", "P#2"}));
  CHECK(r.has({"text", "'here'", "bold", "P#5"}));
  CHECK(r.has({"rect", "1.0 fill=#000000 artifact"}));  // the letterhead rule
  CHECK(r.has({"page 1 text", "'1'", "artifact"}));       // the page number
  CHECK(r.has({"rect", "7.5x7.5 fill=#000000 Figure#8"}));
}

TEST_CASE("an SVG element of the chart subset outside <svg> is an error") {
  auto r = layout_test::run("<article>\n<p>a <rect width=\"1\" /> b</p>\n<circle r=\"1\" /></article>", kCss);
  std::vector<std::string> got;
  for (const auto& d : r.diags.all()) got.push_back(d.pos.str() + " " + d.message);
  REQUIRE(got.size() == 2);
  CHECK(got[0] == "paper.html:2:6 SVG element <rect> is outside an <svg>");
  CHECK(got[1] == "paper.html:3:1 SVG element <circle> is outside an <svg>");
}

TEST_CASE("elements outside paper HTML are errors naming them and their line") {
  auto r = layout_test::run("<article>\n<p>ok</p>\n  <marquee>x</marquee>\n<p>a <blink>b</blink></p><li>loose</li>\n"
                            "<table><tr><div>no</div></tr></table></article>",
                            kCss);
  std::vector<std::string> got;
  for (const auto& d : r.diags.all())
    got.push_back(d.pos.str() + " " + (d.severity == panelpack::Severity::error ? "error " : "warning ") + d.message);
  REQUIRE(got.size() == 4);
  CHECK(got[0] == "paper.html:3:3 error element <marquee> is not part of paper HTML");
  CHECK(got[1] == "paper.html:4:6 error element <blink> is not part of paper HTML");
  CHECK(got[2] == "paper.html:4:26 error element <li> must be inside <ul> or <ol>");
  CHECK(got[3] == "paper.html:5:12 error element <div> cannot be a child of <tr> (only <th> and <td> can)");
  CHECK_FALSE(r.diags.all()[0].hint.empty());
  // The rest still lays out.
  CHECK(r.has({"text", "'ok'"}));
}

TEST_CASE("an unknown font family and an unsupported style attribute are warnings") {
  auto r = layout_test::run("<article><p style='float: left'>x</p></article>",
                            "article { font-family: Frutiger; }");
  REQUIRE(r.diags.all().size() == 2);
  CHECK(r.diags.all()[0].message == "property 'float' is not supported (it is ignored in the PDF)");
  CHECK(r.diags.all()[0].pos.str() == "paper.html:1:10");
  CHECK(r.diags.all()[1].message == "font family 'Frutiger' is not available (Liberation Sans is used instead)");
}
