#pragma once
// PDF number trees (/ParentTree) and name trees (/Dests): a single leaf for
// small trees, otherwise a root whose /Kids are leaves of at most 256
// entries with /Limits, so no array comes near libharu's 32,767 limit.
#include <hpdf.h>

#include <string>
#include <utility>
#include <vector>

namespace pdf {

// Entries must be sorted by key and the values not yet owned by any
// container. Returns the root dictionary (a direct object).
HPDF_Dict number_tree(HPDF_Doc doc, std::vector<std::pair<int, void*>> entries);
HPDF_Dict name_tree(HPDF_Doc doc, std::vector<std::pair<std::string, void*>> entries);

}  // namespace pdf
