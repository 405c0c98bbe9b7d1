#include "load/csv_reader.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

#include "core/suggest.h"
#include "load/row_errors.h"

namespace panelpack {

namespace {

std::string trim(const std::string& s) {
  size_t a = s.find_first_not_of(" \t");
  if (a == std::string::npos) return {};
  size_t b = s.find_last_not_of(" \t");
  return s.substr(a, b - a + 1);
}

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Walks the text keeping line and (character) column.
class Cursor {
 public:
  Cursor(const std::string& text, size_t start) : t_(text), i_(start) {}
  bool done() const { return i_ >= t_.size(); }
  char peek(size_t k = 0) const { return i_ + k < t_.size() ? t_[i_ + k] : '\0'; }
  int line() const { return line_; }
  int col() const { return col_; }
  void next() {
    char c = t_[i_++];
    if (c == '\n') {
      ++line_;
      col_ = 1;
    } else if (!is_continuation(static_cast<unsigned char>(c))) {
      ++col_;
    }
  }
  // At a line end ("\n" or "\r\n")?
  bool at_eol() const { return peek() == '\n' || (peek() == '\r' && peek(1) == '\n'); }
  void skip_eol() {
    if (peek() == '\r') ++i_;
    next();
  }

 private:
  const std::string& t_;
  size_t i_;
  int line_ = 1, col_ = 1;
};

}  // namespace

int CsvTable::column(const std::string& name) const {
  for (size_t i = 0; i < header.size(); ++i)
    if (header[i].text == name) return static_cast<int>(i);
  return -1;
}

std::vector<std::string> CsvTable::column_names() const {
  std::vector<std::string> names;
  for (const auto& h : header) names.push_back(h.text);
  return names;
}

namespace {

// The hint for a quote that was never closed: the field as it should have
// been written, when its first line is short enough to quote.
std::string closing_quote_hint(const std::string& value, int line) {
  std::string first = value.substr(0, value.find('\n'));
  if (!first.empty() && first.back() == '\r') first.pop_back();
  if (first.empty() || first.size() > 40)
    return "add the closing \" at the end of the field on line " + std::to_string(line);
  std::string quoted = "\"";
  for (char c : first) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return "add the closing \" at the end of the field: " + quoted + "\"";
}

// The last line holding any of a quoted value that started on `first_line`
// (a value that ends with line ends does not reach the lines they start).
int last_line_of(const std::string& value, int first_line) {
  size_t end = value.find_last_not_of("\r\n");
  if (end == std::string::npos) return first_line;
  int lines = 0;
  for (size_t i = 0; i < end; ++i) lines += value[i] == '\n';
  return first_line + lines;
}

}  // namespace

std::optional<CsvTable> parse_csv(const std::string& file, const std::string& text, Diagnostics& diags) {
  CsvTable table;
  table.file = file;
  size_t start = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
  Cursor cur(text, start);
  const std::string what = "failed to read " + file;
  bool ok = true;
  std::vector<CsvRow> records;

  while (!cur.done()) {
    if (cur.at_eol()) {  // blank line
      cur.skip_eol();
      continue;
    }
    CsvRow row;
    row.line = cur.line();
    bool record_ok = true;
    // The first quoted value of the record that runs over a line end, and
    // the last line it reaches (for the unclosed-quote diagnosis).
    bool multiline = false;
    size_t multiline_index = 0;
    int multiline_last = 0;
    while (true) {
      CsvCell cell;
      cell.pos = {file, cur.line(), cur.col()};
      if (cur.peek() == '"') {
        cur.next();
        bool closed = false;
        while (!cur.done()) {
          char c = cur.peek();
          if (c == '"') {
            if (cur.peek(1) == '"') {
              cell.text += '"';
              cur.next();
              cur.next();
              continue;
            }
            cur.next();
            closed = true;
            break;
          }
          if (c == '\r' && cur.peek(1) == '\n') {
            cur.skip_eol();
            cell.text += '\n';
            continue;
          }
          cell.text += c;
          cur.next();
        }
        int last = last_line_of(cell.text, cell.pos.line);
        if (!closed) {
          std::string cause = last > cell.pos.line
                                  ? "the quote opened here is never closed, so lines " +
                                        std::to_string(cell.pos.line) + " to " + std::to_string(last) +
                                        " read as one value"
                                  : "a quoted field is never closed";
          diags.error(cell.pos, what + " (" + cause + ")", closing_quote_hint(cell.text, cell.pos.line));
          return std::nullopt;
        }
        if (!cur.done() && !cur.at_eol() && cur.peek() != ',') {
          if (cur.line() > cell.pos.line) {
            // A value that ran over line ends and then breaks at its
            // closing quote: the quote that opened it was almost certainly
            // meant to close on its own line, and the "closing" quote is
            // the opening quote of a later field. Everything after it is
            // misread, so this is the only error reported for the file.
            diags.error(cell.pos,
                        what + " (the quote opened here is not closed until line " + std::to_string(cur.line()) +
                            ", so lines " + std::to_string(cell.pos.line) + " to " + std::to_string(cur.line()) +
                            " read as one value)",
                        closing_quote_hint(cell.text, cell.pos.line));
            return std::nullopt;
          }
          diags.error({file, cur.line(), cur.col()},
                      what + " (unexpected text after a closing quote)",
                      "a quote inside a quoted field is written twice: \"\"");
          record_ok = false;
          while (!cur.done() && !cur.at_eol() && cur.peek() != ',') cur.next();
        }
        if (!multiline && last > cell.pos.line) {
          multiline_index = row.cells.size();
          multiline_last = last;
          multiline = true;
        }
      } else {
        while (!cur.done() && !cur.at_eol() && cur.peek() != ',') {
          if (cur.peek() == '"' && record_ok) {
            diags.error({file, cur.line(), cur.col()},
                        what + " (a quote inside an unquoted field)",
                        "put the whole field in quotes and write the quote twice: \"say \"\"hello\"\"\"");
            record_ok = false;
          }
          cell.text += cur.peek();
          cur.next();
        }
      }
      row.cells.push_back(std::move(cell));
      if (cur.peek() == ',') {
        cur.next();
        continue;
      }
      if (!cur.done()) cur.skip_eol();
      break;
    }
    if (!records.empty() && row.cells.size() != records.front().cells.size()) {
      // A wrong number of fields. When a quoted value of the record ran
      // over line ends, its missing closing quote is the likely cause.
      std::string hint = "a comma inside a value needs the value in quotes: \"27,063\"";
      if (multiline) {
        const CsvCell& m = row.cells[multiline_index];
        hint = "the quoted value at " + std::to_string(m.pos.line) + ":" + std::to_string(m.pos.col) +
               " runs over lines " + std::to_string(m.pos.line) + " to " + std::to_string(multiline_last) +
               "; if its closing quote is missing, " + closing_quote_hint(m.text, m.pos.line);
      }
      diags.error({file, row.line, 1},
                  what + " (row " + std::to_string(row.line) + " has " + std::to_string(row.cells.size()) +
                      " fields, expected " + std::to_string(records.front().cells.size()) + ")",
                  hint);
      record_ok = false;
    }
    if (!record_ok) ok = false;
    records.push_back(std::move(row));
  }

  if (records.empty()) {
    diags.error({file, 0, 0}, what + " (the file is empty; expected a header row)");
    return std::nullopt;
  }
  table.header = std::move(records.front().cells);
  for (auto& h : table.header) h.text = trim(h.text);
  for (size_t i = 0; i < table.header.size(); ++i) {
    if (table.header[i].text.empty()) {
      diags.error(table.header[i].pos, what + " (column " + std::to_string(i + 1) + " has no name)",
                  "give every column a name in the first row");
      ok = false;
    }
    for (size_t j = 0; j < i; ++j) {
      if (!table.header[i].text.empty() && table.header[i].text == table.header[j].text) {
        diags.error(table.header[i].pos,
                    what + " (column '" + table.header[i].text + "' appears twice, also at column " +
                        std::to_string(j + 1) + ")");
        ok = false;
      }
    }
  }
  for (size_t r = 1; r < records.size(); ++r) table.rows.push_back(std::move(records[r]));
  if (!ok) return std::nullopt;
  return table;
}

std::optional<double> parse_csv_number(const std::string& raw) {
  std::string s = trim(raw);
  if (!s.empty() && s.back() == '%') s = trim(s.substr(0, s.size() - 1));
  if (s.empty()) return std::nullopt;
  std::string digits;
  size_t i = 0;
  if (s[i] == '-' || s[i] == '+') digits += s[i++];
  size_t int_start = i;
  while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == ',')) ++i;
  std::string int_part = s.substr(int_start, i - int_start);
  if (int_part.empty()) return std::nullopt;
  if (int_part.find(',') != std::string::npos) {
    // Thousands separators: a first group of one to three digits, then
    // groups of exactly three.
    size_t pos = 0, group = 0;
    while (true) {
      size_t comma = int_part.find(',', pos);
      size_t len = (comma == std::string::npos ? int_part.size() : comma) - pos;
      if (group == 0 ? (len < 1 || len > 3) : len != 3) return std::nullopt;
      if (comma == std::string::npos) break;
      pos = comma + 1;
      ++group;
    }
  }
  for (char c : int_part)
    if (c != ',') digits += c;
  if (i < s.size() && s[i] == '.') {
    digits += '.';
    ++i;
    size_t frac_start = i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) digits += s[i++];
    if (i == frac_start) return std::nullopt;
  }
  if (i != s.size()) return std::nullopt;
  char* end = nullptr;
  double v = std::strtod(digits.c_str(), &end);
  // Beyond 15 digits a double no longer holds every whole number, and no figure of ours is that large.
  if (end == digits.c_str() || *end != '\0' || !(std::fabs(v) < 1e15)) return std::nullopt;
  return v;
}

