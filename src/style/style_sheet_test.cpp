#include "style/style_sheet.h"

#include <doctest/doctest.h>

#include "core/file_system.h"

namespace {

struct Doc {
  pugi::xml_document doc;
  explicit Doc(const char* xml) { REQUIRE(doc.load_string(xml)); }
  pugi::xml_node find(const char* xpath) { return doc.select_node(xpath).node(); }
};

// The style of the element at `xpath`, cascaded from the root down.
style::ComputedStyle style_of(const style::StyleSheet& sheet, pugi::xml_node target) {
  std::vector<pugi::xml_node> chain;
  for (pugi::xml_node n = target; n && n.type() == pugi::node_element; n = n.parent()) chain.push_back(n);
  style::ComputedStyle s = sheet.initial();
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) s = sheet.compute(*it, s);
  return s;
}

}  // namespace

TEST_CASE("type, class, descendant and child selectors match") {
  style::StyleSheet sheet;
  panelpack::Diagnostics diags;
  sheet.parse(R"(
    p { color: #ff0000; }
    .num { text-align: right; }
    table td { padding: 4pt; }
    tr > .x { margin-left: 2mm; }
  )", "paper.css", diags);
  CHECK(diags.all().empty());
  Doc d("<article><p>a</p><table><tr><td class='num x'>1</td></tr></table></article>");
  auto p = style_of(sheet, d.find("//p"));
  CHECK(p.color == style::Color{1, 0, 0, 1});
  auto td = style_of(sheet, d.find("//td"));
  CHECK(td.text_align == style::TextAlign::right);
  CHECK(td.padding[style::kLeft].value == doctest::Approx(4));
  CHECK(td.margin[style::kLeft].value == doctest::Approx(2 * 72 / 25.4));
  CHECK(td.color == style::Color{0, 0, 0, 1});
}

TEST_CASE("specificity beats source order, source order breaks ties, !important wins") {
  style::StyleSheet sheet;
  panelpack::Diagnostics diags;
  sheet.parse(R"(
    .lead { font-size: 14pt; }
    p { font-size: 10pt; color: blue; }
    p { color: green; }
    article p { font-weight: bold; }
    p { font-weight: normal; }
    p { text-align: center !important; }
    .lead { text-align: left; }
  )", "a.css", diags);
  Doc d("<article><p class='lead'>x</p></article>");
  auto s = style_of(sheet, d.find("//p"));
  CHECK(s.font_size == doctest::Approx(14));
  CHECK(s.color == style::Color{0, 128 / 255.0, 0, 1});
  CHECK(s.bold);
  CHECK(s.text_align == style::TextAlign::center);
}

TEST_CASE("inherited properties flow down, others do not") {
  style::StyleSheet sheet;
  panelpack::Diagnostics diags;
  sheet.parse(R"(
    article { font-family: Arial, sans-serif; font-size: 11pt; color: #333; margin: 10pt; background: #eee; line-height: 1.4; }
    span { font-size: 1.5em; }
    small { font-size: 50%; }
  )", "a.css", diags);
  CHECK(diags.all().empty());
  Doc d("<article><p>a <span>b <small>c</small></span></p></article>");
  auto p = style_of(sheet, d.find("//p"));
  CHECK(p.font_family == "Arial, sans-serif");
  CHECK(p.font_size == doctest::Approx(11));
  CHECK(p.line_height.resolve(11) == doctest::Approx(15.4));
  CHECK(p.color.r == doctest::Approx(0x33 / 255.0));
  CHECK(p.margin[style::kLeft].value == doctest::Approx(0));
  CHECK(p.background.a == doctest::Approx(0));
  CHECK(style_of(sheet, d.find("//span")).font_size == doctest::Approx(16.5));
  CHECK(style_of(sheet, d.find("//small")).font_size == doctest::Approx(8.25));
}

TEST_CASE("built-in defaults give headings their size and lists their indent") {
  style::StyleSheet sheet;
  Doc d("<article><h1>T</h1><ul><li>a<ul><li>b</li></ul></li></ul><ol><li>x</li></ol></article>");
  auto h1 = style_of(sheet, d.find("//h1"));
  CHECK(h1.font_size == doctest::Approx(24));
  CHECK(h1.bold);
  CHECK(h1.break_after == style::BreakValue::avoid);
  CHECK(style_of(sheet, d.find("//ul")).padding[style::kLeft].value == doctest::Approx(30));
  CHECK(style_of(sheet, d.find("//ul/li/ul")).list_style_type == "circle");
  CHECK(style_of(sheet, d.find("//ol/li")).list_style_type == "decimal");
}

TEST_CASE("built-in defaults mark text black on yellow, as browsers do") {
  style::StyleSheet sheet;
  Doc d("<p>a <mark>b</mark></p>");
  auto mark = style_of(sheet, d.find("//mark"));
  CHECK(mark.background == style::Color{1, 1, 0, 1});
  CHECK(mark.color == style::Color{0, 0, 0, 1});
}

TEST_CASE("shorthands expand to every side") {
  style::StyleSheet sheet;
  panelpack::Diagnostics diags;
  sheet.parse(R"(
    div { margin: 1pt 2pt 3pt; padding: 4pt 5pt; border: 1px solid #000; border-bottom: 3pt double red; }
    p { border-width: 1pt 2pt; border-style: dashed; border-color: blue; }
  )", "a.css", diags);
  CHECK(diags.all().empty());
  Doc d("<article><div><p>x</p></div></article>");
  auto div = style_of(sheet, d.find("//div"));
  CHECK(div.margin[style::kTop].value == 1);
  CHECK(div.margin[style::kRight].value == 2);
  CHECK(div.margin[style::kBottom].value == 3);
  CHECK(div.margin[style::kLeft].value == 2);
  CHECK(div.padding[style::kLeft].value == 5);
  CHECK(div.border(style::kTop) == doctest::Approx(0.75));
  CHECK(div.border(style::kBottom) == doctest::Approx(3));
  CHECK(div.border_style[style::kBottom] == style::BorderStyle::double_line);
  CHECK(div.border_color[style::kBottom] == style::Color{1, 0, 0, 1});
  auto p = style_of(sheet, d.find("//p"));
  CHECK(p.border(style::kTop) == 1);
  CHECK(p.border(style::kLeft) == 2);
  CHECK(p.border_style[style::kLeft] == style::BorderStyle::dashed);
}

TEST_CASE("break properties and their page-break aliases") {
  style::StyleSheet sheet;
  panelpack::Diagnostics diags;
  sheet.parse(R"(
    .item { break-before: right; }
    .new { page-break-before: always; page-break-inside: avoid; orphans: 3; widows: 4; }
    h2 { page-break-after: avoid; }
  )", "a.css", diags);
  CHECK(diags.all().empty());
  Doc d("<article><section class='item'/><div class='new'/><h2>x</h2></article>");
  CHECK(style_of(sheet, d.find("//section")).break_before == style::BreakValue::right);
  auto n = style_of(sheet, d.find("//div"));
  CHECK(n.break_before == style::BreakValue::page);
  CHECK(n.avoid_break_inside);
  CHECK(n.orphans == 3);
  CHECK(n.widows == 4);
}

TEST_CASE("unsupported properties, values, selectors and at-rules warn with their position") {
  style::StyleSheet sheet;
  panelpack::Diagnostics diags;
  sheet.parse("p { colour: red; }\n"
              "a:hover { color: red; }\n"
              "  div {\n    float: left;\n    text-align: middle;\n  }\n"
              "@font-face { font-family: X; }\n"
              "ul { list-style-type: fancy; }\n",
              "styles/paper.css", diags);
  REQUIRE(diags.all().size() == 6);
  std::vector<std::string> got;
  for (const auto& d : diags.all()) {
    CHECK(d.severity == panelpack::Severity::warning);
    got.push_back(d.pos.str() + " " + d.message);
  }
  CHECK(got[0] == "styles/paper.css:1:5 property 'colour' is not supported (it is ignored in the PDF)");
  CHECK(got[1] == "styles/paper.css:2:1 selector 'a:hover' is not supported (pseudo-class ':hover' is not supported)");
  CHECK(got[2] == "styles/paper.css:4:5 property 'float' is not supported (it is ignored in the PDF)");
  CHECK(got[3] == "styles/paper.css:5:5 value 'middle' of 'text-align' is not supported (expected left, right, center or justify)");
  CHECK(got[4] == "styles/paper.css:7:1 at-rule '@font-face' is not supported (it is ignored in the PDF)");
  CHECK(got[5] == "styles/paper.css:8:6 list-style-type 'fancy' is not known (neither built in nor an @counter-style)");
}

TEST_CASE("@media print applies and @media screen is skipped") {
  style::StyleSheet sheet;
  panelpack::Diagnostics diags;
  sheet.parse(R"(
    @media screen { p { color: red; } .x { colour: bad; } }
    @media print { p { font-size: 9pt; } }
    @media screen, print { p { font-style: italic; } }
  )", "a.css", diags);
  CHECK(diags.all().empty());
  Doc d("<article><p>x</p></article>");
  auto p = style_of(sheet, d.find("//p"));
  CHECK(p.color == style::Color{0, 0, 0, 1});
  CHECK(p.font_size == 9);
  CHECK(p.italic);
}

TEST_CASE("an invalid selector skips the whole rule; an unsupported one only itself") {
  style::StyleSheet sheet;
  panelpack::Diagnostics diags;
  sheet.parse("h1 > > p { color: red; }\n"
              "p, { color: red; }\n"
              "p, .a..b { color: red; }\n"
              "p > { color: red; }\n"
              "p, a:hover { font-size: 9pt; }\n",
              "a.css", diags);
  std::vector<std::string> got;
  for (const auto& d : diags.all()) got.push_back(d.pos.str() + " " + d.message);
  std::vector<std::string> want = {
      "a.css:1:1 selector 'h1 > > p' is invalid (two combinators in a row); the whole rule is skipped, as browsers do",
      "a.css:2:1 selector list 'p,' is invalid (it has an empty member); the whole rule is skipped, as browsers do",
      "a.css:3:1 selector '.a..b' in 'p, .a..b' is invalid ('.' is not followed by a name); the whole rule is "
      "skipped, as browsers do",
      "a.css:4:1 selector 'p >' is invalid (selector ends with a combinator); the whole rule is skipped, as browsers "
      "do",
      "a.css:5:1 selector 'a:hover' is not supported (pseudo-class ':hover' is not supported)"};
  CHECK(got == want);
  Doc d("<article><h1><p>x</p></h1></article>");
  auto p = style_of(sheet, d.find("//p"));
  CHECK(p.color == style::Color{0, 0, 0, 1});
  CHECK(p.font_size == 9);  // the supported member of the last list still applies
}

TEST_CASE("@media queries with conditions are taken by their media type, with a warning") {
  style::StyleSheet sheet;
  panelpack::Diagnostics diags;
  sheet.parse("@media print and (min-width: 10cm) { p { font-size: 9pt; } }\n"
              "@media (orientation: landscape) { p { font-style: italic; } }\n"
              "@media not print { p { color: red; } }\n"
              "@media screen and (max-width: 600px) { p { color: blue; } }\n"
              "@media only print, speech { p { font-weight: bold; } }\n",
              "a.css", diags);
  std::vector<std::string> got;
  for (const auto& d : diags.all()) got.push_back(d.pos.str() + " " + d.message);
  const std::string rest = " is not supported (only print, screen and all are understood; it is taken by its media "
                           "type alone, so the block is ";
  std::vector<std::string> want = {"a.css:1:1 media query 'print and (min-width: 10cm)'" + rest + "applied)",
                                   "a.css:2:1 media query '(orientation: landscape)'" + rest + "applied)",
                                   "a.css:3:1 media query 'not print'" + rest + "skipped)",
                                   "a.css:5:1 media query 'speech'" + rest + "applied)"};
  CHECK(got == want);  // screen and (…) never matches paper: no warning
  Doc d("<article><p>x</p></article>");
  auto p = style_of(sheet, d.find("//p"));
  CHECK(p.font_size == 9);
  CHECK(p.italic);
  CHECK(p.bold);
  CHECK(p.color == style::Color{0, 0, 0, 1});
}

TEST_CASE("@page size, margins, :first and margin boxes") {
  style::StyleSheet sheet;
  panelpack::Diagnostics diags;
  sheet.parse(R"(
    @page {
      size: A4 landscape;
      margin: 20mm 15mm;
      @top-right { content: string(title); font-size: 8pt; color: #555; }
      @bottom-center { content: "Page " counter(page) " of " counter(pages); }
    }
    @page :first {
      margin-top: 40mm;
      @top-right { content: none; }
      @bottom-center { color: red; }
    }
  )", "a.css", diags);
  CHECK(diags.all().empty());
  const style::PageStyle& p = sheet.page(false);
  CHECK(p.width == doctest::Approx(841.89));
  CHECK(p.height == doctest::Approx(595.28));
  CHECK(p.margin[0] == doctest::Approx(56.69).epsilon(0.001));
  CHECK(p.margin[1] == doctest::Approx(42.52).epsilon(0.001));
  REQUIRE(p.boxes.count("top-right"));
  CHECK(p.boxes.at("top-right").font_size == 8);
  CHECK(p.boxes.at("top-right").content[0].kind == style::ContentPart::title);
  const auto& bc = p.boxes.at("bottom-center").content;
  REQUIRE(bc.size() == 4);
  CHECK(bc[0].value == "Page ");
  CHECK(bc[1].kind == style::ContentPart::page);
  CHECK(bc[3].kind == style::ContentPart::pages);
  const style::PageStyle& f = sheet.page(true);
  CHECK(f.margin[0] == doctest::Approx(113.39).epsilon(0.001));
  CHECK(f.margin[1] == doctest::Approx(42.52).epsilon(0.001));
  CHECK(f.boxes.count("top-right") == 0);
  REQUIRE(f.boxes.count("bottom-center") == 1);
  CHECK(f.boxes.at("bottom-center").content.size() == 4);
  CHECK(f.boxes.at("bottom-center").color == style::Color{1, 0, 0, 1});
  CHECK(p.boxes.at("bottom-center").color == style::Color{0, 0, 0, 1});
}

TEST_CASE("@page :first that changes the text width is a warning at its declaration") {
  style::StyleSheet sheet;
  panelpack::Diagnostics diags;
  sheet.parse("@page { margin: 20mm; }\n@page :first {\n  margin-top: 40mm;\n  margin-left: 30mm;\n}\n", "p.css", diags);
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].pos.str() == "p.css:4:3");
  CHECK(diags.all()[0].message == "@page :first has a different text width from the other pages (its page width and "
                                  "left and right margins are taken from @page)");
  panelpack::Diagnostics same;
  style::StyleSheet ok;
  ok.parse("@page { margin: 20mm; }\n@page :first { margin: 40mm 20mm 20mm; }", "p.css", same);
  CHECK(same.all().empty());
}

TEST_CASE("@counter-style gives the parenthesised markers") {
  style::StyleSheet sheet;
  panelpack::Diagnostics diags;
  sheet.parse(R"(
    @counter-style paren-lower-roman { system: extends lower-roman; prefix: "("; suffix: ") "; }
    @counter-style paren-lower-alpha { system: extends lower-alpha; prefix: "("; suffix: ") "; }
    ol.resolutions { list-style-type: paren-lower-roman; }
  )", "a.css", diags);
  CHECK(diags.all().empty());
  CHECK(sheet.marker("paren-lower-roman", 4) == "(iv)");
  CHECK(sheet.marker("paren-lower-alpha", 28) == "(ab)");
  CHECK(sheet.marker("decimal", 12) == "12.");
  CHECK(sheet.marker("upper-alpha", 3) == "C.");
  CHECK(sheet.marker("disc", 3) == "\u2022");
  CHECK(sheet.marker("none", 3).empty());
}

TEST_CASE("@counter-style prefix and suffix decode CSS escapes") {
  style::StyleSheet sheet;
  panelpack::Diagnostics diags;
  sheet.parse(R"(@counter-style sect { system: extends decimal; prefix: "\A7 "; suffix: "\2014\20 "; })", "a.css",
              diags);
  CHECK(diags.all().empty());
  CHECK(sheet.marker("sect", 4) == "\u00a7" "4\u2014");  // markers drop trailing space
}

TEST_CASE("a syntax error is reported and the rest of the sheet still applies") {
  style::StyleSheet sheet;
  panelpack::Diagnostics diags;
  sheet.parse("p { color red; font-size: 10pt }\nh1 { color: blue }", "a.css", diags);
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].pos.str() == "a.css:1:5");
  Doc d("<article><p>x</p><h1>y</h1></article>");
  CHECK(style_of(sheet, d.find("//p")).font_size == 10);
  CHECK(style_of(sheet, d.find("//h1")).color == style::Color{0, 0, 1, 1});
}

