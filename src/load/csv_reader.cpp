#include "load/csv_reader.h"

#include <cmath>
#include <cstdlib>

#include "core/suggest.h"

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

std::optional<CsvMonth> parse_csv_month(const std::string& raw) {
  std::string s = trim(raw);
  auto digits = [&](size_t from, size_t n) {
    if (from + n > s.size()) return false;
    for (size_t k = from; k < from + n; ++k)
      if (!std::isdigit(static_cast<unsigned char>(s[k]))) return false;
    return true;
  };
  if (!(s.size() == 7 || s.size() == 10) || !digits(0, 4) || s[4] != '-' || !digits(5, 2)) return std::nullopt;
  CsvMonth m{std::atoi(s.substr(0, 4).c_str()), std::atoi(s.substr(5, 2).c_str())};
  if (m.month < 1 || m.month > 12) return std::nullopt;
  if (s.size() == 10) {
    if (s[7] != '-' || !digits(8, 2)) return std::nullopt;
    int d = std::atoi(s.substr(8, 2).c_str());
    static const int len[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (m.year % 4 == 0 && m.year % 100 != 0) || m.year % 400 == 0;
    int max = len[m.month - 1] + (m.month == 2 && leap ? 1 : 0);
    if (d < 1 || d > max) return std::nullopt;
  }
  return m;
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
    for (const auto& row : table.rows) {
      const CsvCell& cell = row.cells[idx];
      if (trim(cell.text).empty()) continue;
      if (col.type == CsvType::number && !parse_csv_number(cell.text)) {
        diags.error(cell.pos,
                    "failed to read " + table.file + " ('" + cell.text + "' in column '" + col.name +
                        "' is not a number)",
                    "write numbers like 1234, 1,234 or 12.5 (at most 15 digits); leave the cell empty for no value");
        ok = false;
      } else if (col.type == CsvType::month && !parse_csv_month(cell.text)) {
        diags.error(cell.pos,
                    "failed to read " + table.file + " ('" + cell.text + "' in column '" + col.name +
                        "' is not a month)",
                    "write months as 2024-04 or dates as 2024-04-01");
        ok = false;
      }
    }
  }
  return ok;
}

}  // namespace panelpack
