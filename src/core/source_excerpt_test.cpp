#include "core/source_excerpt.h"

#include <doctest/doctest.h>

#include "core/diagnostics.h"

using namespace panelpack;

TEST_CASE("a short line is quoted whole") {
  Excerpt e = excerpt("venue: Carleton Hall", 8);
  CHECK(e.text == "venue: Carleton Hall");
  CHECK(e.col == 8);
}

TEST_CASE("a long line is cut to a window around the column, marked with …") {
  std::string line(5000, 'a');
  line[2999] = 'X';  // column 3000
  Excerpt e = excerpt(line, 3000);
  CHECK(e.text == "…" + std::string(50, 'a') + "X" + std::string(49, 'a') + "…");
  CHECK(e.col == 52);  // "…" then 50 characters before the X
}

TEST_CASE("near either end of a long line the window keeps its width and loses one mark") {
  const std::string line(300, 'b');
  Excerpt start = excerpt(line, 1);
  CHECK(start.text == std::string(100, 'b') + "…");
  CHECK(start.col == 1);
  Excerpt end = excerpt(line, 300);
  CHECK(end.text == "…" + std::string(100, 'b'));
  CHECK(end.col == 101);
}

TEST_CASE("the window counts characters, not bytes") {
  std::string line;
  for (int i = 0; i < 200; ++i) line += "é";
  Excerpt e = excerpt(line, 150);
  std::string expected = "…";
  for (int i = 0; i < 100; ++i) expected += "é";
  CHECK(e.text == expected + "…");  // characters 100 to 199 of 200
  CHECK(e.col == 52);
}

TEST_CASE("a diagnostic on a very long line quotes a window with the caret under the column") {
  Diagnostics diags;
  diags.add_source("f.yaml", "x: " + std::string(10000, '[') + "\n");
  diags.error({"f.yaml", 1, 4000}, "too deep");
  CHECK(diags.format() == "f.yaml:1:4000: error: too deep\n"
                          " 1 | …" + std::string(100, '[') + "…\n"
                          "   | " + std::string(51, ' ') + "^\n");
}

TEST_CASE("characters no one can see are shown, and the caret still points at its place") {
  Excerpt bom = excerpt("venue: County\xEF\xBB\xBF Hall", 14);
  CHECK(bom.text == "venue: County<U+FEFF> Hall");
  CHECK(bom.col == 14);
  Excerpt after = excerpt("a\xEF\xBB\xBF" "bc", 4);  // at 'c'
  CHECK(after.text == "a<U+FEFF>bc");
  CHECK(after.col == 11);
  Excerpt nul = excerpt(std::string("title: \"x\0y\"", 12), 10);
  CHECK(nul.text == "title: \"x\xE2\x90\x80y\"");
  CHECK(nul.col == 10);
}
