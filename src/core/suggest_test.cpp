#include "core/suggest.h"

#include <doctest/doctest.h>

using namespace panelpack;

TEST_CASE("edit distance ignores case") {
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("Venue", "venue") == 0);
  CHECK(edit_distance("", "abc") == 3);
}

TEST_CASE("a close name is suggested, a distant one lists the choices") {
  std::vector<std::string> keys{"venue", "date", "start", "items"};
  CHECK(suggestion("venu", keys) == "did you mean 'venue'?");
  CHECK(suggestion("itmes", keys) == "did you mean 'items'?");
  CHECK(suggestion("colour", keys) == "expected one of: venue, date, start, items");
  CHECK_FALSE(closest("x", {"abcdef"}));
}
