#pragma once
// RFC 4180 CSV with positions: quoted fields (embedded commas, quotes and
// newlines), CRLF or LF line ends, an optional UTF-8 byte order mark. The
// first record is the header. Every cell remembers file:line:col so a bad
// figure can be pointed at exactly.
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "core/source_pos.h"

namespace panelpack {

struct CsvCell {
  std::string text;  // unquoted, "" unescaped
  SourcePos pos;     // where the field starts (its opening quote if quoted)
};

struct CsvRow {
  int line = 0;  // 1-based line on which the record starts
  std::vector<CsvCell> cells;
};

// What a column must hold. Checked by check_columns(); empty cells are
// allowed in every type (they mean "no value").
enum class CsvType {
  text,
  number,  // 12, -3.5, 27,063 (thousands grouped by 3), 12.5%
  month,   // see parse_csv_month
};

struct CsvColumn {
  std::string name;
  CsvType type = CsvType::text;
};

struct CsvTable {
  std::string file;
  std::vector<CsvCell> header;
  std::vector<CsvRow> rows;

  // Index of the column named `name` (exact, after trimming), or -1.
  int column(const std::string& name) const;
  std::vector<std::string> column_names() const;
};

// Parses `text` (the bytes of `file`). Errors go to `diags` in the house
// style, e.g. "failed to read data/calls.csv (row 14 has 3 fields, expected
// 4)"; returns nullopt when the table cannot be used.
//
// Unclosed quotes: a quoted value may run over line ends, but one whose
// closing quote is then followed by anything other than a comma or a line
// end was left open (it ran on to the opening quote of a later field). That
// is one error at the opening quote, naming the lines it swallowed, and
// reading stops there. A value over line ends in a row with the wrong
// number of fields is named in that error's hint.
std::optional<CsvTable> parse_csv(const std::string& file, const std::string& text, Diagnostics& diags);

// Checks that each declared column exists and that every non-empty cell
// parses as its type. Reports every problem; returns false if any.
// `declared_at` is where the columns were declared (for a missing column).
bool check_columns(const CsvTable& table, const std::vector<CsvColumn>& columns,
                   const SourcePos& declared_at, Diagnostics& diags);

// A number as written in a data table; nullopt if it is not one. A trailing
// % is allowed and ignored (12.5% -> 12.5), as are thousands separators in
// groups of three (27,063 -> 27063).
std::optional<double> parse_csv_number(const std::string& text);

// Year and month of a month as spreadsheets write it: "2023-04",
// "2023-04-01", "01/04/2023" (day/month/year, the UK order), "Apr-23",
// "Apr 2023", "April 2023", "01-Apr-23", "1 April 2023" (names in any case,
// two-digit years are 20xx). A date stands for its month only when it is the
// first of it: any other day is an error, as it is most likely an event's
// date, or a month/day/year date read the UK way. nullopt otherwise, with
// `why` set to the cause: "is not a month", "is not a date", "is a date that
// is not the first of its month".
// The hint for `text`, a month that parse_csv_month could not read, given
// its `why`: the forms it reads, or the date the text was read as.
std::string csv_month_hint(const std::string& text, const std::string& why);

// The hint for a cell that parse_csv_number could not read.
inline constexpr const char* kNumberHint =
    "write numbers like 1234, 1,234 or 12.5 (at most 15 digits); leave the cell empty for no value";

struct CsvMonth {
  int year = 0, month = 0;
};
std::optional<CsvMonth> parse_csv_month(const std::string& text, std::string* why = nullptr);

}  // namespace panelpack
