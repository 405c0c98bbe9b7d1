#pragma once
// The words and the table that accompany every chart: the summary is the
// chart's accessible description and is printed under it; the table holds
// every plotted figure.
#include <string>
#include <vector>

#include "kinds/annex/measure.h"

namespace panelpack::annex {

std::string chart_summary(const MeasureResult& m);

void chart_table(const MeasureResult& m, std::vector<std::string>& columns,
                 std::vector<std::vector<std::string>>& rows);

// "Above the upper process limit" etc. for a point, "" for common cause.
std::string point_label(const SpcPoint& p);

}  // namespace panelpack::annex
