#include "kinds/annex/comparison.h"

#include <algorithm>
#include <cmath>

#include "kinds/annex/figures.h"

namespace panelpack::annex {

RateComparison compare_rates(std::string name, double before_volume, double after_volume,
                             std::optional<double> before_outcomes, std::optional<double> after_outcomes) {
  RateComparison c;
  c.name = std::move(name);
  c.before_volume = before_volume;
  c.after_volume = after_volume;
  c.before_outcomes = before_outcomes;
  c.after_outcomes = after_outcomes;
  c.change = after_volume - before_volume;
  if (before_volume != 0) c.change_percent = c.change / before_volume * 100;
  if (before_outcomes && before_volume != 0) c.before_rate = *before_outcomes / before_volume * 100;
  if (after_outcomes && after_volume != 0) c.after_rate = *after_outcomes / after_volume * 100;
  if (c.before_rate && c.after_rate) c.change_pp = *c.after_rate - *c.before_rate;

  c.before_volume_text = format_number(before_volume);
  c.after_volume_text = format_number(after_volume);
  c.change_text = format_number(c.change);
  if (c.change_percent) c.change_percent_text = format_percent(*c.change_percent);
  if (c.before_rate) c.before_rate_text = format_percent(*c.before_rate);
  if (c.after_rate) c.after_rate_text = format_percent(*c.after_rate);
  if (c.change_pp) c.change_pp_text = format_pp(*c.change_pp);
  return c;
}

namespace {
void fill_row(CountTable::Row& row, int percent_of, int decimals) {
  row.total = 0;
  row.count_texts.clear();
  for (const auto& c : row.counts) {
    if (c) row.total += *c;
    row.count_texts.push_back(c ? format_number(*c) : "no figure");  // as the chart data tables say
  }
  row.total_text = format_number(row.total);
  row.percent.reset();
  row.percent_text.clear();
  if (percent_of >= 0 && percent_of < static_cast<int>(row.counts.size())) {
    if (row.total != 0) {
      row.percent = row.counts[percent_of].value_or(0) / row.total * 100;
      row.percent_text = format_percent(*row.percent, decimals);
    } else {
      row.percent_text = "no figure";  // a percentage of nothing
    }
  }
}
}  // namespace

void complete_count_table(CountTable& table, int percent_decimals, const std::string& total_label) {
  table.total = CountTable::Row{};
  table.total.label = total_label;
  table.total.counts.assign(table.columns.size(), std::nullopt);
  for (auto& row : table.rows) {
    row.counts.resize(table.columns.size());
    fill_row(row, table.percent_of, percent_decimals);
    for (size_t i = 0; i < row.counts.size(); ++i)
      if (row.counts[i]) table.total.counts[i] = table.total.counts[i].value_or(0) + *row.counts[i];
  }
  fill_row(table.total, table.percent_of, percent_decimals);
}

namespace {
// The decimals that show a change as not zero: `base`, or more for a small
// change (+0.4% rather than +0%; +0.004pp rather than +0.00pp).
int decimals_for(double change, int base) {
  int d = base;
  while (round_half_up(change, d) == 0 && d < base + 6) ++d;
  return d;
}
}  // namespace

Badge make_badge(double before, double after, bool percent_measure, Direction direction, std::string label,
                 std::string prefix) {
  Badge b;
  b.label = std::move(label);
  b.points = percent_measure;
  if (percent_measure) {
    b.change = after - before;
  } else if (before != 0) {
    b.change = (after - before) / before * 100;
  }
  if (!b.change) {
    b.tone = "neutral";
    b.description = prefix + ": not comparable (no value a year earlier)";
    return b;
  }
  // Direction and tone come from the unrounded change; rounding is for
  // display only. A change below a millionth of the display unit is
  // arithmetic noise (two equal rates computed from different sums).
  const double c = *b.change;
  const int base = percent_measure ? 2 : 0;
  if (std::fabs(c) < std::pow(10.0, -(base + 6))) {
    b.text = "=";
    b.tone = "neutral";
    b.description = prefix + ": no change";
    return b;
  }
  const bool up = c > 0;
  const int shown = decimals_for(c, base);
  b.text = (up ? "+" : "") + (percent_measure ? format_pp(c, shown) : format_number(c, shown) + "%");
  if (direction == Direction::neither) b.tone = "neutral";
  else b.tone = (up == (direction == Direction::increase)) ? "improvement" : "concern";
  b.description = prefix;
  return b;
}

void agree_with_spc(Badge& badge, const std::vector<PointType>& flagged, const std::string& period_name) {
  if (badge.tone != "improvement" && badge.tone != "concern") return;
  const PointType want = badge.tone == "improvement" ? PointType::improvement : PointType::concern;
  if (std::find(flagged.begin(), flagged.end(), want) != flagged.end()) return;
  badge.neutral_reason = "the SPC shows no special cause " + badge.tone + " in " + period_name;
  badge.tone = "neutral";
}

}  // namespace panelpack::annex
