#include "annex/narrative.h"

#include "annex/figures.h"
#include "core/suggest.h"

namespace panelpack::annex {

namespace {

std::string tone_of(PointType t) {
  return t == PointType::improvement ? "improvement" : t == PointType::concern ? "concern" : "neutral";
}

// Months up to and including `last` (within its segment, without a gap)
// strictly on the same side of the mean as `last`.
int run_on_side(const MeasureResult& m, size_t last) {
  const SpcSegment& seg = m.spc.segments[m.spc.points[last].segment];
  int side = *m.values[last] > seg.mean ? 1 : -1;
  int n = 0;
  for (size_t i = last + 1; i-- > seg.first;) {
    if (!m.values[i] || (*m.values[i] - seg.mean) * side <= 0) break;
    ++n;
  }
  return n;
}

// Consecutive strict moves in one direction ending at `last`.
int moves_to(const MeasureResult& m, size_t last, int dir) {
  const SpcSegment& seg = m.spc.segments[m.spc.points[last].segment];
  int n = 0;
  for (size_t i = last; i > seg.first; --i) {
    if (!m.values[i] || !m.values[i - 1] || (*m.values[i] - *m.values[i - 1]) * dir <= 0) break;
    ++n;
  }
  return n;
}

// A limit as shown beside a value: with more decimals if it would otherwise
// read the same as the value ("41 is below the lower limit (41.3)").
std::string limit_text(const MeasureResult& m, double limit, double value) {
  std::string a = m.show(limit);
  if (a != m.show(value)) return a;
  MeasureSpec finer = *m.spec;
  finer.decimals += 1;
  MeasureResult copy;
  copy.spec = &finer;
  return copy.show(limit);
}

}  // namespace

std::vector<Exception> exceptions_for(const MeasureResult& m) {
  std::vector<Exception> out;
  const MeasureSpec& s = *m.spec;
  if (s.chart != ChartKind::spc || !m.spc.latest) return out;
  size_t i = *m.spc.latest;
  const SpcPoint& p = m.spc.points[i];
  const SpcSegment& seg = m.spc.segments[p.segment];
  std::string month = m.month_at(i).label();
  std::string value = m.show(*p.value);
  std::string text;
  switch (p.cause) {
    case SpecialCause::none: break;
    case SpecialCause::above_upper:
      text = "the latest month (" + month + ", " + value + ") is above the upper process limit (" +
             limit_text(m, seg.upper, *p.value) + ")";
      break;
    case SpecialCause::below_lower:
      text = "the latest month (" + month + ", " + value + ") is below the lower process limit (" +
             limit_text(m, seg.lower, *p.value) + ")";
      break;
    case SpecialCause::trend_up:
    case SpecialCause::trend_down:
      text = "the latest month (" + month + ", " + value + ") continues a run of " +
             std::to_string(moves_to(m, i, p.cause == SpecialCause::trend_up ? 1 : -1)) + " consecutive " +
             (p.cause == SpecialCause::trend_up ? "increases" : "decreases");
      break;
    case SpecialCause::two_of_three_high:
    case SpecialCause::two_of_three_low:
      text = "two of the latest three months are close to the " +
             std::string(p.cause == SpecialCause::two_of_three_high ? "upper" : "lower") + " process limit";
      break;
    case SpecialCause::shift_high:
    case SpecialCause::shift_low:
      text = "the latest " + std::to_string(run_on_side(m, i)) + " months are all " +
             (p.cause == SpecialCause::shift_high ? "above" : "below") + " the mean (" + m.show(seg.mean) + ")";
      break;
  }
  if (!text.empty()) out.push_back({s.id, s.name, s.name + ": " + text, tone_of(p.type)});
  if (m.spc.assurance == Assurance::fail && s.target)
    out.push_back({s.id, s.name,
                   s.name + ": the target of " + m.show(*s.target) +
                       " will consistently be missed unless the process changes",
                   "concern"});
  return out;
}

void add_measure_figures(FigureIndex& index, const MeasureResult& m, const Period& fytd_p, const Period& sply_p) {
  auto& f = index[m.spec->id];
  f["name"] = m.spec->name;
  if (auto lm = m.latest_month()) {
    f["latest"] = m.show(*m.at(*lm));
    f["latest-month"] = lm->label();
  }
  if (!m.spc.segments.empty()) {
    const SpcSegment& seg = m.spc.segments.back();
    if (seg.baseline_points) f["mean"] = m.show(seg.mean);
    if (seg.has_limits) {
      f["upper"] = m.show(seg.upper);
      f["lower"] = m.show(seg.lower);
    }
  }
  f["variation"] = describe(m.spc.variation);
  if (m.spec->target) {
    f["target"] = m.show(*m.spec->target);
    f["assurance"] = describe(m.spc.assurance);
  }
  f["change"] = m.badge.text;
  f["change-period"] = m.badge_now.name + " against " + m.badge_before.name;
  if (auto now = m.over(m.badge_now)) f["period"] = m.show(*now);
  if (auto before = m.over(m.badge_before)) f["period-last-year"] = m.show(*before);
  auto a = m.over(fytd_p), b = m.over(sply_p);
  if (a) f["fytd"] = m.show(*a);
  if (b) f["sply"] = m.show(*b);
  if (a && b) {
    if (m.spec->unit == Unit::percent) {
      double pp = *a - *b;
      f["fytd-change"] = (round_half_up(pp, 2) > 0 ? "+" : "") + format_pp(pp);
    } else if (*b != 0) {
      double pct = (*a - *b) / *b * 100;
      f["fytd-change"] = (round_half_up(pct, 1) > 0 ? "+" : "") + format_percent(pct, 1);
    }
  }
}

std::string expand_figures(const Text& t, const FigureIndex& index, Diagnostics& diags) {
  const std::string& s = t.text;
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    size_t open = s.find("[[", i);
    if (open == std::string::npos) break;
    size_t close = s.find("]]", open + 2);
    if (close == std::string::npos) {
      diags.error(t.at(open), "unclosed figure reference (no ']]' after '[[')",
                  "write figures as [[3.3 latest]]; see docs/annex.md");
      break;
    }
    out += s.substr(i, open - i);
    std::string inner = s.substr(open + 2, close - open - 2);
    inner.erase(0, inner.find_first_not_of(' '));
    inner.erase(inner.find_last_not_of(' ') + 1);
    size_t space = inner.rfind(' ');
    std::string ref = space == std::string::npos ? inner : inner.substr(0, space);
    std::string field = space == std::string::npos ? "" : inner.substr(space + 1);
    std::string written = s.substr(open, close + 2 - open);
    auto it = index.find(ref);
    if (it == index.end()) {
      std::vector<std::string> refs;
      for (const auto& [r, _] : index) refs.push_back(r);
      diags.error(t.at(open), "unknown figure reference '" + ref + "' in " + written, suggestion(ref, refs));
      out += written;
    } else if (field.empty() || !it->second.count(field)) {
      std::vector<std::string> fields;
      for (const auto& [name, _] : it->second) fields.push_back(name);
      diags.error(t.at(open), (field.empty() ? "no field" : "unknown field '" + field + "'") + " in " + written,
                  field.empty() ? "expected one of: " + [&] {
                    std::string all;
                    for (const auto& x : fields) all += (all.empty() ? "" : ", ") + x;
                    return all;
                  }()
                                : suggestion(field, fields));
      out += written;
    } else {
      out += it->second.at(field);
    }
    i = close + 2;
  }
  if (i < s.size()) out += s.substr(i);
  return out;
}

}  // namespace panelpack::annex
