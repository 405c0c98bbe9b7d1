#include "model/money_table.h"

#include <cctype>
#include <cstdlib>

namespace panelpack {

std::optional<ParsedAmount> parse_amount(const std::string& text) {
  std::string s;
  for (char c : text)
    if (c != ' ') s += c;
  bool negative = false;
  if (s.size() >= 2 && s.front() == '(' && s.back() == ')') {
    negative = true;
    s = s.substr(1, s.size() - 2);
  }
  if (!s.empty() && s[0] == '-') {
    if (negative) return std::nullopt;
    negative = true;
    s.erase(0, 1);
  }
  if (s.rfind("\xC2\xA3", 0) == 0) s.erase(0, 2);  // £
  if (s.empty()) return std::nullopt;
  const size_t point = s.find('.');
  std::string whole = s.substr(0, point), fraction = point == std::string::npos ? "" : s.substr(point + 1);
  if (whole.empty() || fraction.size() > 2 || (point != std::string::npos && fraction.empty())) return std::nullopt;
  // Thousands separators only in groups of three.
  std::string digits;
  if (whole.find(',') != std::string::npos) {
    size_t first = whole.find(',');
    if (first == 0 || first > 3) return std::nullopt;
    for (size_t i = first; i < whole.size(); i += 4)
      if (whole[i] != ',' || i + 4 > whole.size() || (i + 4 < whole.size() && whole[i + 4] != ',')) return std::nullopt;
  }
  for (char c : whole)
    if (c != ',') digits += c;
  for (char c : digits + fraction)
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
  if (digits.size() > 13) return std::nullopt;  // pence stay well inside 64 bits
  ParsedAmount a;
  a.decimals = static_cast<int>(fraction.size());
  while (fraction.size() < 2) fraction += '0';
  a.pence = std::strtoll(digits.c_str(), nullptr, 10) * 100 + std::strtoll(fraction.c_str(), nullptr, 10);
  if (negative) a.pence = -a.pence;
  return a;
}

std::string format_amount(int64_t pence, int decimals) {
  const bool negative = pence < 0;
  uint64_t p = negative ? static_cast<uint64_t>(-pence) : static_cast<uint64_t>(pence);
  uint64_t whole = p / 100, cents = p % 100;
  if (decimals == 0 && cents >= 50) ++whole;  // shown whole: round half up
  std::string digits = std::to_string(whole), grouped;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
    grouped += digits[i];
  }
  if (decimals > 0) {
    std::string c = std::to_string(cents);
    grouped += "." + std::string(2 - c.size(), '0') + c;
  }
  return (negative && (whole > 0 || (decimals > 0 && cents > 0)) ? "-" : "") + grouped;
}

std::string rag_rating(double value, const RagRule& rule) {
  if (value > rule.green) return "green";
  if (value >= rule.amber) return "amber";
  return "red";
}

