#pragma once
// annex.yaml -> AnnexSpec, and the data tables it names -> MonthlyTables.
// Every problem is reported with its position; loading carries on so one
// run shows them all.
#include <map>
#include <optional>
#include <string>

#include "kinds/annex/annex_spec.h"
#include "kinds/annex/monthly_table.h"
#include "core/diagnostics.h"
#include "core/file_system.h"

namespace panelpack::annex {

// Reads `path` from `fs`; messages name it `shown_as`.
std::optional<AnnexSpec> load_annex_spec(const FileSystem& fs, const std::string& path, const std::string& shown_as,
                                         Diagnostics& diags);

// Reads each data table the annex names. Data paths in the annex are
// relative to the site's data folder `data_dir` (paths.data, e.g.
// "content/data"), which is relative to `site_root`; messages name files as
// data_dir/file ("content/data/calls.csv").
std::map<std::string, MonthlyTable> load_annex_data(const FileSystem& fs, const AnnexSpec& spec,
                                                    const std::string& site_root, const std::string& data_dir,
                                                    Diagnostics& diags);

}  // namespace panelpack::annex
