#pragma once
// Charts of a measure in the paper SVG subset: the SPC chart (data line,
// mean, process limits, target, points coloured as Making Data Count does),
// and line, bar and combo (bars with a percent line on a second axis)
// charts. Each comes with a text summary, shown under it as its caption,
// and its data as a table.
#include <string>
#include <vector>

#include "kinds/annex/measure.h"

namespace panelpack::annex {

// Making Data Count colours (NHSRplotthedots ptd_spc_colours()).
namespace mdc {
// The fills keep its hues; each marker has an outline in a darker shade of
// its hue that reaches 3:1 against white (WCAG 1.4.11), as do the lines,
// and the icons' rings and letters (4.5:1 for the letters).
inline constexpr const char* common_cause = "#a6a6a6";
inline constexpr const char* common_cause_dark = "#707070";  // 4.9:1
inline constexpr const char* improvement = "#00b0f0";
inline constexpr const char* improvement_dark = "#0079a8";   // 4.9:1
inline constexpr const char* concern = "#e46c0a";
inline constexpr const char* concern_dark = "#b85400";       // 4.9:1
inline constexpr const char* neutral = "#490092";            // 12.4:1
inline constexpr const char* mean = "currentColor";          // the text colour: black in print
inline constexpr const char* limits = "#707070";
inline constexpr const char* target = "#de1b1b";             // 4.9:1
}  // namespace mdc

const char* point_colour(PointType t);
const char* point_outline(PointType t);

struct Chart {
  std::string svg;      // <svg role="img" aria-labelledby="…">…</svg>
  std::string summary;  // plain text: the chart in words
  // The chart's data: a header row and one row per month.
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
};

// `dom_id` must be unique in the document; ids inside are derived from it.
// A compact chart is shorter (230 units high, not 300), its text the same size.
Chart make_chart(const MeasureResult& m, const std::string& dom_id, bool compact = false);

}  // namespace panelpack::annex
