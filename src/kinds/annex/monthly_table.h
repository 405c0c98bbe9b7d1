#pragma once
// A data table of monthly figures read from CSV, in one of two forms:
//   wide: a month column ("month" or "date") and one column per series;
//   long: columns month (or date), measure, value - one row per figure.
// An empty cell is a known missing month (a gap in the chart). A month
// with no row at all, a duplicate month, or a figure that is not a number
// is an error at its file:line:col. A gap left by a row whose month could
// not be read (a row between the gap's neighbours in the file) is that
// row's error only, not a second one.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kinds/annex/month.h"
#include "core/diagnostics.h"
#include "load/csv_reader.h"

namespace panelpack::annex {

struct MonthlySeries {
  std::string name;
  Month first;
  std::vector<std::optional<double>> values;  // one per month from `first`
  std::vector<SourcePos> positions;           // the cell of each value

  Month last() const { return first.plus(static_cast<int>(values.size()) - 1); }
  std::optional<double> at(Month m) const;
  SourcePos pos_at(Month m) const;
};

struct MonthlyTable {
  std::string file;
  bool long_form = false;
  std::map<std::string, MonthlySeries> series;

  const MonthlySeries* find(const std::string& name) const;
  std::vector<std::string> names() const;
};

std::optional<MonthlyTable> read_monthly_table(const CsvTable& csv, Diagnostics& diags);

}  // namespace panelpack::annex
