#include "style/page_rule.h"

#include <doctest/doctest.h>

#include "style/style_sheet.h"

TEST_CASE("CSS strings decode their escapes") {
  using style::unquote;
  CHECK(*unquote("\"plain\"") == "plain");
  CHECK(*unquote("'single'") == "single");
  CHECK(*unquote(R"("\201C quoted\201D")") == "\u201cquoted\u201d");  // one space after hex digits is swallowed
  CHECK(*unquote(R"("\201C  two")") == "\u201c two");
  CHECK(*unquote(R"("\A9 2025")") == "\u00a9" "2025");
  CHECK(*unquote(R"("\00A9x")") == "\u00a9x");       // six digits at most; none swallowed after
  CHECK(*unquote(R"("\0000A9x")") == "\u00a9x");
  CHECK(*unquote(R"("a\"b\\c\'d")") == "a\"b\\c'd");  // any other character stands for itself
  CHECK(*unquote(R"("\g")") == "g");
  CHECK(*unquote("\"one\\\ntwo\"") == "onetwo");      // an escaped newline continues the string
  CHECK(*unquote(R"("\0 zero")") == "\ufffdzero");
  CHECK(*unquote(R"("\110000")") == "\ufffd");
  CHECK(*unquote(R"("\1F600")") == "\U0001F600");
  CHECK_FALSE(unquote("bare"));
  CHECK_FALSE(unquote("\"open"));
}

TEST_CASE("margin box content decodes escapes, including an escaped quote") {
  style::StyleSheet sheet;
  panelpack::Diagnostics diags;
  sheet.parse(R"(@page { @top-left { content: "\201C" string(title) "\201D  \"draft\""; } })", "a.css", diags);
  CHECK(diags.all().empty());
  const auto& c = sheet.page(false).boxes.at("top-left").content;
  REQUIRE(c.size() == 3);
  CHECK(c[0].value == "\u201c");
  CHECK(c[1].kind == style::ContentPart::title);
  CHECK(c[2].value == "\u201d \"draft\"");
}

TEST_CASE("negative page margins and margin box font sizes are warnings") {
  style::StyleSheet sheet;
  panelpack::Diagnostics diags;
  sheet.parse("@page {\n  margin-top: -5mm;\n  @top-left { content: 'x'; font-size: -2pt; }\n}", "a.css", diags);
  REQUIRE(diags.all().size() == 2);
  CHECK(diags.all()[0].pos.str() == "a.css:2:3");
  CHECK(diags.all()[0].message == "page margin '-5mm' is not supported (expected an absolute length, not negative)");
  CHECK(diags.all()[1].pos.str() == "a.css:3:29");
  CHECK(diags.all()[1].message == "font-size '-2pt' in a margin box is ignored (a font size must be more than 0)");
  CHECK(sheet.page(false).margin[0] == 72);
  CHECK(sheet.page(false).boxes.at("top-left").font_size == 9);
}

TEST_CASE("a page size outside 1 to 200 inches is a warning and the size stays") {
  style::StyleSheet sheet;
  panelpack::Diagnostics diags;
  sheet.parse("@page {\n  size: 1mm 1mm;\n}\n@page {\n  size: 10000mm 200mm;\n}", "a.css", diags);
  REQUIRE(diags.all().size() == 2);
  CHECK(diags.all()[0].pos.str() == "a.css:2:3");
  CHECK(diags.all()[0].message.find("two lengths from 1in to 200in") != std::string::npos);
  CHECK(sheet.page(false).width == doctest::Approx(595.28));
}
