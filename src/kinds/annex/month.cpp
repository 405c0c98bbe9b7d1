#include "kinds/annex/month.h"

#include <cstdio>

#include "load/csv_reader.h"

namespace panelpack::annex {

namespace {
const char* const kNames[] = {"January", "February", "March",     "April",   "May",      "June",
                              "July",    "August",   "September", "October", "November", "December"};
const char* const kShort[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
}  // namespace

const char* month_name(int month) { return kNames[(month - 1) % 12]; }
const char* month_short_name(int month) { return kShort[(month - 1) % 12]; }

std::optional<Month> Month::parse(const std::string& text, std::string* why) {
  auto m = parse_csv_month(text, why);
  if (!m) return std::nullopt;
  return Month::of(m->year, m->month);
}

std::string Month::iso() const {
  char buf[32];  // room for any int year
  std::snprintf(buf, sizeof buf, "%04d-%02d", year(), month());
  return buf;
}

std::string Month::label() const { return std::string(month_name(month())) + " " + std::to_string(year()); }

std::string Month::short_label() const {
  return std::string(month_short_name(month())) + " " + std::to_string(year());
}

std::string Month::axis_label() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d", year() % 100);
  return std::string(month_short_name(month())) + " " + buf;
}

}  // namespace panelpack::annex