namespace {

std::string fill_group(std::string label, const std::string& group) {
  const std::string field = "{group}";
  for (size_t at = label.find(field); at != std::string::npos; at = label.find(field, at + group.size()))
    label.replace(at, field.size(), group);
  return label;
}

std::string capitalised(const std::string& word) {
  std::string w = word;
  if (!w.empty()) w[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
  return w;
}

}  // namespace

MoneyTable compute_money_table(const MoneyTableSpec& spec, Diagnostics& diags) {
  MoneyTable t;
  t.id = spec.id;
  t.title = spec.title;
  const size_t n = spec.columns.size();
  int rag_column = -1;
  for (size_t c = 0; c < n; ++c) {
    t.headers.push_back(spec.columns[c].label);
    t.amount.push_back(spec.columns[c].amount);
    if (spec.rag && spec.columns[c].key == spec.rag->of) rag_column = static_cast<int>(c);
  }
  if (spec.rag) {
    if (rag_column < 0 || !spec.columns[static_cast<size_t>(rag_column)].amount) {
      std::string amounts;
      for (const auto& c : spec.columns)
        if (c.amount) amounts += (amounts.empty() ? "'" : ", '") + c.key + "'";
      diags.error(spec.rag->pos, "the RAG rating of table '" + spec.id + "' is of '" + spec.rag->of +
                                     "', which is not one of its amount columns",
                  amounts.empty() ? "mark the rated column 'amount: true'" : "rate one of: " + amounts);
      rag_column = -1;
    } else {
      t.headers.push_back(spec.rag->label);
      t.amount.push_back(false);
    }
  }
  const bool has_rag = rag_column >= 0;
  bool has_amounts = false;
  for (const auto& c : spec.columns) has_amounts |= c.amount;
  const bool totals = spec.totals && has_amounts;

  // Decimal places per amount column: 2 when any cell was written with them.
  std::vector<int> decimals(n, 0);
  std::vector<std::vector<std::optional<int64_t>>> values(spec.rows.size(), std::vector<std::optional<int64_t>>(n));
  for (size_t r = 0; r < spec.rows.size(); ++r) {
    const MoneyRow& row = spec.rows[r];
    for (size_t c = 0; c < n && c < row.cells.size(); ++c) {
      if (!spec.columns[c].amount || row.cells[c].empty()) continue;
      auto a = parse_amount(row.cells[c]);
      const SourcePos& at = c < row.cell_pos.size() && row.cell_pos[c].known() ? row.cell_pos[c] : row.pos;
      if (!a) {
        diags.error(at, "'" + row.cells[c] + "' in column '" + spec.columns[c].label + "' of table '" + spec.id +
                            "' is not an amount",
                    "write amounts like 1234, 1,234, 1,234.50 or -5,260,984 (no other text); leave the cell "
                    "empty for none");
        continue;
      }
      values[r][c] = a->pence;
      if (a->decimals > 0) decimals[c] = 2;
    }
  }

  auto amount_cells = [&](const std::vector<int64_t>& sums) {
    std::vector<MoneyCell> cells(n);
    for (size_t c = 0; c < n; ++c)
      if (spec.columns[c].amount) cells[c] = {format_amount(sums[c], decimals[c]), true};
    return cells;
  };
  auto add_rag = [&](MoneyTableRow& out, std::optional<int64_t> v) {
    if (!has_rag) return;
    if (v) out.rag = rag_rating(static_cast<double>(*v) / 100.0, *spec.rag);
    out.cells.push_back({out.rag.empty() ? "" : capitalised(out.rag), false});
  };
  auto figure = [&](const std::string& row, const MoneyTableRow& out) {
    for (size_t c = 0; c < n; ++c)
      if (!out.cells[c].text.empty() && !t.figures.emplace(row + " " + spec.columns[c].key, out.cells[c].text).second)
        t.ambiguous.insert(row + " " + spec.columns[c].key);
  };
  // A typed total against what the rows add up to.
  auto check_typed = [&](size_t r, const std::vector<int64_t>& sums, const std::string& what) {
    const MoneyRow& row = spec.rows[r];
    const std::string label = row.cells.empty() || row.cells[0].empty() ? what : row.cells[0];
    for (size_t c = 0; c < n; ++c) {
      if (!values[r][c] || *values[r][c] == sums[c]) continue;
      const SourcePos& at = c < row.cell_pos.size() && row.cell_pos[c].known() ? row.cell_pos[c] : row.pos;
      diags.error(at, "the '" + label + "' row of table '" + spec.id + "' gives " +
                          format_amount(*values[r][c], decimals[c]) + " for '" + spec.columns[c].label +
                          "', but the rows add up to " + format_amount(sums[c], decimals[c]),
                  "correct the figure or the rows it adds up, or leave the total out: panelpack prints the one "
                  "it computes");
    }
  };

  std::vector<int64_t> grand(n, 0), group(n, 0);
  std::string current;
  bool open = false;
  auto close_group = [&]() {
    if (!open) return;
    open = false;
    if (!totals || !spec.grouped) return;
    MoneyTableRow sub;
    sub.kind = MoneyTableRow::Kind::subtotal;
    sub.label = fill_group(spec.subtotal_label, current);
    sub.cells = amount_cells(group);
    if (!sub.cells.empty()) sub.cells[0] = {sub.label, false};
    add_rag(sub, has_rag ? std::optional<int64_t>(group[static_cast<size_t>(rag_column)]) : std::nullopt);
    figure(current, sub);
    t.rows.push_back(std::move(sub));
  };
  for (size_t r = 0; r < spec.rows.size(); ++r) {
    const MoneyRow& row = spec.rows[r];
    if (row.type == "total") {
      check_typed(r, grand, spec.total_label);
      continue;
    }
    if (row.type == "subtotal") {
      const std::string of = row.group.empty() ? current : row.group;
      check_typed(r, of == current ? group : std::vector<int64_t>(n, 0), fill_group(spec.subtotal_label, of));
      continue;
    }
    if (spec.grouped && (!open || row.group != current)) {
      close_group();
      current = row.group;
      open = true;
      std::fill(group.begin(), group.end(), 0);
      MoneyTableRow heading;
      heading.kind = MoneyTableRow::Kind::group;
      heading.label = current;
      t.rows.push_back(std::move(heading));
    }
    open = true;
    MoneyTableRow out;
    out.label = row.cells.empty() ? "" : row.cells[0];
    out.cells.resize(n);
    for (size_t c = 0; c < n; ++c) {
      if (values[r][c]) {
        out.cells[c] = {format_amount(*values[r][c], decimals[c]), true};
        group[c] += *values[r][c];
        grand[c] += *values[r][c];
      } else {
        out.cells[c] = {c < row.cells.size() ? row.cells[c] : "", spec.columns[c].amount};
      }
    }
    add_rag(out, has_rag ? values[r][static_cast<size_t>(rag_column)] : std::nullopt);
    figure(out.label, out);
    t.rows.push_back(std::move(out));
  }
  close_group();
  if (totals) {
    MoneyTableRow total;
    total.kind = MoneyTableRow::Kind::total;
    total.label = spec.total_label;
    total.cells = amount_cells(grand);
    if (!total.cells.empty()) total.cells[0] = {total.label, false};
    add_rag(total, has_rag ? std::optional<int64_t>(grand[static_cast<size_t>(rag_column)]) : std::nullopt);
    figure("total", total);
    t.rows.push_back(std::move(total));
  }
  return t;
}

}  // namespace panelpack
