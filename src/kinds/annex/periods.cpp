#include "kinds/annex/periods.h"

#include <cstdio>

namespace panelpack::annex {

int financial_year(Month m) { return m.month() >= 4 ? m.year() : m.year() - 1; }

std::string fy_short(int start_year) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%d/%02d", start_year, (start_year + 1) % 100);
  return buf;
}

std::string fy_label(int start_year) { return "FY " + fy_short(start_year); }

int quarter(Month m) { return (m.month() + 8) % 12 / 3 + 1; }

std::string quarter_label(Month m) {
  return "Q" + std::to_string(quarter(m)) + " " + fy_short(financial_year(m));
}

Period Period::year_earlier(std::string n) const { return Period{first.plus(-12), last.plus(-12), std::move(n)}; }

std::string Period::span() const {
  if (first == last) return first.label();
  return first.label() + " to " + last.label();
}

std::string Period::dates() const {
  static const int len[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int y = last.year(), m = last.month();
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  int end_day = len[m - 1] + (m == 2 && leap ? 1 : 0);
  char buf[64];
  std::snprintf(buf, sizeof buf, "01/%02d/%04d - %02d/%02d/%04d", first.month(), first.year(), end_day, m, y);
  return buf;
}

Period financial_year_period(int start_year) {
  return Period{Month::of(start_year, 4), Month::of(start_year + 1, 3), fy_label(start_year)};
}

Period fytd(Month report) {
  int fy = financial_year(report);
  return Period{Month::of(fy, 4), report, "FYTD " + fy_short(fy)};
}

Period sply(const Period& p) { return p.year_earlier("SPLY"); }

Period quarter_period(Month m) {
  int offset = (m.month() + 8) % 12 % 3;  // months since the quarter began
  Month first = m.plus(-offset);
  return Period{first, first.plus(2), quarter_label(m)};
}

Period latest_complete_quarter(Month report) {
  Period q = quarter_period(report);
  if (q.last == report) return q;
  return quarter_period(q.first.plus(-1));
}

Period rolling_12(Month report) {
  return Period{report.plus(-11), report, "12 months to " + report.label()};
}

}  // namespace panelpack::annex
