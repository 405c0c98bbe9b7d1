#include "kinds/annex/chart_text.h"

#include <cctype>

#include "kinds/annex/figures.h"

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

namespace {

// "A", "A and B", "A, B and C".
std::string join_and(const std::vector<std::string>& parts) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? " and " : ", ";
    out += parts[i];
  }
  return out;
}

// Which limits are provisional: "" for none; "The limits are provisional
// (fewer than 13 months)." for a single segment; otherwise each such
// segment named ("from July 2021 to March 2022", "since October 2024").
std::string provisional_note(const MeasureResult& m) {
  const auto& segs = m.spc.segments;
  std::vector<std::string> which;
  for (size_t k = 0; k < segs.size(); ++k) {
    const SpcSegment& seg = segs[k];
    if (!seg.provisional || !seg.has_limits) continue;
    if (segs.size() == 1) return " The limits are provisional (fewer than 13 months).";
    which.push_back(k + 1 == segs.size() ? "since " + m.month_at(seg.first).label()
                                          : "from " + m.month_at(seg.first).label() + " to " +
                                                m.month_at(seg.last).label());
  }
  if (which.empty()) return "";
  return " The limits " + join_and(which) + " are provisional (fewer than 13 months" +
         (which.size() > 1 ? " each" : "") + ").";
}

}  // namespace

std::string chart_summary(const MeasureResult& m) {
  const MeasureSpec& s = *m.spec;
  std::string out = s.id + " " + s.name + ": monthly figures from " + m.first.label() + " to " +
                    m.month_at(m.values.size() - 1).label() + ".";
  auto latest = m.latest_month();
  if (latest) out += " Latest, " + latest->label() + ": " + m.show(*m.at(*latest)) + ".";
  int missing = 0;
  for (const auto& v : m.values) missing += !v;
  if (missing) out += " " + std::to_string(missing) + (missing == 1 ? " month has" : " months have") + " no figure.";
  if (s.chart == ChartKind::years)
    out += " Each financial year is a line from April to March; the latest is solid, the one before dashed and "
           "the one before that dotted.";
  if (s.chart == ChartKind::combo && s.bars)
    out += " Bars show " + s.bars_label + "; the line shows " + s.name + " on the right-hand axis.";

  // Every chart kind has the SPC analysis behind its icons; only SPC charts draw it.
  if (!m.spc.segments.empty()) {
    const bool drawn = s.chart == ChartKind::spc;
    const SpcSegment& seg = m.spc.segments.back();
    std::string since = m.spc.segments.size() > 1 ? " since " + m.month_at(seg.first).label() : "";
    if (seg.has_limits) {
      out += " Mean" + since + " " + m.show_level(seg.mean) + "; process limits " +
             m.show_level(m.shown_limit(seg.lower)) + " to " + m.show_level(seg.upper) +
             (s.method == SpcMethod::mean_3sd ? " (mean ± 3 standard deviations)" : "") +
             (drawn ? "" : " (not drawn on this chart)") + m.floored_note() + ".";
    } else if (seg.baseline_points > 0) {
      out += " Mean" + since + " " + m.show_level(seg.mean) + "; too few months for process limits.";
    }
    if (seg.flat)
      out += baseline_constant(m, seg) ? " The figures do not vary, so the limits equal the mean."
                                       : " The limits equal the mean because " + flat_reason(m, seg) + ".";
    out += provisional_note(m);
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
  }
  if (s.target) {
    out += " Target " + m.show(*s.target) + ".";
    if (m.spc.assurance != Assurance::none) out += " " + describe(m.spc.assurance) + ".";
  }
  if (m.badge.change) {
    out += " " + m.badge.description + (m.badge.text == "=" ? "" : ": " + m.badge.text);
    if (!m.badge.neutral_reason.empty()) out += " (not a signal: " + m.badge.neutral_reason + ")";
    out += ".";
  }
  return out;
}

void chart_table(const MeasureResult& m, std::vector<std::string>& columns,
                 std::vector<std::vector<std::string>>& rows) {
  const MeasureSpec& s = *m.spec;
  // Every chart kind lists the mean, limits and special cause its icons come from.
  columns = {"Month"};
  if (s.chart == ChartKind::combo) columns.push_back(s.bars_label);
  columns.push_back(s.name);
  columns.insert(columns.end(), {"Mean", "Lower process limit", "Upper process limit", "Special cause"});
  rows.clear();
  for (size_t i = 0; i < m.values.size(); ++i) {
    std::vector<std::string> row{m.month_at(i).short_label()};
    if (s.chart == ChartKind::combo) row.push_back(m.bars[i] ? format_number(*m.bars[i]) : "no figure");
    row.push_back(m.values[i] ? m.show_short(*m.values[i]) : "no figure");
    const SpcSegment& seg = m.spc.segments[m.spc.points[i].segment];
    row.push_back(seg.baseline_points ? m.show_level_short(seg.mean) : "");
    row.push_back(seg.has_limits ? m.show_level_short(m.shown_limit(seg.lower)) : "");
    row.push_back(seg.has_limits ? m.show_level_short(seg.upper) : "");
    row.push_back(point_label(m.spc.points[i]));
    rows.push_back(std::move(row));
  }
}

}  // namespace panelpack::annex
