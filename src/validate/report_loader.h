#pragma once
// meetings/<folder>/reports/*.yaml -> Report: a committee (cover) report,
// the paper of one of the meeting's agenda items. Its tables are added up
// here (model/money_table.h), so a wrong typed total is found in every
// build, Part 2 reports included; figures the prose quotes from them
// ([[table/row column]]) are filled in; supplied PDF appendices are read
// (inside the site, a PDF by its first bytes) for the build to count their
// pages.
#include <vector>

#include "core/diagnostics.h"
#include "core/file_system.h"
#include "model/site.h"

namespace panelpack {

inline constexpr const char* kReportsFolder = "reports";

// Every report in `meeting`'s reports folder (none when it is absent), in
// file-name order.
std::vector<Report> load_reports(const FileSystem& fs, const Site& site, const Meeting& meeting, Diagnostics& diags);

// Replaces every [[table/row column]] in `text` with the figure of
// `tables`: a row's cell, a group's subtotal (by the group's name) or the
// total ("total"). An unknown table, row or column is an error at `pos`.
std::string expand_table_figures(const std::string& text, const SourcePos& pos, const std::vector<MoneyTable>& tables,
                                 Diagnostics& diags);

}  // namespace panelpack
