#include "kinds/annex/annex.h"

#include <algorithm>

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

// The file of a series, as messages name it ("data/calls.csv").
std::string file_of(const SeriesRef& ref, const std::map<std::string, MonthlyTable>& data) {
  auto t = data.find(ref.table);
  return t == data.end() ? "the data file" : t->second.file;
}

// The files of a measure's series: "data/calls.csv", or two joined by "and".
std::string data_files(const MeasureSpec& m, const std::map<std::string, MonthlyTable>& data) {
  std::string files = file_of(m.series, data);
  if (m.per && file_of(*m.per, data) != files) files += " and " + file_of(*m.per, data);
  return files;
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
  } else if (spec.kind == TableSpec::Kind::annual) {
    std::vector<AnnualColumn> cols;
    for (size_t i = 0; i < spec.columns.size(); ++i)
      cols.push_back({spec.columns[i].first, resolve(spec.columns[i].second, data, diags), spec.column_mean[i]});
    t.annual = annual_table(cols, report, spec.decimals);
    t.caption = spec.caption.text.empty() ? spec.title + ", by financial year to " + report.label() + "."
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
      add_measure_figures(a.figures, *r, a.fytd, a.sply, data_files(m, data));
      if (spec.exceptions)
        for (auto& e : exceptions_for(*r)) a.exceptions.push_back(std::move(e));
      sr.measures.push_back(std::move(*r));
    }
    a.sections.push_back(std::move(sr));
  }
  for (const auto& t : spec.tables) {
    TableResult tr = compute_table(t, data, spec.report_month, diags);
    for (size_t i = 0; i < tr.comparison.size(); ++i) {
      const RateComparison& c = tr.comparison[i];
      const std::string ref = t.id + "/" + c.name;
      auto quote = [&](const char* field) { return "[[" + ref + " " + field + "]]"; };
      auto& f = a.figures;
      f.set(ref, "sply", c.before_volume_text);
      f.set(ref, "fytd", c.after_volume_text);
      f.set(ref, "change", c.change_text);
      if (c.change_percent)
        f.set(ref, "change-percent", c.change_percent_text);
      else
        f.lack(ref, "change-percent", ref + " has no crimes in the same period last year, so there is no percentage change",
               "quote " + quote("change") + " instead");
      bool outcomes = std::any_of(t.rows.begin(), t.rows.end(),
                                  [&](const ComparisonRowSpec& r) { return r.name == c.name && r.outcomes; });
      std::string no_outcomes = "the row " + c.name + " of table '" + t.id + "' names no outcomes";
      std::string add_outcomes = "add outcomes to the row in the annex file";
      auto rate = [&](const char* field, const std::string& text, double volume, const std::string& period) {
        if (!text.empty())
          f.set(ref, field, text);
        else if (!outcomes)
          f.lack(ref, field, no_outcomes + ", so it has no positive outcome rate", add_outcomes);
        else if (volume == 0)
          f.lack(ref, field, ref + " has no crimes in " + period + ", so it has no positive outcome rate");
      };
      rate("sply-rate", c.before_rate_text, c.before_volume, "the same period last year");
      rate("fytd-rate", c.after_rate_text, c.after_volume, "the financial year to date");
      if (c.change_pp)
        f.set(ref, "change-pp", c.change_pp_text);
      else
        f.lack(ref, "change-pp",
               (!outcomes ? no_outcomes : ref + " has no crimes in one of the periods") +
                   ", so there is no change in its positive outcome rate",
               outcomes ? "" : add_outcomes);
    }
    if (t.kind == TableSpec::Kind::counts) {
      auto add_row = [&](const CountTable::Row& r) {
        const std::string ref = t.id + "/" + r.label;
        for (size_t i = 0; i < tr.counts.columns.size(); ++i) {
          if (r.counts[i])
            a.figures.set(ref, tr.counts.columns[i], r.count_texts[i]);
          else
            a.figures.lack(ref, tr.counts.columns[i],
                           ref + " has no figure for " + tr.counts.columns[i] + " (its cell is empty)",
                           "add the figure to " + file_of(t.columns[i].second, data));
        }
        a.figures.set(ref, "total", r.total_text);
        if (r.percent)
          a.figures.set(ref, "percent", r.percent_text);
        else if (tr.counts.percent_of < 0)
          a.figures.lack(ref, "percent", "table '" + t.id + "' has no percentage column",
                         "add percent_of to the table in the annex file");
        else
          a.figures.lack(ref, "percent", "the total of " + ref + " is 0, so it has no percentage");
      };
      for (const auto& r : tr.counts.rows) add_row(r);
      add_row(tr.counts.total);
    }
    a.tables.push_back(std::move(tr));
  }
  return a;
}

}  // namespace panelpack::annex
