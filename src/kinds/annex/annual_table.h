#pragma once
// An annual table (`kind: annual`): one row per financial year of the data,
// the last one the year to date ("FYTD 2024/25") when the report month is
// not March; one column per series, its sum over the year (counts) or the
// mean of its months ('over: mean', for averages such as days to close).
// A year with a missing month shows "no figure" in that column.
#include <optional>
#include <string>
#include <vector>

#include "kinds/annex/monthly_table.h"

namespace panelpack::annex {

struct AnnualColumn {
  std::string label;
  const MonthlySeries* series = nullptr;  // nullptr: already reported missing; shows "no figure"
  bool mean = false;
};

struct AnnualTable {
  std::vector<std::string> labels;                   // "2022/23", "2023/24", "FYTD 2024/25"
  std::vector<std::vector<std::optional<double>>> values;  // [row][column]
  std::vector<std::vector<std::string>> texts;       // as shown, "no figure" for none
};

AnnualTable annual_table(const std::vector<AnnualColumn>& columns, Month report, int decimals);

}  // namespace panelpack::annex