TEST_CASE("a style attribute applies after the sheet, and is checked on request") {
  style::StyleSheet sheet;
  panelpack::Diagnostics diags;
  sheet.parse("th { width: 10pt; color: red; }", "a.css", diags);
  Doc d("<table><tr><th style='width: 30%; font-weight: normal; float: left'>x</th></tr></table>");
  auto th = style_of(sheet, d.find("//th"));
  CHECK(th.width.unit == style::Length::percent);
  CHECK(th.width.value == 30);
  CHECK_FALSE(th.bold);
  CHECK(th.color == style::Color{1, 0, 0, 1});
  style::StyleSheet::check_style_attribute("width: 30%; float: left", panelpack::SourcePos{"p.html", 3, 5}, diags);
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].pos.str() == "p.html:3:5");
  CHECK(diags.all()[0].message == "property 'float' is not supported (it is ignored in the PDF)");
}

TEST_CASE("the house style sheet styles/paper.css is entirely within the subset") {
  std::string path = std::string(PANELPACK_SOURCE_DIR) + "/styles/paper.css";
  panelpack::DiskFileSystem fs;
  std::string why;
  auto css = fs.read(path, &why);
  REQUIRE_MESSAGE(css, why);
  style::StyleSheet sheet;
  panelpack::Diagnostics diags;
  sheet.parse(*css, "styles/paper.css", diags);
  CHECK_MESSAGE(diags.all().empty(), diags.format());
  CHECK(sheet.rule_count() > 60);
  CHECK(sheet.page(false).boxes.count("bottom-center") == 1);
  CHECK(sheet.page(true).boxes.count("top-right") == 0);
  CHECK(sheet.marker("paren-lower-roman", 2) == "(ii)");
  Doc d("<article class='paper'><table><tr><td class='num'>1</td></tr></table></article>");
  auto td = style_of(sheet, d.find("//td"));
  CHECK(td.text_align == style::TextAlign::right);
  CHECK(td.font_size == 10);
  CHECK(td.font_family == "\"Liberation Sans\", Arial, Helvetica, sans-serif");
}
