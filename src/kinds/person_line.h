#pragma once
// How papers print a person: "Mr David Allen, Police, Fire & Crime
// Commissioner"; the name alone when the person has no role; the id when
// the site has no such person (a checked id always resolves).
#include <string>

#include "model/site.h"

namespace panelpack {

std::string person_line(const Site& site, const std::string& id);

}  // namespace panelpack
