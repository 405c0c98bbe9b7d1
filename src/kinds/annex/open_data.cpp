#include "kinds/annex/open_data.h"

namespace panelpack::annex {

using nlohmann::json;

namespace {

json opt(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

json period(const Period& p) { return {{"name", p.name}, {"first", p.first.iso()}, {"last", p.last.iso()}}; }

json series_ref(const SeriesRef& r) { return {{"table", r.table}, {"series", r.name}}; }

json measure_json(const MeasureResult& m, const std::string& section, const FigureIndex& figures) {
  const MeasureSpec& s = *m.spec;
  json j = {{"id", s.id},
            {"name", s.name},
            {"section", section},
            {"unit", id(s.unit)},
            {"improvement", id(s.direction)},
            {"target", opt(s.target)},
            {"chart", id(s.chart)},
            {"method", id(s.method)},
            {"screening", s.screening},
            {"fix_after", s.fix_after == 0 ? json(nullptr) : json(s.fix_after)},
            {"source", series_ref(s.series)}};
  if (s.per) j["source"]["per"] = series_ref(*s.per);
  if (s.bars) j["bars"] = series_ref(*s.bars);
  json segs = json::array();
  for (const auto& seg : m.spc.segments) {
    segs.push_back({{"first", m.month_at(seg.first).iso()},
                    {"last", m.month_at(seg.last).iso()},
                    {"points", seg.points},
                    {"baseline_points", seg.baseline_points},
                    {"moving_ranges", seg.moving_ranges},
                    {"screened_out", seg.screened_out},
                    {"has_limits", seg.has_limits},
                    {"mean", seg.baseline_points ? json(seg.mean) : json(nullptr)},
                    {"spread", seg.has_limits ? json(seg.spread) : json(nullptr)},
                    {"upper", seg.has_limits ? json(seg.upper) : json(nullptr)},
                    {"lower", seg.has_limits ? json(seg.lower) : json(nullptr)},
                    {"near_upper", seg.has_limits ? json(seg.near_upper) : json(nullptr)},
                    {"near_lower", seg.has_limits ? json(seg.near_lower) : json(nullptr)},
                    {"provisional", seg.provisional},
                    {"flat", seg.flat}});
  }
  j["segments"] = segs;
  json points = json::array();
  for (size_t i = 0; i < m.values.size(); ++i) {
    const SpcPoint& p = m.spc.points[i];
    json pt = {{"month", m.month_at(i).iso()},
               {"value", opt(m.values[i])},
               {"segment", p.segment},
               {"special_cause", id(p.cause)},
               {"type", id(p.type)}};
    if (s.per) {
      pt["numerator"] = opt(m.numerator[i]);
      pt["denominator"] = opt(m.denominator[i]);
    }
    if (s.bars) pt["bars"] = opt(m.bars[i]);
    points.push_back(pt);
  }
  j["points"] = points;
  j["variation"] = id(m.spc.variation);
  j["assurance"] = id(m.spc.assurance);
  j["badge"] = {{"period", period(m.badge_now)},
                {"against", period(m.badge_before)},
                {"change", opt(m.badge.change)},
                {"unit", m.badge.points ? "percentage points" : "percent"},
                {"text", m.badge.text},
                {"tone", m.badge.tone},
                {"neutral_reason", m.badge.neutral_reason}};
  auto f = figures.values.find(s.id);
  j["figures"] = f == figures.values.end() ? json::object() : json(f->second);
  return j;
}

json table_json(const TableResult& t) {
  json j = {{"id", t.spec->id},
            {"title", t.spec->title},
            {"caption", t.caption},
            {"kind", t.spec->kind == TableSpec::Kind::comparison ? "comparison"
                     : t.spec->kind == TableSpec::Kind::counts   ? "counts"
                                                                 : "annual"},
            {"period", period(t.now)},
            {"against", period(t.before)}};
  json rows = json::array();
  if (t.spec->kind == TableSpec::Kind::comparison) {
    for (const auto& c : t.comparison) {
      rows.push_back({{"name", c.name},
                      {"sply_volume", c.before_volume},
                      {"fytd_volume", c.after_volume},
                      {"sply_outcomes", opt(c.before_outcomes)},
                      {"fytd_outcomes", opt(c.after_outcomes)},
                      {"change", c.change},
                      {"change_percent", opt(c.change_percent)},
                      {"sply_rate", opt(c.before_rate)},
                      {"fytd_rate", opt(c.after_rate)},
                      {"change_pp", opt(c.change_pp)},
                      {"display",
                       {{"sply_volume", c.before_volume_text},
                        {"fytd_volume", c.after_volume_text},
                        {"change", c.change_text},
                        {"change_percent", c.change_percent_text},
                        {"sply_rate", c.before_rate_text},
                        {"fytd_rate", c.after_rate_text},
                        {"change_pp", c.change_pp_text}}}});
    }
  } else if (t.spec->kind == TableSpec::Kind::annual) {
    json cols = json::array();
    for (size_t i = 0; i < t.spec->columns.size(); ++i)
      cols.push_back({{"label", t.spec->columns[i].first}, {"over", t.spec->column_mean[i] ? "mean" : "sum"}});
    j["columns"] = cols;
    for (size_t i = 0; i < t.annual.labels.size(); ++i) {
      json values = json::array();
      for (const auto& v : t.annual.values[i]) values.push_back(opt(v));
      rows.push_back({{"label", t.annual.labels[i]}, {"values", values}, {"display", t.annual.texts[i]}});
    }
  } else {
    j["columns"] = t.counts.columns;
    j["percent_of"] = t.counts.percent_of >= 0 ? json(t.counts.columns[t.counts.percent_of]) : json(nullptr);
    auto row = [&](const CountTable::Row& r) {
      json counts = json::array();
      for (const auto& c : r.counts) counts.push_back(opt(c));
      return json{{"label", r.label},
                  {"counts", counts},
                  {"total", r.total},
                  {"percent", opt(r.percent)},
                  {"display", {{"counts", r.count_texts}, {"total", r.total_text}, {"percent", r.percent_text}}}};
    };
    for (const auto& r : t.counts.rows) rows.push_back(row(r));
    j["total"] = row(t.counts.total);
  }
  j["rows"] = rows;
  return j;
}

}  // namespace

json open_data(const Annex& a) {
  json j = {{"format", "panelpack-annex"},
            {"version", 1},
            {"title", a.spec->title},
            {"subtitle", a.spec->subtitle},
            {"report_month", a.spec->report_month.iso()},
            {"fytd", period(a.fytd)},
            {"sply", period(a.sply)}};
  json measures = json::array();
  for (const auto& s : a.sections)
    for (const auto& m : s.measures) measures.push_back(measure_json(m, s.spec->title, a.figures));
  j["measures"] = measures;
  json tables = json::array();
  for (const auto& t : a.tables) tables.push_back(table_json(t));
  j["tables"] = tables;
  json ex = json::array();
  for (const auto& e : a.exceptions)
    ex.push_back({{"measure", e.measure_id}, {"text", e.text}, {"tone", e.tone}});
  j["exceptions"] = ex;
  return j;
}

}  // namespace panelpack::annex
