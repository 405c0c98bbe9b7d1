#include <doctest/doctest.h>

#include "layout/layout_test_support.h"

TEST_CASE("a character missing from the font in SVG text is a warning at the <text> element") {
  auto r = layout_test::run("<article>\n<svg viewBox='0 0 100 50' width='100' height='50'><title>t</title>\n"
                            "<text x='0' y='20'>Rate \xe4\xb8\xad</text>\n</svg></article>");
  REQUIRE(r.diags.all().size() == 1);
  const auto& d = r.diags.all()[0];
  CHECK(d.severity == panelpack::Severity::warning);
  CHECK(d.pos.str() == "paper.html:3:1");
  CHECK(d.message == "character '\xe4\xb8\xad' (U+4E2D) is not in the font Liberation Sans (it prints as a blank box)");
  CHECK(r.has({"text", "'Rate \xe4\xb8\xad'"}));
}
