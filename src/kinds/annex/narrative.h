#pragma once
// Words from the data: the exceptions list (the measures whose latest month
// shows special cause variation, or whose target will consistently be
// missed), and figures quoted in Markdown commentary through placeholders:
//
//   [[3.3 latest]]                       a measure's field
//   [[main-crime-types/Shoplifting change-percent]]   a table cell
//
// (double square brackets, so they never clash with the {{mustache}} of
// templates; docs/annex.md lists every field). An unknown reference or
// field is an error at its position that suggests the nearest name.
#include <map>
#include <string>
#include <vector>

#include "kinds/annex/annex_spec.h"
#include "kinds/annex/measure.h"
#include "core/diagnostics.h"

namespace panelpack::annex {

struct Exception {
  std::string measure_id, measure_name;
  std::string text;  // "Violence with injury: the latest month (December 2024, 1,234) is above the upper process limit (1,100)"
  std::string tone;  // "improvement", "concern", "neutral"
};

std::vector<Exception> exceptions_for(const MeasureResult& m);

// The special cause of a measure's latest month in words, as the exceptions
// list says it ("the latest month (December 2024, 172) continues a run of 7
// consecutive increases"); "" when it is common cause.
std::string latest_signal(const MeasureResult& m);

// A documented field that has no value here, and why ("the data for 1.1
// starts in October 2023, so it has no figure for the same period last
// year (April 2023 to December 2023)"), with what to do about it.
struct NoFigure {
  std::string why;
  std::string hint;
};

struct FigureIndex {
  // reference -> field -> display string (what the open data lists)
  std::map<std::string, std::map<std::string, std::string>> values;
  // reference -> field -> why it has no value
  std::map<std::string, std::map<std::string, NoFigure>> missing;

  void set(const std::string& ref, const std::string& field, std::string value);
  void lack(const std::string& ref, const std::string& field, std::string why, std::string hint = {});
};

// Every documented field of a measure: its value, or why it has none.
// `data_files` names the measure's data files for hints ("data/calls.csv").
void add_measure_figures(FigureIndex& index, const MeasureResult& m, const Period& fytd, const Period& sply,
                         const std::string& data_files = "the data file");

// Replaces every [[ref field]] in `t.text`. An unknown reference or field,
// or a field with no value, is reported and left as written.
std::string expand_figures(const Text& t, const FigureIndex& index, Diagnostics& diags);

// How the assurance reads inside a sentence: "the target will consistently
// be met" (the status table keeps describe(): "Assurance: the target …").
std::string assurance_phrase(Assurance a);

}  // namespace panelpack::annex
