#include <doctest/doctest.h>

#include "layout/layout_test_support.h"

TEST_CASE("a link to an id that no element has is a warning at the <a>, with no link, tagged as a Span") {
  auto r = layout_test::run("<article>\n<p id='real'>See <a href='#nowhere'>the missing annex</a>,\n"
                            "<a href='#real'>this</a> and <a href='#nowhere'>again</a>.</p></article>");
  REQUIRE(r.diags.all().size() == 1);
  const auto& d = r.diags.all()[0];
  CHECK(d.severity == panelpack::Severity::warning);
  CHECK(d.pos.str() == "paper.html:2:18");
  CHECK(d.message == "link to '#nowhere' on page 1 has no target (no element has that id)");
  const auto& links = r.frames.pages[0].links;
  REQUIRE(links.size() == 1);
  CHECK(links[0].dest == "real");
  for (const auto& x : layout_test::runs(r.frames)) {
    CAPTURE(x.run.text);
    if (x.run.text.find("missing") != std::string::npos || x.run.text == "again")
      CHECK(r.frames.structure[x.run.tag].role == layout::Role::Span);
    if (x.run.text == "this") CHECK(r.frames.structure[x.run.tag].role == layout::Role::Link);
  }
}
