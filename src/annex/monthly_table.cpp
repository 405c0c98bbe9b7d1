#include "annex/monthly_table.h"

#include <algorithm>

namespace panelpack::annex {

std::optional<double> MonthlySeries::at(Month m) const {
  if (m < first || m > last()) return std::nullopt;
  return values[m.index - first.index];
}

SourcePos MonthlySeries::pos_at(Month m) const {
  if (m < first || m > last()) return {};
  return positions[m.index - first.index];
}

const MonthlySeries* MonthlyTable::find(const std::string& name) const {
  auto it = series.find(name);
  return it == series.end() ? nullptr : &it->second;
}

std::vector<std::string> MonthlyTable::names() const {
  std::vector<std::string> out;
  for (const auto& [name, s] : series) out.push_back(name);
  return out;
}

namespace {

struct Entry {
  Month month;
  const CsvCell* month_cell;
  const CsvCell* value_cell;
  const CsvRow* row;
};

// Sorts one series' rows by month and reports duplicates and missing rows.
bool check_months(const std::string& file, const std::string& in, std::vector<Entry>& rows, Diagnostics& diags) {
  const std::string what = "failed to read " + file;
  std::stable_sort(rows.begin(), rows.end(), [](const Entry& a, const Entry& b) { return a.month < b.month; });
  bool ok = true;
  for (size_t i = 1; i < rows.size(); ++i) {
    if (rows[i].month == rows[i - 1].month) {
      diags.error(rows[i].month_cell->pos,
                  what + " (a second row" + in + " for " + rows[i].month.label() + ", the first is on line " +
                      std::to_string(rows[i - 1].month_cell->pos.line) + ")",
                  "keep one row per month; correct the month or delete one of the rows");
      ok = false;
    } else if (rows[i].month.index != rows[i - 1].month.index + 1) {
      Month missing = rows[i - 1].month.plus(1);
      std::string jump = rows[i - 1].month.label() + " to " + rows[i].month.label();
      diags.error(rows[i].month_cell->pos,
                  what + " (no row" + in + " for " + missing.label() + "; the months jump from " + jump + ")",
                  "add a row for each missing month; leave its value empty if the figure is not available");
      ok = false;
    }
  }
  return ok;
}

// Turns sorted, gap-free rows into a series, reporting figures that are not numbers.
bool collect(const std::string& file, const std::string& name, const std::vector<Entry>& rows, bool long_form,
             MonthlySeries& out, Diagnostics& diags) {
  bool ok = true;
  out.name = name;
  if (rows.empty()) return true;
  out.first = rows.front().month;
  for (const Entry& e : rows) {
    std::optional<double> v;
    const std::string& text = e.value_cell->text;
    if (text.find_first_not_of(" \t") != std::string::npos) {
      v = parse_csv_number(text);
      if (!v) {
        diags.error(e.value_cell->pos,
                    "failed to read " + file + " ('" + text + "'" +
                        (long_form ? " for '" + name + "'" : " in column '" + name + "'") + " is not a number)",
                    "write numbers like 1234, 1,234 or 12.5; leave the cell empty for no value");
        ok = false;
      }
    }
    out.values.push_back(v);
    out.positions.push_back(e.value_cell->pos);
  }
  return ok;
}

int month_column(const CsvTable& csv) {
  int c = csv.column("month");
  return c >= 0 ? c : csv.column("date");
}

}  // namespace

std::optional<MonthlyTable> read_monthly_table(const CsvTable& csv, Diagnostics& diags) {
  MonthlyTable table;
  table.file = csv.file;
  const std::string what = "failed to read " + csv.file;
  int mcol = month_column(csv);
  if (mcol < 0) {
    SourcePos at = csv.header.empty() ? SourcePos{csv.file, 1, 1} : csv.header[0].pos;
    diags.error(at, what + " (it has no 'month' column)",
                "name the first column 'month' and write months as 2024-04");
    return std::nullopt;
  }
  bool ok = true;
  std::vector<std::pair<Month, const CsvRow*>> rows;
  for (const auto& row : csv.rows) {
    const CsvCell& cell = row.cells[mcol];
    auto m = Month::parse(cell.text);
    if (!m) {
      diags.error(cell.pos, what + " ('" + cell.text + "' in column '" + csv.header[mcol].text + "' is not a month)",
                  "write months as 2024-04 or dates as 2024-04-01");
      ok = false;
      continue;
    }
    rows.push_back({*m, &row});
  }

  int measure = csv.column("measure"), value = csv.column("value");
  table.long_form = measure >= 0 && value >= 0;
  if (table.long_form) {
    std::map<std::string, std::vector<Entry>> by_measure;
    for (const auto& [m, row] : rows) {
      const CsvCell& name = row->cells[measure];
      std::string key = name.text;
      key.erase(0, key.find_first_not_of(" \t"));
      key.erase(key.find_last_not_of(" \t") + 1);
      if (key.empty()) {
        diags.error(name.pos, what + " (a row has no measure name)");
        ok = false;
        continue;
      }
      by_measure[key].push_back({m, &row->cells[mcol], &row->cells[value], row});
    }
    for (auto& [name, entries] : by_measure) {
      if (!check_months(csv.file, " for '" + name + "'", entries, diags)) {
        ok = false;
        continue;
      }
      ok &= collect(csv.file, name, entries, true, table.series[name], diags);
    }
  } else {
    std::vector<Entry> order;
    for (const auto& [m, row] : rows) order.push_back({m, &row->cells[mcol], &row->cells[mcol], row});
    if (!check_months(csv.file, "", order, diags)) return std::nullopt;
    for (size_t c = 0; c < csv.header.size(); ++c) {
      if (static_cast<int>(c) == mcol) continue;
      std::vector<Entry> entries = order;
      for (auto& e : entries) e.value_cell = &e.row->cells[c];
      ok &= collect(csv.file, csv.header[c].text, entries, false, table.series[csv.header[c].text], diags);
    }
  }
  if (!ok) return std::nullopt;
  return table;
}

}  // namespace panelpack::annex
