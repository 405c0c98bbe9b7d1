#include "kinds/annex/narrative.h"

#include <cctype>
#include <optional>
#include <set>

#include "kinds/annex/figures.h"
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

}  // namespace

std::string latest_signal(const MeasureResult& m) {
  if (!m.spc.latest) return "";
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
             m.show_level(seg.upper) + ")";
      break;
    case SpecialCause::below_lower:
      text = "the latest month (" + month + ", " + value + ") is below the lower process limit (" +
             m.show_level(seg.lower) + ")";
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
             (p.cause == SpecialCause::shift_high ? "above" : "below") + " the mean (" + m.show_level(seg.mean) + ")";
      break;
  }
  return text;
}

std::vector<Exception> exceptions_for(const MeasureResult& m) {
  // Every chart kind: the SPC analysis behind the icons is computed for all.
  std::vector<Exception> out;
  const MeasureSpec& s = *m.spec;
  if (!m.spc.latest) return out;
  std::string text = latest_signal(m);
  if (!text.empty()) out.push_back({s.id, s.name, s.name + ": " + text, tone_of(m.spc.points[*m.spc.latest].type)});
  if (m.spc.assurance == Assurance::fail && s.target)
    out.push_back({s.id, s.name,
                   s.name + ": the target of " + m.show(*s.target) +
                       " will consistently be missed unless the process changes",
                   "concern"});
  return out;
}

void FigureIndex::set(const std::string& ref, const std::string& field, std::string value) {
  values[ref][field] = std::move(value);
  auto it = missing.find(ref);
  if (it != missing.end()) it->second.erase(field);
}

void FigureIndex::lack(const std::string& ref, const std::string& field, std::string why, std::string hint) {
  auto it = values.find(ref);
  if (it != values.end()) it->second.erase(field);
  missing[ref][field] = {std::move(why), std::move(hint)};
}

std::string assurance_phrase(Assurance a) {
  switch (a) {
    case Assurance::none: return "";
    case Assurance::pass: return "the target will consistently be met";
    case Assurance::fail: return "the target will consistently be missed";
    case Assurance::hit_and_miss: return "the target will be met and missed at random";
  }
  return "";
}

namespace {

// A period as a sentence names it: "Q3 2024/25 (October 2024 to December
// 2024)", or just "December 2024" when the name says it all.
std::string period_words(const Period& p) {
  std::string span = p.span();
  return p.name == span ? span : p.name + " (" + span + ")";
}

// Why a measure has no figure over `p`, and what would give it one.
struct Cause {
  std::string why, fix;
};
Cause why_not_over(const MeasureResult& m, const Period& p, const std::string& files) {
  const std::string& id = m.spec->id;
  Month last = m.month_at(m.values.size() - 1);
  if (p.first < m.first)
    return {"the data for " + id + " starts in " + m.first.label(), "add the earlier months to " + files};
  if (p.last > last) return {"the data for " + id + " ends in " + last.label(), "add the later months to " + files};
  for (Month x = p.first; x <= p.last; x = x.plus(1))
    if (!m.at(x)) return {id + " has no figure for " + x.label(), "add the figure for " + x.label() + " to " + files};
  // Every month has a value, so only a rate over a zero denominator is left.
  return {"the " + (m.spec->per ? m.spec->per->name : std::string("monthly")) + " figures add up to 0", ""};
}

// Does a placeholder at `at` begin a sentence? At the start of the text or
// of a paragraph, after '.', '!' or '?', or first on a Markdown list or
// heading line.
bool starts_sentence(const std::string& s, size_t at) {
  size_t i = at;
  int newlines = 0;
  while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t' || s[i - 1] == '\n' || s[i - 1] == '\r')) {
    newlines += s[i - 1] == '\n';
    --i;
  }
  if (i == 0 || newlines >= 2) return true;
  char c = s[i - 1];
  if (c == '.' || c == '!' || c == '?') return true;
  if (newlines == 0 && (c == '-' || c == '*' || c == '+' || c == '#' || c == '>')) {
    size_t line = s.rfind('\n', i - 1);
    line = line == std::string::npos ? 0 : line + 1;
    return s.find_first_not_of(" \t-*+#>", line) >= i;
  }
  return false;
}

}  // namespace

