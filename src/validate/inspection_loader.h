#pragma once
// inspections/*.yaml -> Inspection: an HMICFRS inspection, its
// recommendations and areas for improvement, and the commissioner's
// response. Every recommendation addressed to the force or the commissioner
// must have a response (Police Act 1996 s.55(5B)).
#include <optional>
#include <vector>

#include "core/diagnostics.h"
#include "core/file_system.h"
#include "model/site.h"

namespace panelpack {

std::optional<Inspection> load_inspection(const FileSystem& fs, const std::string& path, const std::string& shown_as,
                                          const Site& site, Diagnostics& diags);

// Every inspection in the site's inspections folder (none when the folder is
// absent), in file-name order, with their ids checked unique and each
// 'meeting'/'item' checked against `meetings`.
std::vector<Inspection> load_inspections(const FileSystem& fs, const Site& site, const std::vector<Meeting>& meetings,
                                         Diagnostics& diags);

// The 56-day clock as at `as_of` (panelpack check --as-of): a response not
// yet published is an error once overdue and a warning when it falls due
// within the site's warn_days.
void check_inspection_clock(const std::vector<Inspection>& inspections, const Date& as_of, int warn_days,
                            Diagnostics& diags);

}  // namespace panelpack
