#include "style/name_filter.h"

#include <doctest/doctest.h>

#include <string>

TEST_CASE("a name filter never denies a name it holds") {
  pugi::xml_document doc;
  REQUIRE(doc.load_string("<div id='top' class='annex  measure\tkey'><p/></div>"));
  style::NameFilter held;
  held.add_element(doc.first_child());
  for (auto add : {+[](style::NameFilter& f) { f.add_tag("div"); }, +[](style::NameFilter& f) { f.add_id("top"); },
                   +[](style::NameFilter& f) { f.add_class("annex"); }, +[](style::NameFilter& f) { f.add_class("measure"); },
                   +[](style::NameFilter& f) { f.add_class("key"); }}) {
    style::NameFilter need;
    add(need);
    CHECK(held.may_hold(need));
  }
  CHECK(held.may_hold(style::NameFilter{}));
}

TEST_CASE("a name filter sets aside most names it does not hold") {
  style::NameFilter held;
  for (const char* name : {"div", "section", "table", "tbody", "tr"}) held.add_tag(name);
  for (int i = 0; i < 10; ++i) held.add_class("held-" + std::to_string(i));
  int denied = 0;
  for (int i = 0; i < 100; ++i) {
    style::NameFilter need;
    need.add_class("absent-" + std::to_string(i));
    if (!held.may_hold(need)) ++denied;
  }
  CHECK(denied >= 80);  // 15 names set at most 30 of 256 bits, so two bits both set is rare
  style::NameFilter kinds;  // a tag is not a class of the same name
  kinds.add_class("table");
  style::NameFilter tag_only;
  tag_only.add_tag("table");
  CHECK_FALSE(tag_only.may_hold(kinds));
}
