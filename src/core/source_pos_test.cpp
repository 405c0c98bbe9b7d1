#include "core/source_pos.h"

#include <doctest/doctest.h>

using namespace panelpack;

TEST_CASE("an offset becomes a line and a column counted in characters") {
  const std::string text = "ab\n£c: x\n\nlast";
  CHECK(position_in("f.yaml", text, 0).str() == "f.yaml:1:1");
  CHECK(position_in("f.yaml", text, 2).str() == "f.yaml:1:3");  // the line end
  CHECK(position_in("f.yaml", text, 3).str() == "f.yaml:2:1");
  CHECK(position_in("f.yaml", text, 5).str() == "f.yaml:2:2");  // after the two bytes of '£'
  CHECK(position_in("f.yaml", text, 10).str() == "f.yaml:3:1");  // the empty line
  CHECK(position_in("f.yaml", text, 11).str() == "f.yaml:4:1");
  CHECK(position_in("f.yaml", text, 999).str() == "f.yaml:4:5");  // past the end is the end
  CHECK(position_in("f.yaml", "", 0).str() == "f.yaml:1:1");
}

TEST_CASE("a line index gives the same positions as position_in") {
  const std::string text = "<article>\n  <p>é <b>x</b></p>\n\n<p>\n</p></article>";
  LineIndex index(text);
  for (size_t off = 0; off <= text.size() + 2; ++off)
    CHECK_MESSAGE(index.position("p.html", off).str() == position_in("p.html", text, off).str(), off);
  CHECK(index.position("p.html", text.find("<b>")).str() == "p.html:2:8");
}
