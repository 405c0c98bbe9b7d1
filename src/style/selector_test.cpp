#include "style/selector.h"

#include <doctest/doctest.h>

TEST_CASE("selector specificity counts ids, classes and types") {
  std::string why;
  CHECK(style::parse_selector("p", &why)->specificity == 1);
  CHECK(style::parse_selector("table.figures td.num", &why)->specificity == 202);
  CHECK(style::parse_selector("#top > li:first-child", &why)->specificity == 10101);
  CHECK(style::parse_selector("*", &why)->specificity == 0);
}

TEST_CASE("selector parse failures say why") {
  std::string why;
  CHECK_FALSE(style::parse_selector("a[href]", &why));
  CHECK(why == "attribute selectors are not supported");
  CHECK_FALSE(style::parse_selector("h1 + p", &why));
  CHECK(why == "sibling combinator '+' is not supported");
  CHECK_FALSE(style::parse_selector("p::before", &why));
  CHECK(why == "pseudo-element '::before' is not supported");
  CHECK_FALSE(style::parse_selector("p >", &why));
}

TEST_CASE("selectors that are not CSS are told apart from CSS outside the subset") {
  std::string why;
  bool invalid = false;
  for (const char* bad : {"h1 > > p", "h1 >> p", "> p", "p >", ".a..b", "#", "p.x div!", "", "h1 > + p"}) {
    CAPTURE(bad);
    CHECK_FALSE(style::parse_selector(bad, &why, &invalid));
    CHECK(invalid);
  }
  CHECK_FALSE(style::parse_selector("h1 > > p", &why, &invalid));
  CHECK(why == "two combinators in a row");
  for (const char* unsupported : {"a[href]", "h1 + p", "p::before", "li:nth-child(2)"}) {
    CAPTURE(unsupported);
    CHECK_FALSE(style::parse_selector(unsupported, &why, &invalid));
    CHECK_FALSE(invalid);
  }
  CHECK(style::parse_selector("h1  >  p", &why, &invalid));
  CHECK_FALSE(invalid);
}

TEST_CASE("child combinator needs the direct parent, descendant any ancestor") {
  pugi::xml_document doc;
  REQUIRE(doc.load_string("<ol class='a'><li><ul><li id='in'>x</li><li>y</li></ul></li></ol>"));
  pugi::xml_node in = doc.select_node("//*[@id='in']").node();
  std::string why;
  CHECK(style::parse_selector("ol li", &why)->matches(in));
  CHECK_FALSE(style::parse_selector("ol > li", &why)->matches(in));
  CHECK(style::parse_selector("ul > li", &why)->matches(in));
  CHECK(style::parse_selector(".a li li", &why)->matches(in));
  CHECK(style::parse_selector("li:first-child", &why)->matches(in));
  CHECK_FALSE(style::parse_selector("li:last-child", &why)->matches(in));
  CHECK_FALSE(style::parse_selector(".b li", &why)->matches(in));
}
