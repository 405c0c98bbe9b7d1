#pragma once
// How papers print a person: "Simon Cole, Chief Constable, Leicestershire
// Police" (name, role, organisation); the name alone when the person has
// neither role nor organisation; the id when the site has no such person (a
// checked id always resolves).
#include <string>

#include "model/site.h"

namespace panelpack {

// The role and the organisation, each where given: "Chief Constable,
// Leicestershire Police". A non-empty `role` replaces the person's own (a
// role for one meeting).
std::string role_text(const Person& person, const std::string& role = "");

// The name, then role_text when there is one.
std::string person_line(const Person& person, const std::string& role = "");
std::string person_line(const Site& site, const std::string& id);

}  // namespace panelpack
