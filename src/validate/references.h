#pragma once
// Checks that names used in content refer to something that exists.
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "model/site.h"

namespace panelpack {

// An unknown person id is an error suggesting the nearest id, or how to add it.
void check_person(const Site& site, const std::string& id, const SourcePos& pos, Diagnostics& diags);

class MapReader;

// A list of person ids under `key` of the map `r` reads, each checked at its
// own position.
std::vector<std::string> read_people(MapReader& r, const std::string& key, const Site& site);

}  // namespace panelpack
