#include "core/date.h"

#include <doctest/doctest.h>

using namespace panelpack;

TEST_CASE("ISO dates parse; impossible dates say why") {
  CHECK(Date::parse("2025-01-20") == Date{2025, 1, 20});
  std::string why;
  CHECK_FALSE(Date::parse("2025-02-30", &why));
  CHECK(why == "February 2025 has 28 days");
  CHECK_FALSE(Date::parse("2025-13-01", &why));
  CHECK(why == "there is no month 13");
  CHECK_FALSE(Date::parse("20/01/2025", &why));
  CHECK(why == "expected a date written YYYY-MM-DD");
  CHECK(Date::parse("2024-02-29"));
}

TEST_CASE("UK long dates name the weekday") {
  CHECK(Date{2025, 1, 20}.long_uk() == "Monday 20 January 2025");
  CHECK(Date{2020, 2, 20}.long_uk() == "Thursday 20 February 2020");
  CHECK(Date{2024, 10, 25}.long_uk() == "Friday 25 October 2024");
  CHECK(Date{2025, 1, 20}.short_month() == "Jan 25");
  CHECK(Date{2025, 1, 20}.month_year() == "January 2025");
}

TEST_CASE("serial numbers round-trip across years and months") {
  CHECK(Date{1970, 1, 1}.serial() == 0);
  for (Date d{2019, 12, 25}; d < Date{2021, 3, 5}; d = d.add_days(1)) CHECK(Date::from_serial(d.serial()) == d);
  CHECK(Date{2024, 1, 31}.add_months(1) == Date{2024, 2, 29});
  CHECK(Date{2024, 11, 15}.add_months(3) == Date{2025, 2, 15});
  CHECK(Date{2024, 3, 15}.add_months(-3) == Date{2023, 12, 15});
}

TEST_CASE("bank holidays of England and Wales") {
  CHECK(easter_sunday(2025) == Date{2025, 4, 20});
  CHECK(bank_holiday({2025, 4, 18}));   // Good Friday
  CHECK(bank_holiday({2025, 4, 21}));   // Easter Monday
  CHECK(bank_holiday({2020, 5, 8}));    // VE Day
  CHECK_FALSE(bank_holiday({2020, 5, 4}));
  CHECK(bank_holiday({2022, 6, 3}));    // Platinum Jubilee
  CHECK(bank_holiday({2022, 12, 27}));  // Christmas on a Sunday
  CHECK(bank_holiday({2021, 12, 28}));  // Christmas on a Saturday
  CHECK(bank_holiday({2023, 1, 2}));    // New Year on a Sunday
  CHECK(bank_holiday({2026, 12, 28}));  // Boxing Day on a Saturday
  CHECK_FALSE(bank_holiday({2025, 1, 20}));
}

TEST_CASE("clear days exclude the day of publication and the day of the meeting") {
  ClearDayRule working;  // weekends and bank holidays do not count
  // Issued Tuesday 14 January 2025 for Monday 20 January: 15, 16, 17 clear working days.
  CHECK(clear_days_between({2025, 1, 14}, {2025, 1, 20}, working) == 3);
  ClearDayRule calendar{true, true};
  CHECK(clear_days_between({2025, 1, 14}, {2025, 1, 20}, calendar) == 5);
  // Five clear working days before Thursday 20 February 2020: publish by Wednesday 12 February.
  CHECK(latest_date_with_clear_days({2020, 2, 20}, 5, working) == Date{2020, 2, 12});
  CHECK(clear_days_between({2020, 2, 12}, {2020, 2, 20}, working) == 5);
  CHECK(latest_date_with_clear_days({2025, 1, 20}, 5, calendar) == Date{2025, 1, 14});
  // Monday 20 January 2025: the clear working days are 13-17 January, so the
  // last working day to publish is Friday 10 January.
  CHECK(latest_date_with_clear_days({2025, 1, 20}, 5, working) == Date{2025, 1, 10});
}
