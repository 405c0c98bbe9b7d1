#pragma once
// meeting.yaml -> Meeting, checked against the site (bodies and people).
#include <optional>

#include "core/diagnostics.h"
#include "core/file_system.h"
#include "model/site.h"

namespace panelpack {

// `path` is read from `fs`; `shown_as` is how messages name it.
std::optional<Meeting> load_meeting(const FileSystem& fs, const std::string& path, const std::string& shown_as,
                                    const Site& site, Diagnostics& diags);

}  // namespace panelpack
