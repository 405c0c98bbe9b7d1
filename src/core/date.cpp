#include "core/date.h"

#include <array>
#include <cstdio>

namespace panelpack {

namespace {
const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};
const char* const kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
}  // namespace

const char* month_name(int month) { return month >= 1 && month <= 12 ? kMonths[month - 1] : "?"; }
const char* weekday_name(int weekday) { return weekday >= 0 && weekday <= 6 ? kWeekdays[weekday] : "?"; }

int Date::days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : days[m - 1];
}

bool Date::valid(int y, int m, int d) {
  return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

std::optional<Date> Date::parse(const std::string& s, std::string* why) {
  auto digits = [&](size_t from, size_t n) {
    for (size_t i = from; i < from + n; ++i)
      if (s[i] < '0' || s[i] > '9') return false;
    return true;
  };
  if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !digits(0, 4) || !digits(5, 2) || !digits(8, 2)) {
    if (why) *why = "expected a date written YYYY-MM-DD";
    return std::nullopt;
  }
  int y = std::stoi(s.substr(0, 4)), m = std::stoi(s.substr(5, 2)), d = std::stoi(s.substr(8, 2));
  if (!valid(y, m, d)) {
    if (why) {
      if (m < 1 || m > 12)
        *why = "there is no month " + std::to_string(m);
      else if (y < 1900 || y > 2200)
        *why = "the year is out of range";
      else
        *why = std::string(month_name(m)) + " " + std::to_string(y) + " has " +
               std::to_string(days_in_month(y, m)) + " days";
    }
    return std::nullopt;
  }
  return Date{y, m, d};
}

// Days from civil (Howard Hinnant's algorithm).
long Date::serial() const {
  int y = year - (month <= 2);
  long era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = static_cast<unsigned>(y - era * 400);
  unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

Date Date::from_serial(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = static_cast<unsigned>(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = static_cast<long>(yoe) + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  unsigned d = doy - (153 * mp + 2) / 5 + 1;
  unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

Date Date::add_months(int n) const {
  int total = year * 12 + (month - 1) + n;
  int y = total / 12, m = total % 12 + 1;
  int d = day > days_in_month(y, m) ? days_in_month(y, m) : day;
  return Date{y, m, d};
}

int Date::weekday() const {
  long s = serial();  // 1970-01-01 was a Thursday (3)
  return static_cast<int>(((s % 7) + 7 + 3) % 7);
}

std::string Date::iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::string Date::day_month_year() const {
  return std::to_string(day) + " " + month_name(month) + " " + std::to_string(year);
}

std::string Date::long_uk() const { return std::string(weekday_name(weekday())) + " " + day_month_year(); }

std::string Date::month_year() const { return std::string(month_name(month)) + " " + std::to_string(year); }

std::string Date::short_month() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.3s %02d", month_name(month), year % 100);
  return buf;
}

Date easter_sunday(int y) {
  // Anonymous Gregorian algorithm.
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return Date{y, month, day};
}

namespace {
// First or last given weekday of a month.
Date first_weekday(int y, int m, int wd) {
  Date d{y, m, 1};
  return d.add_days((wd - d.weekday() + 7) % 7);
}
Date last_weekday(int y, int m, int wd) {
  Date d{y, m, Date::days_in_month(y, m)};
  return d.add_days(-((d.weekday() - wd + 7) % 7));
}
}  // namespace

bool bank_holiday(const Date& d) {
  const int y = d.year;
  // New Year's Day, moved to Monday when it falls at a weekend.
  Date ny{y, 1, 1};
  if (ny.weekend()) ny = ny.add_days(ny.weekday() == 5 ? 2 : 1);
  if (d == ny) return true;
  Date easter = easter_sunday(y);
  if (d == easter.add_days(-2) || d == easter.add_days(1)) return true;
  // Early May: first Monday, except 2020 (VE Day, Friday 8 May).
  if (y == 2020 ? d == Date{2020, 5, 8} : d == first_weekday(y, 5, 0)) return true;
  // Spring: last Monday of May, except 2022 (Thursday 2 June; plus Friday 3 June).
  if (y == 2022) {
    if (d == Date{2022, 6, 2} || d == Date{2022, 6, 3}) return true;
  } else if (d == last_weekday(y, 5, 0)) {
    return true;
  }
  if (d == last_weekday(y, 8, 0)) return true;
  // Christmas and Boxing Day with substitutes.
  Date xmas{y, 12, 25}, boxing{y, 12, 26};
  int wd = xmas.weekday();
  if (wd == 5) {  // Saturday: Mon 27 and Tue 28
    xmas = Date{y, 12, 27};
    boxing = Date{y, 12, 28};
  } else if (wd == 6) {  // Sunday: Boxing Monday 26, Christmas Tue 27
    xmas = Date{y, 12, 27};
  } else if (wd == 4) {  // Friday: Boxing Day Saturday -> Monday 28
    boxing = Date{y, 12, 28};
  }
  if (d == xmas || d == boxing) return true;
  // One-off holidays: state funeral 2022, coronation 2023.
  return d == Date{2022, 9, 19} || d == Date{2023, 5, 8};
}

namespace {
bool counts(const Date& d, const ClearDayRule& rule) {
  if (!rule.count_weekends && d.weekend()) return false;
  if (!rule.count_bank_holidays && bank_holiday(d)) return false;
  return true;
}
}  // namespace

int clear_days_between(const Date& from, const Date& to, const ClearDayRule& rule) {
  int n = 0;
  for (Date d = from.add_days(1); d < to; d = d.add_days(1))
    if (counts(d, rule)) ++n;
  return n;
}

Date latest_date_with_clear_days(const Date& event, int days, const ClearDayRule& rule) {
  Date d = event.add_days(-1);
  for (int n = 0; n < days; d = d.add_days(-1))
    if (counts(d, rule)) ++n;
  // d is the day before the earliest clear day; it must itself be a day
  // that counts (a working day, where weekends and holidays do not).
  while (!counts(d, rule)) d = d.add_days(-1);
  return d;
}

}  // namespace panelpack
