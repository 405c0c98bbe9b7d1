#pragma once
// Period comparisons: the Cumbria "main crime types" table (SPLY volume,
// FYTD volume, change, % change, positive outcome rates and the change in
// percentage points), count tables with a computed total row and a
// percentage column (the custody drug testing table), and the per-measure
// comparison badge ("+5% Qtrly"). Every figure is computed unrounded; the
// *_text fields are the display strings.
#include <optional>
#include <string>
#include <vector>

#include "kinds/annex/spc.h"

namespace panelpack::annex {

struct RateComparison {
  std::string name;
  double before_volume = 0, after_volume = 0;
  std::optional<double> before_outcomes, after_outcomes;

  double change = 0;                     // after - before
  std::optional<double> change_percent;  // change / before × 100; none if before is 0
  std::optional<double> before_rate, after_rate;  // outcomes / volume × 100
  std::optional<double> change_pp;                // after_rate - before_rate

  std::string before_volume_text, after_volume_text, change_text, change_percent_text;
  std::string before_rate_text, after_rate_text, change_pp_text;  // "" when not available
};

RateComparison compare_rates(std::string name, double before_volume, double after_volume,
                             std::optional<double> before_outcomes = std::nullopt,
                             std::optional<double> after_outcomes = std::nullopt);

// A table of counts: one row per label, one column per category, a total
// row, and optionally a column giving one category as a percentage of the
// row's total (all categories).
struct CountTable {
  std::vector<std::string> columns;
  struct Row {
    std::string label;
    std::vector<std::optional<double>> counts;  // nullopt shows as "no figure"
    double total = 0;
    std::optional<double> percent;              // of `percent_of` in the row total
    std::vector<std::string> count_texts;
    std::string total_text, percent_text;  // percent_text "no figure" when the total is 0
  };
  std::vector<Row> rows;
  Row total;                  // label "Grand Total" unless given
  int percent_of = -1;        // column index, or -1 for no percentage column
  std::string percent_label;  // "Percent Positive"
};

// Sums columns into the total row and fills percentages and display texts.
// `percent_decimals` is the rounding of the percentage column (0 -> "57%").
void complete_count_table(CountTable& table, int percent_decimals = 0, const std::string& total_label = "Grand Total");

// The comparison badge of a measure: the latest complete quarter against the
// same quarter a year earlier (or another pair of periods).
struct Badge {
  std::optional<double> change;  // percent for counts; percentage points for percent measures
  bool points = false;           // change is in percentage points
  std::string text;              // "+5%", "-0.04pp", "=" for no change, "" when not computable
  std::string tone;              // "improvement", "concern", "neutral"
  std::string label;             // "Qtrly"
  // The periods compared, and why there is no figure when there is none: "Q3 2024/25 against
  // Q3 2023/24", "Q3 2024/25 against Q3 2023/24: no change", "…: not comparable (…)". The
  // figure itself is printed once, in `text`.
  std::string description;
  // Why a change in the improving or worsening direction is neutral: "the SPC shows no special
  // cause concern in Q3 2024/25" (see agree_with_spc); "" otherwise.
  std::string neutral_reason;
};

Badge make_badge(double before, double after, bool percent_measure, Direction direction, std::string label,
                 std::string description_prefix);

// A badge is coloured as an improvement or a concern only when the SPC agrees: some month of the
// badge's period (`flagged` gives the point types of its months) shows special cause variation of
// that kind. Otherwise it is neutral, with the reason naming the period (`period_name`).
void agree_with_spc(Badge& badge, const std::vector<PointType>& flagged, const std::string& period_name);

}  // namespace panelpack::annex
