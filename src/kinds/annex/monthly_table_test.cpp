#include "kinds/annex/monthly_table.h"

#include <doctest/doctest.h>

using namespace panelpack;
using namespace panelpack::annex;

namespace {
std::optional<MonthlyTable> read(const std::string& text, Diagnostics& d) {
  auto csv = parse_csv("data/calls.csv", text, d);
  if (!csv) return std::nullopt;
  return read_monthly_table(*csv, d);
}
}  // namespace

TEST_CASE("monthly table: wide form, rows in any order, empty cell is a gap") {
  Diagnostics d;
  auto t = read("month,calls_999,calls_101\n2024-05,120,\n2024-04,110,300\n2024-06,130,310\n", d);
  REQUIRE(t);
  CHECK_FALSE(t->long_form);
  const MonthlySeries* s = t->find("calls_999");
  REQUIRE(s);
  CHECK(s->first.iso() == "2024-04");
  CHECK(s->values.size() == 3);
  CHECK(*s->at(Month::of(2024, 5)) == 120);
  CHECK_FALSE(t->find("calls_101")->values[1]);
  CHECK(t->find("calls_101")->pos_at(Month::of(2024, 5)).str() == "data/calls.csv:2:13");
  CHECK(t->names() == std::vector<std::string>{"calls_101", "calls_999"});
}

TEST_CASE("monthly table: long form") {
  Diagnostics d;
  auto t = read("date,measure,value\n2024-04-01,calls,10\n2024-04-01,crimes,5\n2024-05-01,calls,11\n", d);
  REQUIRE(t);
  CHECK(t->long_form);
  CHECK(t->find("calls")->values.size() == 2);
  CHECK(t->find("crimes")->values.size() == 1);
}

TEST_CASE("monthly table: a bad number, a duplicate month and a missing month") {
  Diagnostics d1;
  CHECK_FALSE(read("month,calls\n2024-04,1O\n", d1));
  CHECK(d1.all()[0].pos.str() == "data/calls.csv:2:9");
  CHECK(d1.all()[0].message == "failed to read data/calls.csv ('1O' in column 'calls' is not a number)");

  Diagnostics d2;
  CHECK_FALSE(read("month,calls\n2024-04,1\n2024-05,2\n2024-04,3\n", d2));
  CHECK(d2.all()[0].pos.str() == "data/calls.csv:4:1");
  CHECK(d2.all()[0].message ==
        "failed to read data/calls.csv (a second row for April 2024, the first is on line 2)");

  Diagnostics d3;
  CHECK_FALSE(read("month,calls\n2024-04,1\n2024-07,2\n", d3));
  CHECK(d3.all()[0].pos.str() == "data/calls.csv:3:1");
  CHECK(d3.all()[0].message ==
        "failed to read data/calls.csv (no rows for May and June 2024; the months jump from April 2024 to July "
        "2024)");

  Diagnostics d4;
  CHECK_FALSE(read("month,measure,value\n2024-04,calls,1\n2024-06,calls,2\n", d4));
  CHECK(d4.all()[0].message ==
        "failed to read data/calls.csv (no row for 'calls' for May 2024; the months jump from April 2024 to "
        "June 2024)");

  Diagnostics d5;
  CHECK_FALSE(read("period,calls\n2024-04,1\n", d5));
  CHECK(d5.all()[0].message == "failed to read data/calls.csv (it has no 'month' column)");

  Diagnostics d6;
  CHECK_FALSE(read("month,calls\nApril,1\n", d6));
  CHECK(d6.all()[0].message == "failed to read data/calls.csv ('April' in column 'month' is not a month)");
}

TEST_CASE("monthly table: a duplicate month in long form names the measure") {
  Diagnostics d;
  CHECK_FALSE(read("month,measure,value\n2024-04,calls,1\n2024-04,crimes,2\n2024-04,calls,3\n", d));
  REQUIRE(d.all().size() == 1);
  CHECK(d.all()[0].pos.str() == "data/calls.csv:4:1");
  CHECK(d.all()[0].message ==
        "failed to read data/calls.csv (a second row for 'calls' for April 2024, the first is on line 2)");
}

TEST_CASE("monthly table: a gap names every missing month") {
  Diagnostics d1;
  CHECK_FALSE(read("month,calls\n2024-04,1\n2024-06,2\n", d1));
  CHECK(d1.all()[0].message ==
        "failed to read data/calls.csv (no row for May 2024; the months jump from April 2024 to June 2024)");

  Diagnostics d2;
  CHECK_FALSE(read("month,calls\n2024-04,1\n2024-09,2\n", d2));
  CHECK(d2.all()[0].message ==
        "failed to read data/calls.csv (no rows for May to August 2024; the months jump from April 2024 to "
        "September 2024)");

  Diagnostics d3;
  CHECK_FALSE(read("month,calls\n2023-11,1\n2024-02,2\n", d3));
  CHECK(d3.all()[0].message ==
        "failed to read data/calls.csv (no rows for December 2023 and January 2024; the months jump from "
        "November 2023 to February 2024)");

  Diagnostics d4;
  CHECK_FALSE(read("month,calls\n2023-10,1\n2024-02,2\n", d4));
  CHECK(d4.all()[0].message ==
        "failed to read data/calls.csv (no rows for November 2023 to January 2024; the months jump from "
        "October 2023 to February 2024)");

  Diagnostics d5;
  CHECK_FALSE(read("month,measure,value\n2024-04,calls,1\n2024-07,calls,2\n", d5));
  CHECK(d5.all()[0].message ==
        "failed to read data/calls.csv (no rows for 'calls' for May and June 2024; the months jump from April "
        "2024 to July 2024)");
}

TEST_CASE("monthly table: a month that cannot be read gives no follow-on gap error") {
  // The bad row sits between February and April: it is the missing March.
  Diagnostics d1;
  CHECK_FALSE(read("month,calls\n2024-01,1\n2024-02,2\n2024-13,3\n2024-04,4\n", d1));
  REQUIRE(d1.all().size() == 1);
  CHECK(d1.all()[0].message == "failed to read data/calls.csv ('2024-13' in column 'month' is not a month)");

  // A gap elsewhere in the file is still reported.
  Diagnostics d2;
  CHECK_FALSE(read("month,calls\n2024-01,1\nJan,2\n2024-03,3\n2024-06,4\n", d2));
  REQUIRE(d2.all().size() == 2);
  CHECK(d2.all()[0].message == "failed to read data/calls.csv ('Jan' in column 'month' is not a month)");
  CHECK(d2.all()[1].message ==
        "failed to read data/calls.csv (no rows for April and May 2024; the months jump from March 2024 to June "
        "2024)");

  // Newest first: the bad row still lies between the two sides of the gap.
  Diagnostics d3;
  CHECK_FALSE(read("month,calls\n2024-04,4\nMarch,3\n2024-02,2\n", d3));
  CHECK(d3.all().size() == 1);

  // In long form only the bad row's own measure is excused.
  Diagnostics d4;
  CHECK_FALSE(read("month,measure,value\n2024-01,a,1\n2024-01,b,1\n2024-x,a,2\n2024-03,a,3\n2024-03,b,3\n", d4));
  REQUIRE(d4.all().size() == 2);
  CHECK(d4.all()[1].message ==
        "failed to read data/calls.csv (no row for 'b' for February 2024; the months jump from January 2024 to "
        "March 2024)");
}
