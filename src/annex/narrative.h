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

#include "annex/annex_spec.h"
#include "annex/measure.h"
#include "core/diagnostics.h"

namespace panelpack::annex {

struct Exception {
  std::string measure_id, measure_name;
  std::string text;  // "Violence with injury: the latest month (December 2024, 1,234) is above the upper process limit (1,100)"
  std::string tone;  // "improvement", "concern", "neutral"
};

std::vector<Exception> exceptions_for(const MeasureResult& m);

// reference -> field -> display string
using FigureIndex = std::map<std::string, std::map<std::string, std::string>>;

void add_measure_figures(FigureIndex& index, const MeasureResult& m, const Period& fytd, const Period& sply);

// Replaces every [[ref field]] in `t.text`; unknown ones are reported and
// left as written.
std::string expand_figures(const Text& t, const FigureIndex& index, Diagnostics& diags);

}  // namespace panelpack::annex
