#include "kinds/person_line.h"

namespace panelpack {

std::string person_line(const Site& site, const std::string& id) {
  auto it = site.people.find(id);
  if (it == site.people.end()) return id;
  return it->second.role.empty() ? it->second.name : it->second.name + ", " + it->second.role;
}

}  // namespace panelpack
