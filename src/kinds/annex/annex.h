#pragma once
// A performance annex with every figure computed: measures by section,
// comparison and count tables, the exceptions list and the index of
// figures that commentary can quote.
#include <map>
#include <string>
#include <vector>

#include "kinds/annex/annex_spec.h"
#include "kinds/annex/annual_table.h"
#include "kinds/annex/comparison.h"
#include "kinds/annex/measure.h"
#include "kinds/annex/monthly_table.h"
#include "kinds/annex/narrative.h"
#include "kinds/annex/periods.h"
#include "core/diagnostics.h"

namespace panelpack::annex {

struct TableResult {
  const TableSpec* spec = nullptr;
  Period now, before;                     // FYTD and SPLY
  std::vector<RateComparison> comparison; // Kind::comparison
  CountTable counts;                      // Kind::counts: one row per FYTD month
  AnnualTable annual;                     // Kind::annual: one row per financial year
  std::string caption;
};

struct SectionResult {
  const SectionSpec* spec = nullptr;
  std::vector<MeasureResult> measures;
};

struct Annex {
  const AnnexSpec* spec = nullptr;
  Period fytd, sply;
  std::vector<SectionResult> sections;
  std::vector<TableResult> tables;
  std::vector<Exception> exceptions;
  FigureIndex figures;
};

// `spec` and `data` must outlive the result.
Annex compute_annex(const AnnexSpec& spec, const std::map<std::string, MonthlyTable>& data, Diagnostics& diags);

TableResult compute_table(const TableSpec& spec, const std::map<std::string, MonthlyTable>& data, Month report,
                          Diagnostics& diags);

}  // namespace panelpack::annex
