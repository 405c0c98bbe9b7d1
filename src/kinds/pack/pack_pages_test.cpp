#include "kinds/pack/pack_pages.h"

#include <doctest/doctest.h>

using namespace panelpack;

TEST_CASE("single-sided: the parts follow one another with no blank pages") {
  PackPages p = place_parts({{1, true}, {5, true}, {2, false}}, false);
  CHECK(p.first == std::vector<int>{1, 2, 7});
  CHECK(p.blank_after == std::vector<bool>{false, false, false});
  CHECK(p.total == 8);
}

TEST_CASE("duplex: every item starts on an odd page and the pack has an even number of pages") {
  // Agenda 1 page, item A 5 pages, item B a 2-page report and a 3-page appendix.
  PackPages p = place_parts({{1, true}, {5, true}, {2, true}, {3, false}}, true);
  CHECK(p.first == std::vector<int>{1, 3, 9, 11});
  CHECK(p.blank_after == std::vector<bool>{true, true, false, true});
  CHECK(p.total == 14);
}

TEST_CASE("duplex: parts of an even length need no padding") {
  PackPages p = place_parts({{2, true}, {4, true}}, true);
  CHECK(p.first == std::vector<int>{1, 3});
  CHECK(p.blank_after == std::vector<bool>{false, false});
  CHECK(p.total == 6);
}

TEST_CASE("duplex: an appendix within an item is not padded, the item's end is") {
  PackPages p = place_parts({{1, true}, {1, true}, {1, false}, {1, false}}, true);
  CHECK(p.first == std::vector<int>{1, 3, 4, 5});
  CHECK(p.blank_after == std::vector<bool>{true, false, false, true});
  CHECK(p.total % 2 == 0);
}
