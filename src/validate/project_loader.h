#pragma once
// A whole site: panelpack.yaml plus every <meetings>/<folder>/meeting.yaml,
// validated together (duplicate meetings, references between them).
#include <optional>

#include "core/diagnostics.h"
#include "core/file_system.h"
#include "model/site.h"

namespace panelpack {

inline constexpr const char* kMeetingFile = "meeting.yaml";

std::optional<Project> load_project(const FileSystem& fs, const std::string& root, Diagnostics& diags);

}  // namespace panelpack
