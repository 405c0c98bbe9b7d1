// Fuzzes the CSV reader: parse_csv, then check_columns with the header's own
// names typed text, number and month in turn, the cell parsers on every
// cell, and the formatted diagnostics.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/diagnostics.h"
#include "load/csv_reader.h"

using namespace panelpack;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string file = "data/calls.csv";
  const std::string text(reinterpret_cast<const char*>(data), size);
  Diagnostics diags;
  diags.add_source(file, text);
  if (auto table = parse_csv(file, text, diags)) {
    std::vector<CsvColumn> columns;
    const CsvType types[] = {CsvType::text, CsvType::number, CsvType::month};
    for (const auto& name : table->column_names()) {
      columns.push_back({name, types[columns.size() % 3]});
      (void)table->column(name);
    }
    columns.push_back({"missing column", CsvType::number});
    check_columns(*table, columns, {"annex.yaml", 3, 5}, diags);
    for (const auto& row : table->rows)
      for (const auto& cell : row.cells) {
        (void)parse_csv_number(cell.text);
        (void)parse_csv_month(cell.text);
      }
  }
  (void)diags.format();
  return 0;
}
