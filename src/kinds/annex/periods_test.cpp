#include "kinds/annex/periods.h"

#include <doctest/doctest.h>

using namespace panelpack::annex;

TEST_CASE("month: parse, labels and arithmetic") {
  Month m = *Month::parse("2024-12-01");
  CHECK_FALSE(Month::parse("2024-12-31"));  // a date stands for its month only on the first
  CHECK(m == Month::of(2024, 12));
  CHECK(m.plus(1).iso() == "2025-01");
  CHECK(m.plus(-12).label() == "December 2023");
  CHECK(m.short_label() == "Dec 2024");
  CHECK(m.axis_label() == "Dec 24");
  CHECK(Month::of(2025, 1).index - Month::of(2024, 4).index == 9);
  CHECK_FALSE(Month::parse("2024-00"));
  Month early = Month::of(0, 3).plus(-12);  // reaching back before year 0
  CHECK(early.year() == -1);
  CHECK(early.month() == 3);
  CHECK(early.label() == "March -1");
}

TEST_CASE("periods: financial years turn in April") {
  CHECK(financial_year(Month::of(2024, 3)) == 2023);
  CHECK(financial_year(Month::of(2024, 4)) == 2024);
  CHECK(financial_year(Month::of(2025, 1)) == 2024);
  CHECK(fy_label(2024) == "FY 2024/25");
  CHECK(fy_label(1999) == "FY 1999/00");
  Period fy = financial_year_period(2023);
  CHECK(fy.first.iso() == "2023-04");
  CHECK(fy.last.iso() == "2024-03");
  CHECK(fy.months() == 12);
}

TEST_CASE("periods: quarters Q1 = April to June") {
  CHECK(quarter(Month::of(2024, 4)) == 1);
  CHECK(quarter(Month::of(2024, 6)) == 1);
  CHECK(quarter(Month::of(2024, 7)) == 2);
  CHECK(quarter(Month::of(2024, 12)) == 3);
  CHECK(quarter(Month::of(2025, 1)) == 4);
  CHECK(quarter(Month::of(2025, 3)) == 4);
  CHECK(quarter_label(Month::of(2025, 2)) == "Q4 2024/25");
  Period q = quarter_period(Month::of(2025, 2));
  CHECK(q.first.iso() == "2025-01");
  CHECK(q.last.iso() == "2025-03");
  CHECK(latest_complete_quarter(Month::of(2024, 12)).name == "Q3 2024/25");
  CHECK(latest_complete_quarter(Month::of(2025, 1)).name == "Q3 2024/25");
  CHECK(latest_complete_quarter(Month::of(2024, 5)).name == "Q4 2023/24");
}

TEST_CASE("periods: FYTD and SPLY as in the Cumbria slide pack") {
  Period f = fytd(Month::of(2024, 12));
  CHECK(f.name == "FYTD 2024/25");
  CHECK(f.months() == 9);
  CHECK(f.dates() == "01/04/2024 - 31/12/2024");
  Period s = sply(f);
  CHECK(s.name == "SPLY");
  CHECK(s.dates() == "01/04/2023 - 31/12/2023");
  CHECK(s.span() == "April 2023 to December 2023");
  // Across the calendar year end: January is still the old FY.
  Period j = fytd(Month::of(2025, 1));
  CHECK(j.first.iso() == "2024-04");
  CHECK(j.months() == 10);
  // April: FYTD is a single month.
  CHECK(fytd(Month::of(2024, 4)).months() == 1);
  CHECK(fytd(Month::of(2024, 4)).span() == "April 2024");
}

TEST_CASE("periods: rolling twelve months and leap-year month ends") {
  Period r = rolling_12(Month::of(2024, 2));
  CHECK(r.first.iso() == "2023-03");
  CHECK(r.months() == 12);
  CHECK(r.dates() == "01/03/2023 - 29/02/2024");
  CHECK(r.name == "12 months to February 2024");
}
