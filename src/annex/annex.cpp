#include "annex/annex.h"

namespace panelpack::annex {

namespace {

// The sum of a series over a period, reporting a month without a figure.
std::optional<double> period_sum(const SeriesRef& ref, const Period& p, const std::string& table_id,
                                 const std::map<std::string, MonthlyTable>& data, Diagnostics& diags) {
  const MonthlySeries* s = resolve(ref, data, diags);
  if (!s) return std::nullopt;
  Month missing;
  auto sum = sum_over(*s, p, &missing);
  if (!sum) {
    SourcePos at = s->pos_at(missing);
    diags.error(at.known() ? at : ref.pos,
                "failed to compute table '" + table_id + "' (" + ref.name + " has no figure for " + missing.label() +
                    ", needed for " + p.name + ")",
                "the table sums " + p.span() + "; add the missing figure");
  }
  return sum;
}

}  // namespace

TableResult compute_table(const TableSpec& spec, const std::map<std::string, MonthlyTable>& data, Month report,
                          Diagnostics& diags) {
  TableResult t;
  t.spec = &spec;
  t.now = fytd(report);
  t.before = sply(t.now);
  if (spec.kind == TableSpec::Kind::comparison) {
    for (const auto& row : spec.rows) {
      auto bv = period_sum(row.volume, t.before, spec.id, data, diags);
      auto av = period_sum(row.volume, t.now, spec.id, data, diags);
      std::optional<double> bo, ao;
      if (row.outcomes) {
        bo = period_sum(*row.outcomes, t.before, spec.id, data, diags);
        ao = period_sum(*row.outcomes, t.now, spec.id, data, diags);
      }
      if (!bv || !av) continue;
      t.comparison.push_back(compare_rates(row.name, *bv, *av, bo, ao));
    }
    t.caption = spec.caption.text.empty()
                    ? "Change in volume and positive outcome rates, " + t.now.name + " (" + t.now.dates() +
                          ") against the same period last year (SPLY, " + t.before.dates() + ")."
                    : spec.caption.text;
  } else {
    t.counts.percent_of = spec.percent_of;
    t.counts.percent_label = spec.percent_label;
    std::vector<const MonthlySeries*> cols;
    for (const auto& [label, ref] : spec.columns) {
      t.counts.columns.push_back(label);
      cols.push_back(resolve(ref, data, diags));
    }
    // Rows: the FYTD months from the first month any column has data.
    for (Month m = t.now.first; m <= t.now.last; m = m.plus(1)) {
      CountTable::Row row;
      row.label = m.short_label();
      bool any = false;
      for (const auto* c : cols) {
        auto v = c ? c->at(m) : std::nullopt;
        any |= v.has_value();
        row.counts.push_back(v);
      }
      if (any || !t.counts.rows.empty()) t.counts.rows.push_back(row);
    }
    complete_count_table(t.counts, spec.percent_decimals);
    t.caption = spec.caption.text.empty() ? spec.title + ", " + t.now.span() + "." : spec.caption.text;
  }
  return t;
}

Annex compute_annex(const AnnexSpec& spec, const std::map<std::string, MonthlyTable>& data, Diagnostics& diags) {
  Annex a;
  a.spec = &spec;
  a.fytd = fytd(spec.report_month);
  a.sply = sply(a.fytd);
  for (const auto& s : spec.sections) {
    SectionResult sr;
    sr.spec = &s;
    for (const auto& m : s.measures) {
      auto r = compute_measure(m, data, spec.report_month, diags);
      if (!r) continue;
      add_measure_figures(a.figures, *r, a.fytd, a.sply);
      if (spec.exceptions)
        for (auto& e : exceptions_for(*r)) a.exceptions.push_back(std::move(e));
      sr.measures.push_back(std::move(*r));
    }
    a.sections.push_back(std::move(sr));
  }
  for (const auto& t : spec.tables) {
    TableResult tr = compute_table(t, data, spec.report_month, diags);
    for (const auto& c : tr.comparison) {
      auto& f = a.figures[t.id + "/" + c.name];
      f["sply"] = c.before_volume_text;
      f["fytd"] = c.after_volume_text;
      f["change"] = c.change_text;
      if (!c.change_percent_text.empty()) f["change-percent"] = c.change_percent_text;
      if (!c.before_rate_text.empty()) f["sply-rate"] = c.before_rate_text;
      if (!c.after_rate_text.empty()) f["fytd-rate"] = c.after_rate_text;
      if (!c.change_pp_text.empty()) f["change-pp"] = c.change_pp_text;
    }
    if (t.kind == TableSpec::Kind::counts) {
      auto add_row = [&](const CountTable::Row& r) {
        auto& f = a.figures[t.id + "/" + r.label];
        for (size_t i = 0; i < tr.counts.columns.size(); ++i) f[tr.counts.columns[i]] = r.count_texts[i];
        f["total"] = r.total_text;
        if (!r.percent_text.empty()) f["percent"] = r.percent_text;
      };
      for (const auto& r : tr.counts.rows) add_row(r);
      add_row(tr.counts.total);
    }
    a.tables.push_back(std::move(tr));
  }
  return a;
}

}  // namespace panelpack::annex
