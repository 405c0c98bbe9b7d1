#pragma once
// Tables with computed totals (budgets, grants): rows grouped by a column,
// a subtotal under each group and a grand total under all of them, added up
// by panelpack in whole pence so no rounding creeps in. A total typed in the
// data is checked, not printed: one that disagrees with the rows is an error
// naming the row and both figures. An optional RAG column rates a figure
// against thresholds and says the rating in words.
//
// Negative amounts print with a leading minus, "-5,260,984" (the form of the
// police and crime plan's budget table; brackets, the other convention, are
// read out by screen readers as brackets). Either form is read.
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "core/source_pos.h"

namespace panelpack {

// "1,234", "1234.5", "-5,260,984", "- 5,260,984", "(5,260,984)", "£1,200":
// the amount in pence, and how many decimal places it was written with.
// nullopt when it is not an amount.
struct ParsedAmount {
  int64_t pence = 0;
  int decimals = 0;
};
std::optional<ParsedAmount> parse_amount(const std::string& text);

// Pence as printed: thousands grouped, `decimals` (0 or 2) places, a leading
// minus when negative: -526098400 -> "-5,260,984".
std::string format_amount(int64_t pence, int decimals);

struct MoneyColumn {
  std::string key;    // how rows and references name it: "y2019"
  std::string label;  // the header: "2019/20 budget (£)"
  bool amount = false;  // added up; right-aligned
  SourcePos pos;
};

// A row as written: in a CSV file or inline. `type` marks a typed total
// ("subtotal" of its group, or "total"), which is checked, not printed.
struct MoneyRow {
  std::string group;
  std::vector<std::string> cells;    // by column, "" when empty
  std::vector<SourcePos> cell_pos;   // by column; the row's where unknown
  std::string type;                  // "", "subtotal" or "total"
  SourcePos pos;
};

// RAG from thresholds, as seed 004's template writes ">90% green, 70-90%
// amber, <70% red": above `green` is Green; from `amber` up to `green` is
// Amber; below `amber` is Red.
struct RagRule {
  std::string of;     // the amount column rated
  std::string label = "RAG";
  double green = 0, amber = 0;
  SourcePos pos;
};

struct MoneyTableSpec {
  std::string id, title;
  std::vector<MoneyColumn> columns;
  std::vector<MoneyRow> rows;
  bool grouped = false;            // rows carry a group
  std::string subtotal_label = "{group} subtotal";
  std::string total_label = "Total";
  bool totals = true;              // subtotals and a grand total, when there are amount columns
  std::optional<RagRule> rag;
  std::string source;              // where the rows came from, for messages ("data/budget.csv")
  SourcePos pos;
};

struct MoneyCell {
  std::string text;
  bool amount = false;
};

struct MoneyTableRow {
  enum class Kind { group, row, subtotal, total } kind = Kind::row;
  std::string label;               // the first column's text; the group's name; the total's label
  std::vector<MoneyCell> cells;    // the columns in order, then the RAG column
  std::string rag;                 // "green", "amber", "red" or ""
};

struct MoneyTable {
  std::string id, title;
  std::vector<std::string> headers;  // labels, then the RAG label
  std::vector<bool> amount;          // per header
  std::vector<MoneyTableRow> rows;
  // Figures a report's prose may quote: "<row> <column>" -> display text,
  // where <row> is a row's label, a group's name (its subtotal) or "total".
  std::map<std::string, std::string> figures;
  // Names that stand for two figures (a row called like its group): quoting
  // one is an error rather than a guess.
  std::set<std::string> ambiguous;
};

// Adds the table up. A typed total that disagrees, a cell that is not an
// amount, and a RAG rule naming no amount column are errors.
MoneyTable compute_money_table(const MoneyTableSpec& spec, Diagnostics& diags);

// The RAG rating of `value` ("green", "amber", "red").
std::string rag_rating(double value, const RagRule& rule);

}  // namespace panelpack
