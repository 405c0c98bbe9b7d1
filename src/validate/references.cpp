#include "validate/references.h"

#include "core/suggest.h"

namespace panelpack {

void check_person(const Site& site, const std::string& id, const SourcePos& pos, Diagnostics& diags) {
  if (id.empty() || site.people.count(id)) return;
  std::vector<std::string> ids;
  for (const auto& [k, _] : site.people) ids.push_back(k);
  diags.error(pos, "unknown person '" + id + "'",
              closest(id, ids) ? suggestion(id, ids) : "add '" + id + "' to 'people' in panelpack.yaml");
}

}  // namespace panelpack
