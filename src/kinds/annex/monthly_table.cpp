#include "kinds/annex/monthly_table.h"

#include <algorithm>

#include "load/csv_reader.h"
#include "load/row_errors.h"

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

// "May 2024", "May and June 2024", "November 2023 to February 2024": the
// months from `a` to `b`, a and b included.
std::string month_span(Month a, Month b) {
  if (a == b) return a.label();
  std::string from = a.year() == b.year() ? month_name(a.month()) : a.label();
  return from + (b.index == a.index + 1 ? " and " : " to ") + b.label();
}

// Sorts one series' rows by month and reports duplicates and missing rows.
// A gap is not reported when a row whose month could not be read
// (`unread_lines`) lies between the rows on either side of it in the file:
// that row is most likely the missing month, and it has its own error.
bool check_months(const std::string& file, const std::string& in, std::vector<Entry>& rows,
                  const std::vector<int>& unread_lines, Diagnostics& diags) {
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
      ok = false;
      int a = rows[i - 1].row->line, b = rows[i].row->line;
      if (a > b) std::swap(a, b);
      bool explained = std::any_of(unread_lines.begin(), unread_lines.end(),
                                   [&](int line) { return a < line && line < b; });
      if (explained) continue;
      Month from = rows[i - 1].month.plus(1), to = rows[i].month.plus(-1);
      int gap = to.index - from.index + 1;
      std::string jump = rows[i - 1].month.label() + " to " + rows[i].month.label();
      diags.error(rows[i].month_cell->pos,
                  what + " (no row" + (gap > 1 ? "s" : "") + in + " for " + month_span(from, to) +
                      "; the months jump from " + jump + ")",
                  "add a row for each missing month; leave its value empty if the figure is not available");
    }
  }
  return ok;
}

// Turns sorted, gap-free rows into a series, reporting figures that are not numbers.
bool collect(const std::string& file, const std::string& name, const std::vector<Entry>& rows, bool long_form,
             MonthlySeries& out, Diagnostics& diags) {
  bool ok = true;
  RowErrors errors;
  out.name = name;
  if (rows.empty()) return true;
  out.first = rows.front().month;
  for (const Entry& e : rows) {
    std::optional<double> v;
    const std::string& text = e.value_cell->text;
    if (text.find_first_not_of(" \t") != std::string::npos) {
      v = parse_csv_number(text);
      if (!v) {
        errors.add(e.value_cell->pos, "failed to read " + file, name,
                   "'" + text + "'" + (long_form ? " for '" + name + "'" : " in column '" + name + "'"),
                   "is not a number", kNumberHint);
        ok = false;
      }
    }
    out.values.push_back(v);
    out.positions.push_back(e.value_cell->pos);
  }
  errors.report(diags);
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
  int measure = csv.column("measure"), value = csv.column("value");
  table.long_form = measure >= 0 && value >= 0;
  auto measure_of = [&](const CsvRow& row) {
    std::string key = row.cells[measure].text;
    key.erase(0, key.find_first_not_of(" \t"));
    key.erase(key.find_last_not_of(" \t") + 1);
    return key;
  };
  std::vector<std::pair<Month, const CsvRow*>> rows;
  // Lines of rows whose month could not be read: in wide form every series,
  // in long form the row's measure (or every measure if it has no name).
  std::vector<int> unread;
  std::map<std::string, std::vector<int>> unread_by_measure;
  RowErrors month_errors;
  for (const auto& row : csv.rows) {
    const CsvCell& cell = row.cells[mcol];
    std::string why;
    auto m = Month::parse(cell.text, &why);
    if (!m) {
      month_errors.add(cell.pos, what, csv.header[mcol].text,
                       "'" + cell.text + "' in column '" + csv.header[mcol].text + "'", why, csv_month_hint(cell.text, why));
      ok = false;
      std::string key = table.long_form ? measure_of(row) : "";
      (key.empty() ? unread : unread_by_measure[key]).push_back(row.line);
      continue;
    }
    rows.push_back({*m, &row});
  }
  month_errors.report(diags);

  if (table.long_form) {
    std::map<std::string, std::vector<Entry>> by_measure;
    for (const auto& [m, row] : rows) {
      const CsvCell& name = row->cells[measure];
      std::string key = measure_of(*row);
      if (key.empty()) {
        diags.error(name.pos, what + " (a row has no measure name)");
        ok = false;
        continue;
      }
      by_measure[key].push_back({m, &row->cells[mcol], &row->cells[value], row});
    }
    for (auto& [name, entries] : by_measure) {
      std::vector<int> lines = unread;
      if (auto u = unread_by_measure.find(name); u != unread_by_measure.end())
        lines.insert(lines.end(), u->second.begin(), u->second.end());
      if (!check_months(csv.file, " for '" + name + "'", entries, lines, diags)) {
        ok = false;
        continue;
      }
      ok &= collect(csv.file, name, entries, true, table.series[name], diags);
    }
  } else {
    std::vector<Entry> order;
    for (const auto& [m, row] : rows) order.push_back({m, &row->cells[mcol], &row->cells[mcol], row});
    if (!check_months(csv.file, "", order, unread, diags)) return std::nullopt;
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
