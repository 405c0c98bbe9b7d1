#pragma once
// minutes.yaml (the minutes of a meeting) and actions.yaml (updates recorded
// for a meeting to actions raised at earlier ones) -> model, every problem
// reported with its position.
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "core/file_system.h"
#include "model/site.h"

namespace panelpack {

inline constexpr const char* kMinutesFile = "minutes.yaml";
inline constexpr const char* kActionsFile = "actions.yaml";

// Reads the minutes of `meeting` (whose items are loaded): people are checked
// against the registry, and each minute's `item` against the meeting's
// agenda entries (its items' ids and the body's standing items).
std::optional<Minutes> load_minutes(const FileSystem& fs, const std::string& path, const std::string& shown_as,
                                    const Site& site, const Meeting& meeting, Diagnostics& diags);

std::vector<ActionUpdate> load_action_updates(const FileSystem& fs, const std::string& path,
                                              const std::string& shown_as, Diagnostics& diags);

}  // namespace panelpack
