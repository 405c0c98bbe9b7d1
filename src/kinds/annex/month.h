#pragma once
// A calendar month, the unit of every annex series. Months are numbered
// consecutively (index = year * 12 + month - 1) so gaps and spans are plain
// subtraction.
#include <compare>
#include <optional>
#include <string>

namespace panelpack::annex {

struct Month {
  int index = 0;  // year * 12 + (month - 1)

  static Month of(int year, int month) { return Month{year * 12 + month - 1}; }
  // A month as parse_csv_month reads it ("2024-04", "Apr-24", "01/04/2024"
  // …); nullopt otherwise, with `why` set to the cause.
  static std::optional<Month> parse(const std::string& text, std::string* why = nullptr);

  // Floor division, so that months before year 0 (a period reaching back from
  // a very early date) still name a month from 1 to 12.
  int year() const { return index >= 0 ? index / 12 : (index - 11) / 12; }
  int month() const { return index - year() * 12 + 1; }  // 1 = January
  Month plus(int months) const { return Month{index + months}; }
  auto operator<=>(const Month&) const = default;

  std::string iso() const;          // 2024-04
  std::string label() const;        // April 2024
  std::string short_label() const;  // Apr 2024
  std::string axis_label() const;   // Apr 24
};

const char* month_name(int month);        // 1 -> "January" (annex-local)
const char* month_short_name(int month);  // 1 -> "Jan"

}  // namespace panelpack::annex
