#include "kinds/annex/measure.h"

#include <cmath>

#include "kinds/annex/figures.h"
#include "core/suggest.h"

namespace panelpack::annex {

std::optional<double> MeasureResult::at(Month m) const {
  int i = m.index - first.index;
  if (i < 0 || i >= static_cast<int>(values.size())) return std::nullopt;
  return values[i];
}

std::optional<Month> MeasureResult::latest_month() const {
  if (!spc.latest) return std::nullopt;
  return month_at(*spc.latest);
}

std::optional<double> MeasureResult::over(const Period& p) const {
  double sum = 0, num = 0, den = 0;
  int n = 0;
  for (Month m = p.first; m <= p.last; m = m.plus(1)) {
    int i = m.index - first.index;
    if (i < 0 || i >= static_cast<int>(values.size()) || !values[i]) return std::nullopt;
    sum += *values[i];
    ++n;
    if (spec->per) {
      num += *numerator[i];
      den += *denominator[i];
    }
  }
  if (n == 0) return std::nullopt;
  if (spec->per) return den == 0 ? std::nullopt : std::optional<double>(num / den * 100);
  if (spec->unit == Unit::count || spec->unit == Unit::pounds) return sum;
  return sum / n;
}

namespace {
// Minutes as minutes and seconds, to the nearest second: "7 min 30 s",
// "12 min", "45 s" (short: "7m 30s", "12m", "45s").
std::string minutes_seconds(double minutes, bool short_form) {
  long long total = std::llround(std::fabs(minutes) * 60);
  std::string sign = minutes < 0 && total > 0 ? "-" : "";
  long long m = total / 60, s = total % 60;
  std::string out;
  if (m > 0 || s == 0) out = format_number(static_cast<double>(m)) + (short_form ? "m" : " min");
  if (s > 0) out += (out.empty() ? "" : " ") + std::to_string(s) + (short_form ? "s" : " s");
  return sign + out;
}
}  // namespace

std::string MeasureResult::show_short(double v) const {
  if (spec->unit == Unit::minutes && spec->seconds) return minutes_seconds(v, true);
  switch (spec->unit) {
    case Unit::percent: return format_percent(v, spec->decimals);
    case Unit::pounds: return format_money(v, spec->decimals);
    default: return format_number(v, spec->decimals);
  }
}

std::string MeasureResult::show(double v) const {
  if (spec->unit == Unit::minutes && spec->seconds) return minutes_seconds(v, false);
  if (spec->unit == Unit::minutes) return format_number(v, spec->decimals) + " minutes";
  return show_short(v);
}

namespace {
// The measure with one more display decimal.
template <typename F>
std::string finer(const MeasureResult& m, F f) {
  MeasureSpec s = *m.spec;
  s.decimals += 1;
  MeasureResult copy;
  copy.spec = &s;
  return f(copy);
}
}  // namespace

std::string MeasureResult::show_level(double v) const {
  return finer(*this, [&](const MeasureResult& c) { return c.show(v); });
}

std::string MeasureResult::show_level_short(double v) const {
  return finer(*this, [&](const MeasureResult& c) { return c.show_short(v); });
}

bool MeasureResult::never_negative() const { return spec->unit == Unit::count || spec->per.has_value(); }

std::string MeasureResult::floored_note() const {
  if (spc.segments.empty() || !spc.segments.back().has_limits) return "";
  if (shown_limit(spc.segments.back().lower) == spc.segments.back().lower) return "";
  return std::string(" (the computed lower process limit is below zero, so it is shown as 0: ") +
         (spec->per ? "a rate" : "a count") + " cannot be negative)";
}

bool baseline_constant(const MeasureResult& m, const SpcSegment& seg) {
  int seen = 0;
  std::optional<double> first;
  for (size_t i = seg.first; i <= seg.last && seen < seg.baseline_points; ++i) {
    if (!m.values[i]) continue;
    ++seen;
    if (!first) first = m.values[i];
    else if (*m.values[i] != *first) return false;
  }
  return true;
}

std::string flat_reason(const MeasureResult& m, const SpcSegment& seg) {
  if (baseline_constant(m, seg)) return "every baseline month is " + m.show(seg.mean);
  if (seg.screened_out > 0)
    return "every month-to-month change is 0 apart from the " + std::to_string(seg.screened_out) +
           " screened out as unusually large";
  return "every change between adjacent months is 0; the figures differ only across missing months";
}

const MonthlySeries* resolve(const SeriesRef& ref, const std::map<std::string, MonthlyTable>& data,
                             Diagnostics& diags) {
  auto t = data.find(ref.table);
  if (t == data.end()) return nullptr;  // the table failed to load or is unknown: already reported
  const MonthlySeries* s = t->second.find(ref.name);
  if (!s) {
    std::string what = t->second.long_form ? "measure" : "column";
    diags.error(ref.pos, "failed to read " + t->second.file + " (it has no " + what + " '" + ref.name + "')",
                suggestion(ref.name, t->second.names()));
  }
  return s;
}

std::optional<double> sum_over(const MonthlySeries& s, const Period& p, Month* missing) {
  double sum = 0;
  for (Month m = p.first; m <= p.last; m = m.plus(1)) {
    auto v = s.at(m);
    if (!v) {
      if (missing) *missing = m;
      return std::nullopt;
    }
    sum += *v;
  }
  return sum;
}

namespace {

std::string badge_label(BadgePeriod b) {
  switch (b) {
    case BadgePeriod::quarter: return "Qtrly";
    case BadgePeriod::month: return "Monthly";
    case BadgePeriod::fytd: return "FYTD";
  }
  return "";
}

}  // namespace

std::optional<MeasureResult> compute_measure(const MeasureSpec& spec, const std::map<std::string, MonthlyTable>& data,
                                             Month report, Diagnostics& diags) {
  MeasureResult r;
  r.spec = &spec;
  const MonthlySeries* main = resolve(spec.series, data, diags);
  const MonthlySeries* per = spec.per ? resolve(*spec.per, data, diags) : nullptr;
  const MonthlySeries* bars = spec.bars ? resolve(*spec.bars, data, diags) : nullptr;
  if (!main || (spec.per && !per) || (spec.bars && !bars)) return std::nullopt;

  Month first = main->first, last = main->last();
  if (per) {
    first = std::max(first, per->first);
    last = std::min(last, per->last());
  }
  if (last > report) last = report;
  if (last < first) {
    diags.error(spec.series.pos, "measure " + spec.id + " has no figures up to " + report.label(),
                "check report_month and the data file");
    return std::nullopt;
  }
  if (last < report)
    diags.warning(spec.series.pos, "measure " + spec.id + " has no figures after " + last.label() +
                                       " (the report month is " + report.label() + ")");
  // Counts (a count measure, both parts of a rate, the bars of a combo chart)
  // cannot be negative: a minus sign there is a mistake in the data, and every
  // figure built on it would be wrong. The first such cell of each series.
  bool negative = false;
  auto check_count = [&](const MonthlySeries* s, const char* as) {
    if (!s) return;
    for (Month m = s->first; m <= s->last(); m = m.plus(1))
      if (auto v = s->at(m); v && *v < 0) {
        diags.error(s->pos_at(m),
                    "the " + std::string(as) + " of measure " + spec.id + " for " + m.label() + " is " +
                        format_number(*v, spec.decimals) + " (a count cannot be negative)",
                    "correct the figure; if the measure is not a count, give it its unit (e.g. 'unit: pounds')");
        negative = true;
        return;
      }
  };
  if (per) {
    check_count(main, "count");
    check_count(per, "denominator");
  } else if (spec.unit == Unit::count) {
    check_count(main, "count");
  }
  check_count(bars, "bar count");
  if (negative) return std::nullopt;

  r.first = first;
  for (Month m = first; m <= last; m = m.plus(1)) {
    if (per) {
      auto n = main->at(m), d = per->at(m);
      r.numerator.push_back(n);
      r.denominator.push_back(d);
      r.values.push_back(n && d && *d != 0 ? std::optional<double>(*n / *d * 100) : std::nullopt);
    } else {
      r.values.push_back(main->at(m));
    }
    if (bars) r.bars.push_back(bars->at(m));
  }

  SpcOptions o;
  o.method = spec.method;
  o.direction = spec.direction;
  o.target = spec.target;
  o.screening = spec.screening;
  o.fix_after = spec.fix_after;
  for (const auto& [m, pos] : spec.rebase) {
    if (m <= first || m > last) {
      diags.error(pos, "rebase month " + m.label() + " is outside the data of measure " + spec.id + " (" +
                           first.label() + " to " + last.label() + ")",
                  "a rebase starts a new segment after the first month of data");
      continue;
    }
    o.rebase_at.push_back(static_cast<size_t>(m.index - first.index));
  }
  r.spc = compute_spc(r.values, o);
  for (const auto& seg : r.spc.segments) {
    if (!seg.flat) continue;
    std::string span = r.month_at(seg.first).label() + " to " + r.month_at(seg.last).label();
    bool constant = baseline_constant(r, seg);
    // Every baseline month is the mean, or the mean is shown as limits are.
    std::string mean = constant ? r.show(seg.mean) : r.show_level(seg.mean);
    std::string message = constant ? "measure " + spec.id + " does not vary from " + span + " (" +
                                         flat_reason(r, seg) + "), so its process limits equal the mean"
                                   : "measure " + spec.id + " has process limits equal to its mean (" + mean +
                                         ") from " + span + " (" + flat_reason(r, seg) + ")";
    diags.warning(spec.series.pos, message,
                  "check the data; if it is right, any month that differs from the mean (" + mean +
                      ") shows as special cause variation");
  }

  switch (spec.badge) {
    case BadgePeriod::quarter: r.badge_now = latest_complete_quarter(report); break;
    case BadgePeriod::month: r.badge_now = Period{report, report, report.label()}; break;
    case BadgePeriod::fytd: r.badge_now = fytd(report); break;
  }
  r.badge_before = r.badge_now.year_earlier(spec.badge == BadgePeriod::fytd ? "SPLY" : "");
  if (r.badge_before.name.empty())
    r.badge_before.name = spec.badge == BadgePeriod::quarter ? quarter_label(r.badge_before.first)
                                                             : r.badge_before.first.label();
  std::string prefix = r.badge_now.name + " against " + r.badge_before.name;
  auto now = r.over(r.badge_now), before = r.over(r.badge_before);
  if (now && before) {
    r.badge = make_badge(*before, *now, spec.unit == Unit::percent, spec.direction, badge_label(spec.badge), prefix);
    std::vector<PointType> flagged;
    for (Month m = r.badge_now.first; m <= r.badge_now.last; m = m.plus(1)) {
      int i = m.index - first.index;
      if (i >= 0 && i < static_cast<int>(r.spc.points.size())) flagged.push_back(r.spc.points[i].type);
    }
    agree_with_spc(r.badge, flagged, r.badge_now.name);
  } else {
    r.badge.label = badge_label(spec.badge);
    r.badge.points = spec.unit == Unit::percent;  // the unit the change would have had
    r.badge.tone = "neutral";
    r.badge.description = prefix + ": not comparable (a month has no figure)";
  }
  return r;
}

}  // namespace panelpack::annex
