#include "core/diagnostics.h"

#include <doctest/doctest.h>

using namespace panelpack;

TEST_CASE("an error quotes its line with a caret under the column and a hint") {
  Diagnostics diags;
  diags.add_source("meeting.yaml", "body: pac\nchair: Davd Allen\n");
  diags.error({"meeting.yaml", 2, 8}, "unknown person 'Davd Allen'", "did you mean 'David Allen'?");
  CHECK(diags.format() ==
        "meeting.yaml:2:8: error: unknown person 'Davd Allen'\n"
        " 2 | chair: Davd Allen\n"
        "   |        ^\n"
        "hint: did you mean 'David Allen'?\n");
  CHECK(diags.has_errors());
  CHECK(diags.error_count() == 1);
}

TEST_CASE("diagnostics are sorted by file and position; warnings do not count as errors") {
  Diagnostics diags;
  diags.warning({"b.yaml", 1, 1}, "second");
  diags.error({"a.yaml", 9, 1}, "first");
  CHECK(diags.format() == "a.yaml:9:1: error: first\nb.yaml:1:1: warning: second\n");
  CHECK(diags.warning_count() == 1);
  CHECK(diags.error_count() == 1);
}

TEST_CASE("the caret counts characters, not bytes") {
  Diagnostics diags;
  diags.add_source("f", "£10 x\n");
  diags.error({"f", 1, 5}, "bad");
  CHECK(diags.format() == "f:1:5: error: bad\n 1 | £10 x\n   |     ^\n");
}

TEST_CASE("a position without a line prints only the file") {
  Diagnostics diags;
  diags.error({"data/calls.csv", 0, 0}, "failed to read data/calls.csv (no such file)");
  CHECK(diags.format() == "data/calls.csv: error: failed to read data/calls.csv (no such file)\n");
}

TEST_CASE("the same problem found twice is reported once") {
  Diagnostics diags;
  diags.error({"m.yaml", 3, 1}, "no previous meeting");
  diags.error({"m.yaml", 3, 1}, "no previous meeting");
  diags.error({"m.yaml", 4, 1}, "no previous meeting");
  CHECK(diags.error_count() == 2);
  CHECK(diags.all().size() == 2);
}
