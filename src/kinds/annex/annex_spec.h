#pragma once
// A performance annex as written in YAML (annex.yaml): what to show, before
// any figure is computed. Every part keeps its source position.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kinds/annex/month.h"
#include "kinds/annex/spc.h"
#include "core/source_pos.h"

namespace panelpack::annex {

enum class Unit { count, percent, minutes, pounds };
enum class ChartKind { spc, line, bar, combo, years };
enum class BadgePeriod { quarter, month, fytd };

struct Text {
  std::string text;
  SourcePos pos;   // of the value
  bool block = false;   // a | or > block scalar: the text starts on the next line
  bool quoted = false;  // a '…' or "…" scalar: the text starts after the quote
  int indent = 0;       // block scalars: the column (0-based) of their lines

  // Where the character at `offset` of `text` is in the YAML file.
  SourcePos at(size_t offset) const;
};

// Where a series comes from: a column (wide) or measure name (long) in a
// data table.
struct SeriesRef {
  std::string table;  // key in AnnexSpec::data
  std::string name;
  SourcePos pos;
};

struct MeasureSpec {
  std::string id;  // "1.1"
  std::string name;
  SourcePos pos;
  SeriesRef series;                       // the value, or the numerator of a rate
  std::optional<SeriesRef> per;           // denominator: value = series / per × 100
  std::optional<SeriesRef> bars;          // combo charts: the count shown as bars
  std::string bars_label;                 // its name in the legend and data table
  Unit unit = Unit::count;
  int decimals = 0;                       // display decimals of values
  bool seconds = false;                   // minutes only: shown as minutes and seconds ("7 min 30 s")
  Direction direction = Direction::neither;
  std::optional<double> target;
  ChartKind chart = ChartKind::spc;
  SpcMethod method = SpcMethod::xmr;
  bool screening = true;
  int fix_after = 0;
  std::vector<std::pair<Month, SourcePos>> rebase;
  BadgePeriod badge = BadgePeriod::quarter;
  bool near_lines = false;                // draw the near ("two sigma") lines on the SPC chart
  Text description;  // what the measure counts (optional)
  Text commentary;   // Markdown with [[…]] figures
};

struct SectionSpec {
  std::string number;  // "1"
  std::string title;   // "Calls"
  Text intro;
  std::vector<MeasureSpec> measures;
  SourcePos pos;
};

// A row of a comparison table: a crime type with its volume and outcomes.
struct ComparisonRowSpec {
  std::string name;
  SeriesRef volume;
  std::optional<SeriesRef> outcomes;
  SourcePos pos;
};

struct TableSpec {
  enum class Kind { comparison, counts, annual } kind = Kind::comparison;
  std::string id, title;
  Text caption;  // optional; a default caption names the periods
  SourcePos pos;
  // comparison: SPLY against FYTD (of the report month)
  std::vector<ComparisonRowSpec> rows;
  bool bars = false;  // comparison: a bar chart of the rows' volumes above the table ('chart: bars')
  // counts: one row per month of the FYTD, one column per series
  std::vector<std::pair<std::string, SeriesRef>> columns;  // label, series
  // annual: one row per financial year; a column is summed, or with 'over: mean' averaged
  std::vector<bool> column_mean;
  int decimals = 0;  // annual: display decimals of averaged columns
  int percent_of = -1;  // index into columns
  std::string percent_label;
  int percent_decimals = 0;
};

struct AnnexSpec {
  std::string file;  // annex.yaml as messages name it
  std::string title, subtitle;
  Month report_month;
  std::string meeting;  // the meeting (folder name) it reports to (optional; checked against its folder)
  SourcePos meeting_pos;
  std::string item;     // the id of the agenda item it is the paper for (optional)
  SourcePos item_pos;
  Text summary;         // Markdown, may quote figures
  std::map<std::string, std::pair<std::string, SourcePos>> data;  // name -> file, position
  std::vector<SectionSpec> sections;
  std::vector<TableSpec> tables;
  bool exceptions = true;
  // Print (the PDF, and a browser's print of the page): shorter charts and
  // tighter spacing, so several measures share a page; and whether the
  // month-by-month chart data is printed (the HTML and open data keep it).
  bool compact = false;
  bool print_chart_data = true;
  SourcePos pos;
};

const char* id(Unit u);
const char* id(ChartKind k);

}  // namespace panelpack::annex
