#include "kinds/person_line.h"

namespace panelpack {

std::string role_text(const Person& person, const std::string& role) {
  std::string text = role.empty() ? person.role : role;
  if (!person.organisation.empty()) text += (text.empty() ? "" : ", ") + person.organisation;
  return text;
}

std::string person_line(const Person& person, const std::string& role) {
  const std::string r = role_text(person, role);
  return r.empty() ? person.name : person.name + ", " + r;
}

std::string person_line(const Site& site, const std::string& id) {
  auto it = site.people.find(id);
  return it == site.people.end() ? id : person_line(it->second);
}

}  // namespace panelpack
