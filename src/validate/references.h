#pragma once
// Checks that names used in content refer to something that exists.
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "model/site.h"

namespace panelpack {

// An unknown person id is an error suggesting the nearest id, or how to add it.
void check_person(const Site& site, const std::string& id, const SourcePos& pos, Diagnostics& diags);

// Where the earlier of two entries was given, for "listed twice" messages:
// "first at line 12", or "first at column 15" when both are on one line.
std::string first_at(const SourcePos& first, const SourcePos& again);

class MapReader;

// A list of person ids under `key` of the map `r` reads, each checked at its
// own position; a person given twice is an error at the second.
std::vector<std::string> read_people(MapReader& r, const std::string& key, const Site& site);

// A list of people at a meeting under `key`: person ids, or '{person, role}'
// for a role of this meeting only; each checked at its own position.
std::vector<PersonAt> read_people_at(MapReader& r, const std::string& key, const Site& site);

}  // namespace panelpack
