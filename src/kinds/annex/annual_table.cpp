#include "kinds/annex/annual_table.h"

#include <algorithm>

#include "kinds/annex/figures.h"
#include "kinds/annex/periods.h"

namespace panelpack::annex {

AnnualTable annual_table(const std::vector<AnnualColumn>& columns, Month report, int decimals) {
  AnnualTable t;
  int first_fy = financial_year(report);
  for (const auto& c : columns)
    if (c.series) first_fy = std::min(first_fy, financial_year(c.series->first));
  for (int fy = first_fy; fy <= financial_year(report); ++fy) {
    Period p = financial_year_period(fy);
    const bool partial = p.last > report;
    if (partial) p.last = report;
    std::vector<std::optional<double>> row;
    std::vector<std::string> texts;
    bool any = false;
    for (const auto& c : columns) {
      std::optional<double> v;
      if (c.series) {
        double sum = 0;
        int n = 0;
        for (Month m = p.first; m <= p.last; m = m.plus(1)) {
          auto x = c.series->at(m);
          if (!x) {
            n = -1;
            break;
          }
          sum += *x;
          ++n;
        }
        if (n > 0) v = c.mean ? sum / n : sum;
      }
      any |= v.has_value();
      row.push_back(v);
      texts.push_back(v ? format_number(*v, c.mean ? decimals : 0) : "no figure");
    }
    // Years before any column has a whole year of data are left out.
    if (!any && t.labels.empty()) continue;
    t.labels.push_back(partial ? "FYTD " + fy_short(fy) : fy_short(fy));
    t.values.push_back(std::move(row));
    t.texts.push_back(std::move(texts));
  }
  return t;
}

}  // namespace panelpack::annex
