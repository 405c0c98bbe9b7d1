#pragma once
// Checks that names used in content refer to something that exists.
#include <string>

#include "core/diagnostics.h"
#include "model/site.h"

namespace panelpack {

// An unknown person id is an error suggesting the nearest id, or how to add it.
void check_person(const Site& site, const std::string& id, const SourcePos& pos, Diagnostics& diags);

}  // namespace panelpack
