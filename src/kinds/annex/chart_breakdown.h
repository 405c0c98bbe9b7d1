#pragma once
// The categorical breakdown of a comparison table (`chart: bars`): a
// horizontal pair of bars per group (crime type, offence group), the same
// period last year and the year to date, each bar labelled with its volume.
// The table itself is the chart's data.
#include <string>
#include <vector>

#include "kinds/annex/comparison.h"

namespace panelpack::annex {

// `before` and `now` name the periods ("SPLY", "FYTD 2024/25"); `id` must be
// unique in the document.
std::string breakdown_svg(const std::vector<RateComparison>& rows, const std::string& before, const std::string& now,
                          const std::string& title, const std::string& id);

}  // namespace panelpack::annex