namespace {

int days_in(int year, int month) {
  static const int len[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return len[month - 1] + (month == 2 && leap ? 1 : 0);
}

bool all_digits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
}

// 1 to 12 for "Apr", "April", "Sept" (any case); 0 otherwise.
int month_from_name(const std::string& word) {
  static const char* const kFull[] = {"january", "february", "march",     "april",   "may",      "june",
                                      "july",    "august",   "september", "october", "november", "december"};
  std::string w;
  for (char c : word) w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (w == "sept") return 9;
  for (int m = 0; m < 12; ++m) {
    std::string full = kFull[m];
    if (w == full || w == full.substr(0, 3)) return m + 1;
  }
  return 0;
}

// "2023" -> 2023, "23" -> 2023; -1 otherwise.
int year_from(const std::string& s) {
  if (!all_digits(s)) return -1;
  if (s.size() == 4) return std::atoi(s.c_str());
  if (s.size() == 2) return 2000 + std::atoi(s.c_str());
  return -1;
}

// Splits at '-', '/', ' ' (runs of spaces count once).
std::vector<std::string> date_parts(const std::string& s, char& sep) {
  std::vector<std::string> parts;
  std::string cur;
  sep = 0;
  for (char c : s) {
    if (c == '-' || c == '/' || c == ' ') {
      if (c == ' ' && cur.empty() && !parts.empty()) continue;
      if (sep == 0) sep = c;
      parts.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  parts.push_back(cur);
  return parts;
}

}  // namespace

namespace {

// The year, month and day (0 when none is written) of one of the forms
// parse_csv_month reads, unchecked; false when it is none of them.
bool read_month_parts(const std::string& s, int& year, int& month, int& day) {
  char sep = 0;
  std::vector<std::string> p = date_parts(s, sep);
  year = -1, month = 0, day = 0;
  if ((p.size() == 2 || p.size() == 3) && sep == '-' && p[0].size() == 4 && all_digits(p[0]) &&
      p[1].size() == 2 && all_digits(p[1])) {
    // 2023-04, 2023-04-01
    year = std::atoi(p[0].c_str());
    month = std::atoi(p[1].c_str());
    if (p.size() == 3) {
      if (p[2].size() != 2 || !all_digits(p[2])) return false;
      day = std::atoi(p[2].c_str());
    }
  } else if (p.size() == 3 && sep == '/' && all_digits(p[0]) && p[0].size() <= 2 && all_digits(p[1]) &&
             p[1].size() <= 2 && p[2].size() == 4 && all_digits(p[2])) {
    // 01/04/2023: day, month, year (the UK order)
    day = std::atoi(p[0].c_str());
    month = std::atoi(p[1].c_str());
    year = std::atoi(p[2].c_str());
  } else if (p.size() == 2 && month_from_name(p[0]) && year_from(p[1]) >= 0) {
    // Apr-23, Apr 2023, April 2023
    month = month_from_name(p[0]);
    year = year_from(p[1]);
  } else if (p.size() == 3 && all_digits(p[0]) && p[0].size() <= 2 && month_from_name(p[1]) &&
             year_from(p[2]) >= 0) {
    // 01-Apr-23, 1 April 2023
    day = std::atoi(p[0].c_str());
    month = month_from_name(p[1]);
    year = year_from(p[2]);
  } else {
    return false;
  }
  return true;
}

const char* const kNotFirst = "is a date that is not the first of its month";

}  // namespace

std::string csv_month_hint(const std::string& text, const std::string& why) {
  int year = 0, month = 0, day = 0;
  if (why == kNotFirst && read_month_parts(trim(text), year, month, day)) {
    static const char* const kNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                         "July",    "August",   "September", "October", "November", "December"};
    return "'" + trim(text) + "' reads as " + std::to_string(day) + " " + kNames[month - 1] + " " +
           std::to_string(year) +
           " (dates are day/month/year); a month column names months: write the first of the month "
           "(01/04/2024) or the month alone (2024-04 or Apr-24)";
  }
  return "write months as 2024-04, Apr-24, April 2024, or the first of the month as 01/04/2024 or 2024-04-01";
}

std::optional<CsvMonth> parse_csv_month(const std::string& raw, std::string* why) {
  auto fail = [&](std::string cause) -> std::optional<CsvMonth> {
    if (why) *why = std::move(cause);
    return std::nullopt;
  };
  int year = 0, month = 0, day = 0;
  if (!read_month_parts(trim(raw), year, month, day)) return fail("is not a month");
  if (month < 1 || month > 12) return fail("is not a month");
  if (day != 0) {
    if (day < 1 || day > days_in(year, month)) return fail("is not a date");
    if (day != 1) return fail(kNotFirst);
  }
  return CsvMonth{year, month};
}

bool check_columns(const CsvTable& table, const std::vector<CsvColumn>& columns,
                   const SourcePos& declared_at, Diagnostics& diags) {
  bool ok = true;
  for (const auto& col : columns) {
    int idx = table.column(col.name);
    if (idx < 0) {
      diags.error(declared_at,
                  "failed to read " + table.file + " (it has no column '" + col.name + "')",
                  suggestion(col.name, table.column_names()));
      ok = false;
      continue;
    }
    if (col.type == CsvType::text) continue;
    RowErrors errors;
    const std::string what = "failed to read " + table.file;
    for (const auto& row : table.rows) {
      const CsvCell& cell = row.cells[idx];
      if (trim(cell.text).empty()) continue;
      const std::string value = "'" + cell.text + "' in column '" + col.name + "'";
      std::string why;
      if (col.type == CsvType::number && !parse_csv_number(cell.text)) {
        errors.add(cell.pos, what, col.name, value, "is not a number", kNumberHint);
        ok = false;
      } else if (col.type == CsvType::month && !parse_csv_month(cell.text, &why)) {
        errors.add(cell.pos, what, col.name, value, why, csv_month_hint(cell.text, why));
        ok = false;
      }
    }
    errors.report(diags);
  }
  return ok;
}

}  // namespace panelpack