void add_measure_figures(FigureIndex& index, const MeasureResult& m, const Period& fytd_p, const Period& sply_p,
                         const std::string& files) {
  const std::string& id = m.spec->id;
  auto ref = [&](const std::string& field) { return "[[" + id + " " + field + "]]"; };
  // "quote a figure the data covers, such as [[1.1 change]], or <fix>": the
  // first of `instead` that has a value.
  auto hint = [&](std::initializer_list<const char*> instead, const std::string& fix) {
    std::string other;
    for (const char* f : instead) {
      auto v = index.values.find(id);
      if (v != index.values.end() && v->second.count(f)) {
        other = ref(f);
        break;
      }
    }
    if (other.empty()) return fix;
    return fix.empty() ? "quote a figure the data covers, such as " + other
                       : "quote a figure the data covers, such as " + other + ", or " + fix;
  };
  auto set = [&](const std::string& field, std::string value) { index.set(id, field, std::move(value)); };
  auto lack = [&](const std::string& field, std::string why, std::string h) {
    index.lack(id, field, std::move(why), std::move(h));
  };
  const std::string no_data = id + " has no figure from " + m.first.label() + " to " +
                              m.month_at(m.values.size() - 1).label();
  const std::string add_data = "add the figures to " + files;

  set("name", m.spec->name);
  if (auto lm = m.latest_month()) {
    set("latest", m.show(*m.at(*lm)));
    set("latest-month", lm->label());
  } else {
    lack("latest", no_data, add_data);
    lack("latest-month", no_data, add_data);
  }
  bool limits = false;
  if (!m.spc.segments.empty()) {
    const SpcSegment& seg = m.spc.segments.back();
    std::string since = m.spc.segments.size() > 1 ? " since " + m.month_at(seg.first).label() : "";
    // Mean and limits with one decimal more than the values (show_level).
    if (seg.baseline_points)
      set("mean", m.show_level(seg.mean));
    else
      lack("mean", no_data + (since.empty() ? "" : " (the last segment, " + since.substr(1) + ")"), add_data);
    limits = seg.has_limits;
    if (seg.has_limits) {
      set("upper", m.show_level(seg.upper));
      set("lower", m.show_level(m.shown_limit(seg.lower)));
    } else {
      std::string why = id + " has too few figures" + since + " to compute process limits";
      std::string h = hint({"mean"}, "add more months to " + files);
      lack("upper", why, h);
      lack("lower", why, h);
    }
  }
  set("variation", describe(m.spc.variation));
  int months = 0, flagged = 0;
  for (const auto& p : m.spc.points) {
    months += p.value.has_value();
    flagged += p.cause != SpecialCause::none;
  }
  set("months", std::to_string(months));
  set("special-cause-months", std::to_string(flagged));
  if (std::string signal = latest_signal(m); !signal.empty())
    set("latest-signal", signal);
  else if (m.spc.latest)
    lack("latest-signal",
         id + "'s latest month (" + m.month_at(*m.spc.latest).label() + ") shows common cause variation",
         "give words for a month with no special cause, such as [[" + id +
             " latest-signal | no special cause this month]], or quote " + ref("variation") + " instead");
  else
    lack("latest-signal", no_data, add_data);
  if (m.spec->target) {
    set("target", m.show(*m.spec->target));
    if (m.spc.assurance != Assurance::none)
      set("assurance", assurance_phrase(m.spc.assurance));
    else if (m.spec->direction == Direction::neither)
      lack("assurance", "the improvement of " + id + " is 'neither', so its target gives no assurance",
           "set improvement to increase or decrease, or quote " + ref("target"));
    else if (!limits)
      lack("assurance", id + " has too few figures to compute process limits, so its target gives no assurance",
           "quote " + ref("target") + " instead");
  } else {
    std::string why = "measure " + id + " has no target";
    lack("target", why, "add a target to measure " + id + " in the annex file");
    lack("assurance", why, "add a target to measure " + id + " in the annex file");
  }

  // "+5.38pp" for percent measures, "+0.8%" otherwise; nullopt from 0.
  auto change = [&](double now_v, double before_v) -> std::optional<std::string> {
    if (m.spec->unit == Unit::percent) {
      double pp = now_v - before_v;
      return (round_half_up(pp, 2) > 0 ? "+" : "") + format_pp(pp);
    }
    if (before_v == 0) return std::nullopt;
    double pct = (now_v - before_v) / before_v * 100;
    return (round_half_up(pct, 1) > 0 ? "+" : "") + format_percent(pct, 1);
  };
  auto a = m.over(fytd_p), b = m.over(sply_p);
  if (a) set("fytd", m.show(*a));
  if (b) set("sply", m.show(*b));
  if (a && b)
    if (auto c = change(*a, *b)) set("fytd-change", *c);
  // The rolling year: the twelve months to the report month, against the twelve before.
  const Period r12 = rolling_12(fytd_p.last), r12_before = r12.year_earlier("the previous 12 months");
  auto ra = m.over(r12), rb = m.over(r12_before);
  set("rolling-12-period", r12.name);
  if (ra) set("rolling-12", m.show(*ra));
  if (rb) set("rolling-12-last-year", m.show(*rb));
  if (ra && rb)
    if (auto c = change(*ra, *rb)) set("rolling-12-change", *c);

  auto now = m.over(m.badge_now), before = m.over(m.badge_before);
  if (now) set("period", m.show(*now));
  if (before) set("period-last-year", m.show(*before));
  set("change-period", m.badge_now.name + " against " + m.badge_before.name);
  if (!m.badge.text.empty()) set("change", m.badge.text);

  // Period fields without a value, now that the alternatives are known.
  const std::string fytd_words = "the financial year to date (" + fytd_p.span() + ")";
  const std::string sply_words = "the same period last year (" + sply_p.span() + ")";
  auto explain = [&](const char* field, const Period& p, const std::string& words,
                     std::initializer_list<const char*> instead) {
    Cause c = why_not_over(m, p, files);
    lack(field, c.why + ", so it has no figure for " + words, hint(instead, c.fix));
  };
  if (!a) explain("fytd", fytd_p, fytd_words, {"change", "latest"});
  if (!b) explain("sply", sply_p, sply_words, {"change", "latest"});
  if (!a)
    explain("fytd-change", fytd_p, fytd_words, {"change", "latest"});
  else if (!b)
    explain("fytd-change", sply_p, sply_words, {"change", "latest"});
  else if (m.spec->unit != Unit::percent && *b == 0)
    lack("fytd-change", id + " is 0 over " + sply_words + ", so there is no percentage change",
         "quote " + ref("fytd") + " and " + ref("sply") + " instead");
  const std::string r12_words = "the 12 months to " + r12.last.label() + " (" + r12.span() + ")";
  const std::string r12_before_words = "the previous 12 months (" + r12_before.span() + ")";
  if (!ra) explain("rolling-12", r12, r12_words, {"fytd", "latest"});
  if (!rb) explain("rolling-12-last-year", r12_before, r12_before_words, {"rolling-12", "latest"});
  if (!ra)
    explain("rolling-12-change", r12, r12_words, {"fytd-change", "latest"});
  else if (!rb)
    explain("rolling-12-change", r12_before, r12_before_words, {"rolling-12", "fytd-change"});
  else if (m.spec->unit != Unit::percent && *rb == 0)
    lack("rolling-12-change", id + " is 0 over " + r12_before_words + ", so there is no percentage change",
         "quote " + ref("rolling-12") + " and " + ref("rolling-12-last-year") + " instead");
  if (!now) explain("period", m.badge_now, period_words(m.badge_now), {"fytd-change", "latest"});
  if (!before) explain("period-last-year", m.badge_before, period_words(m.badge_before), {"fytd-change", "latest"});
  if (m.badge.text.empty()) {
    if (!now)
      explain("change", m.badge_now, period_words(m.badge_now), {"fytd-change", "latest"});
    else if (!before)
      explain("change", m.badge_before, period_words(m.badge_before), {"fytd-change", "latest"});
    else
      lack("change", id + " is 0 over " + period_words(m.badge_before) + ", so there is no percentage change",
           "quote " + ref("period") + " and " + ref("period-last-year") + " instead");
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
    // [[2.2 latest-signal | no special cause this month]]: the words after
    // '|' stand in when the field has no value this time.
    std::optional<std::string> fallback;
    if (size_t bar = inner.find('|'); bar != std::string::npos) {
      std::string words = inner.substr(bar + 1);
      words.erase(0, words.find_first_not_of(" \t\n"));
      words.erase(words.find_last_not_of(" \t\n") + 1);
      fallback = words;
      inner.erase(bar);
    }
    inner.erase(0, inner.find_first_not_of(' '));
    inner.erase(inner.find_last_not_of(' ') + 1);
    // The field is the last word, or more when the reference before it is
    // only known that way (a count table's column label "Failed to provide").
    size_t space = inner.rfind(' ');
    for (size_t k = space; k != std::string::npos && k > 0; k = inner.rfind(' ', k - 1)) {
      std::string r = inner.substr(0, k);
      if (index.values.count(r) || index.missing.count(r)) {
        space = k;
        break;
      }
    }
    std::string ref = space == std::string::npos ? inner : inner.substr(0, space);
    std::string field = space == std::string::npos ? "" : inner.substr(space + 1);
    std::string written = s.substr(open, close + 2 - open);
    auto it = index.values.find(ref);
    auto gaps = index.missing.find(ref);
    const NoFigure* none = nullptr;
    if (gaps != index.missing.end() && gaps->second.count(field)) none = &gaps->second.at(field);
    if (it == index.values.end() && gaps == index.missing.end()) {
      std::vector<std::string> refs;
      for (const auto& [r, _] : index.values) refs.push_back(r);
      diags.error(t.at(open), "unknown figure reference '" + ref + "' in " + written, suggestion(ref, refs));
      out += written;
    } else if (none && fallback) {
      std::string value = *fallback;
      if (!value.empty() && std::islower(static_cast<unsigned char>(value[0])) && starts_sentence(s, open))
        value[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(value[0])));
      out += value;
    } else if (none) {
      diags.error(t.at(open), "no value for " + written + ": " + none->why, none->hint);
      out += written;
    } else if (field.empty() || it == index.values.end() || !it->second.count(field)) {
      std::set<std::string> known;
      if (it != index.values.end())
        for (const auto& [name, _] : it->second) known.insert(name);
      if (gaps != index.missing.end())
        for (const auto& [name, _] : gaps->second) known.insert(name);
      std::vector<std::string> fields(known.begin(), known.end());
      diags.error(t.at(open), (field.empty() ? "no field" : "unknown field '" + field + "'") + " in " + written,
                  field.empty() ? "expected one of: " + [&] {
                    std::string all;
                    for (const auto& x : fields) all += (all.empty() ? "" : ", ") + x;
                    return all;
                  }()
                                : suggestion(field, fields));
      out += written;
    } else {
      // Values such as the assurance ("the target will consistently be
      // met") read inside a sentence; one that begins a sentence gets a capital.
      std::string value = it->second.at(field);
      if (!value.empty() && std::islower(static_cast<unsigned char>(value[0])) && starts_sentence(s, open))
        value[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(value[0])));
      out += value;
    }
    i = close + 2;
  }
  if (i < s.size()) out += s.substr(i);
  return out;
}

}  // namespace panelpack::annex
