#pragma once
// Calendar dates and the UK conventions the papers use: long dates
// ("Monday 20 January 2025"), clear days, working days and the bank holidays
// of England and Wales.
#include <compare>
#include <optional>
#include <string>

namespace panelpack {

struct Date {
  int year = 1970, month = 1, day = 1;

  auto operator<=>(const Date&) const = default;

  // "2025-01-20" -> Date; nullopt for anything else or an impossible date
  // (2025-02-30); *why says which.
  static std::optional<Date> parse(const std::string& iso, std::string* why = nullptr);
  static bool valid(int y, int m, int d);
  static int days_in_month(int y, int m);

  long serial() const;                // days since 1970-01-01
  static Date from_serial(long days);
  Date add_days(long n) const { return from_serial(serial() + n); }
  Date add_months(int n) const;       // day clamped to the month's length
  int weekday() const;                // 0 = Monday … 6 = Sunday
  bool weekend() const { return weekday() >= 5; }

  std::string iso() const;            // 2025-01-20
  std::string long_uk() const;        // Monday 20 January 2025
  std::string day_month_year() const; // 20 January 2025
  std::string month_year() const;     // January 2025
  std::string short_month() const;    // Jan 25
};

const char* month_name(int month);      // 1 -> "January"
const char* weekday_name(int weekday);  // 0 -> "Monday"

// Bank holidays in England and Wales (substitute days included; the one-off
// holidays of 2020, 2022 and 2023 included).
bool bank_holiday(const Date& d);
Date easter_sunday(int year);

struct ClearDayRule {
  bool count_weekends = false;
  bool count_bank_holidays = false;
};

// Days strictly between `from` and `to` that count under the rule.
int clear_days_between(const Date& from, const Date& to, const ClearDayRule& rule);

// The latest date on which something can happen and still leave `days` clear
// days before `event` (e.g. the last day to publish an agenda); under a
// working-day rule that date is itself a working day.
Date latest_date_with_clear_days(const Date& event, int days, const ClearDayRule& rule);

}  // namespace panelpack
