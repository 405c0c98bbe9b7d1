#pragma once
// A measure's figures: its monthly series (a column, or a rate of two
// columns), its SPC analysis, its period figures and comparison badge.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kinds/annex/annex_spec.h"
#include "kinds/annex/comparison.h"
#include "kinds/annex/monthly_table.h"
#include "kinds/annex/periods.h"
#include "kinds/annex/spc.h"
#include "core/diagnostics.h"

namespace panelpack::annex {

struct MeasureResult {
  const MeasureSpec* spec = nullptr;
  Month first;                                // month of values[0]
  std::vector<std::optional<double>> values;  // up to the report month
  std::vector<std::optional<double>> bars;    // combo charts, aligned with values
  std::vector<std::optional<double>> numerator, denominator;  // rate measures, aligned
  SpcResult spc;
  Badge badge;
  Period badge_now, badge_before;

  Month month_at(size_t i) const { return first.plus(static_cast<int>(i)); }
  std::optional<double> at(Month m) const;
  // The latest month with a value.
  std::optional<Month> latest_month() const;
  // The measure over a period: the sum for counts and pounds; for a rate,
  // the sum of numerators over the sum of denominators; otherwise the mean
  // of the months. nullopt if any month of the period has no value.
  std::optional<double> over(const Period& p) const;
  // A value as shown: "12,280", "97.8%", "24 minutes", "£1,234".
  std::string show(double v) const;
  // Same, with a short unit (axis labels): "12,280", "97.8%", "24", "£1,234".
  std::string show_short(double v) const;
  // A mean or process limit: one decimal more than the values, so a month
  // flagged beyond a limit never reads the same as it ("41" against a
  // lower limit of "41.5"; "49.6%" against "49.63%").
  std::string show_level(double v) const;
  std::string show_level_short(double v) const;
  // A count or a rate of counts cannot go below zero: a process limit
  // computed below zero is shown (in charts, tables and prose) as 0; open
  // data keeps the computed value.
  bool never_negative() const;
  double shown_limit(double v) const { return never_negative() && v < 0 ? 0 : v; }
  // " (the computed lower process limit is below zero, so it is shown as 0)"
  // when the last segment's is; "" otherwise.
  std::string floored_note() const;
};

// Why a flat segment's limits equal its mean: "every baseline month is
// 120", or, when the figures do differ, "every month-to-month change is 0
// apart from the 1 screened out as unusually large".
std::string flat_reason(const MeasureResult& m, const SpcSegment& seg);
// Are all the baseline values of a segment the same?
bool baseline_constant(const MeasureResult& m, const SpcSegment& seg);

// Finds a series in the annex's data; reports a missing column or measure
// (with did-you-mean) at the reference. nullptr if it is not there.
const MonthlySeries* resolve(const SeriesRef& ref, const std::map<std::string, MonthlyTable>& data,
                             Diagnostics& diags);

std::optional<MeasureResult> compute_measure(const MeasureSpec& spec, const std::map<std::string, MonthlyTable>& data,
                                             Month report, Diagnostics& diags);

// Sum of a series over a period; nullopt if a month has no value (and
// *missing, if given, is set to the first such month).
std::optional<double> sum_over(const MonthlySeries& s, const Period& p, Month* missing = nullptr);

}  // namespace panelpack::annex
