#pragma once
// UK police years: the financial year runs April to March (FY 2024/25),
// quarters are Q1 = April-June … Q4 = January-March, FYTD is April to the
// report month, SPLY is the same months a year earlier, and a rolling year
// is the twelve months ending with the report month.
#include <string>

#include "kinds/annex/month.h"

namespace panelpack::annex {

// A run of whole months, first and last included.
struct Period {
  Month first, last;
  std::string name;  // "FYTD 2024/25", "SPLY", "Q3 2024/25", "12 months to December 2024"

  int months() const { return last.index - first.index + 1; }
  bool contains(Month m) const { return first <= m && m <= last; }
  // The same months a year earlier, named `name`.
  Period year_earlier(std::string name) const;
  // "April 2024 to December 2024" (or "December 2024" for one month).
  std::string span() const;
  // "01/04/2024 - 31/12/2024", as the Cumbria slide pack writes it.
  std::string dates() const;
};

int financial_year(Month m);               // the calendar year in which its FY starts
std::string fy_label(int start_year);      // 2024 -> "FY 2024/25"
std::string fy_short(int start_year);      // 2024 -> "2024/25"
int quarter(Month m);                      // 1 = Apr-Jun … 4 = Jan-Mar
std::string quarter_label(Month m);        // "Q3 2024/25"

Period financial_year_period(int start_year);  // April start_year to March start_year+1
Period fytd(Month report);                     // April of report's FY to report
Period sply(const Period& p);                  // p a year earlier, named "SPLY"
Period quarter_period(Month m);                // the whole quarter containing m
// The latest quarter that is complete by the end of `report` (the quarter
// containing report if report is its last month, else the one before).
Period latest_complete_quarter(Month report);
Period rolling_12(Month report);               // report-11 … report

}  // namespace panelpack::annex
