#include "annex/chart_text.h"

#include <cctype>

#include "annex/figures.h"

namespace panelpack::annex {

std::string point_label(const SpcPoint& p) {
  if (p.cause == SpecialCause::none) return "";
  std::string kind = p.type == PointType::improvement ? "improvement"
                     : p.type == PointType::concern   ? "concern"
                                                      : "neutral";
  std::string d = describe(p.cause);
  d[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(d[0])));
  return d + " (" + kind + ")";
}

std::string chart_summary(const MeasureResult& m) {
  const MeasureSpec& s = *m.spec;
  std::string out = s.id + " " + s.name + ": monthly figures from " + m.first.label() + " to " +
                    m.month_at(m.values.size() - 1).label() + ".";
  auto latest = m.latest_month();
  if (latest) out += " Latest, " + latest->label() + ": " + m.show(*m.at(*latest)) + ".";
  int missing = 0;
  for (const auto& v : m.values) missing += !v;
  if (missing) out += " " + std::to_string(missing) + (missing == 1 ? " month has" : " months have") + " no figure.";

  if (s.chart == ChartKind::spc && !m.spc.segments.empty()) {
    const SpcSegment& seg = m.spc.segments.back();
    std::string since = m.spc.segments.size() > 1 ? " since " + m.month_at(seg.first).label() : "";
    if (seg.has_limits) {
      out += " Mean" + since + " " + m.show(seg.mean) + "; process limits " + m.show(seg.lower) + " to " +
             m.show(seg.upper) + (s.method == SpcMethod::mean_3sd ? " (mean ± 3 standard deviations)." : ".");
    } else if (seg.baseline_points > 0) {
      out += " Mean" + since + " " + m.show(seg.mean) + "; too few months for process limits.";
    }
    if (seg.flat) out += " The figures do not vary, so the limits equal the mean.";
    if (seg.provisional && seg.has_limits) out += " The limits are provisional (fewer than 13 months).";
    out += " " + describe(m.spc.variation) + " in the latest month.";
    int improvement = 0, concern = 0, neutral = 0;
    for (const auto& p : m.spc.points) {
      improvement += p.type == PointType::improvement;
      concern += p.type == PointType::concern;
      neutral += p.type == PointType::neutral_high || p.type == PointType::neutral_low;
    }
    int flagged = improvement + concern + neutral;
    if (flagged == 0) {
      out += " No month shows special cause variation.";
    } else {
      out += " " + std::to_string(flagged) + (flagged == 1 ? " month shows" : " months show") +
             " special cause variation";
      if (s.direction != Direction::neither)
        out += " (" + std::to_string(improvement) + " improvement, " + std::to_string(concern) + " concern)";
      out += ".";
    }
  } else if (s.chart == ChartKind::combo && s.bars) {
    out += " Bars show " + s.bars_label + "; the line shows " + s.name + " on the right-hand axis.";
  }
  if (s.target) {
    out += " Target " + m.show(*s.target) + ".";
    if (s.chart == ChartKind::spc && m.spc.assurance != Assurance::none) out += " " + describe(m.spc.assurance) + ".";
  }
  if (m.badge.change) out += " " + m.badge.description + ".";
  return out;
}

void chart_table(const MeasureResult& m, std::vector<std::string>& columns,
                 std::vector<std::vector<std::string>>& rows) {
  const MeasureSpec& s = *m.spec;
  const bool spc = s.chart == ChartKind::spc;
  columns = {"Month"};
  if (s.chart == ChartKind::combo) columns.push_back(s.bars_label);
  columns.push_back(s.name);
  if (spc) {
    columns.insert(columns.end(), {"Mean", "Lower process limit", "Upper process limit", "Special cause"});
  }
  rows.clear();
  for (size_t i = 0; i < m.values.size(); ++i) {
    std::vector<std::string> row{m.month_at(i).short_label()};
    if (s.chart == ChartKind::combo) row.push_back(m.bars[i] ? format_number(*m.bars[i]) : "no figure");
    row.push_back(m.values[i] ? m.show_short(*m.values[i]) : "no figure");
    if (spc) {
      const SpcSegment& seg = m.spc.segments[m.spc.points[i].segment];
      row.push_back(seg.baseline_points ? m.show_short(seg.mean) : "");
      row.push_back(seg.has_limits ? m.show_short(seg.lower) : "");
      row.push_back(seg.has_limits ? m.show_short(seg.upper) : "");
      row.push_back(point_label(m.spc.points[i]));
    }
    rows.push_back(std::move(row));
  }
}

}  // namespace panelpack::annex
