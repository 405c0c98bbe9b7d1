#include "load/row_errors.h"

#include <doctest/doctest.h>

namespace panelpack {

TEST_CASE("row errors: one message per column and cause, with the count and lines") {
  RowErrors e;
  for (int line = 2; line <= 34; ++line)
    e.add({"data/calls.csv", line, 1}, "failed to read data/calls.csv", "month",
          "'x" + std::to_string(line) + "' in column 'month'", "is not a month", "write months as 2024-04");
  e.add({"data/calls.csv", 9, 6}, "failed to read data/calls.csv", "calls", "'n/a' in column 'calls'",
        "is not a number", "write numbers");
  Diagnostics d;
  e.report(d);
  REQUIRE(d.all().size() == 2);
  CHECK(d.all()[0].message == "failed to read data/calls.csv ('n/a' in column 'calls' is not a number)");
  CHECK(d.all()[1].message ==
        "failed to read data/calls.csv ('x2' in column 'month' is not a month; 33 rows have this error, lines 2 to 34)");
  CHECK(d.all()[1].pos.line == 2);
  CHECK(d.all()[1].hint == "write months as 2024-04");
}

}  // namespace panelpack
