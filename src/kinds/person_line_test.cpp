#include "kinds/person_line.h"

#include <doctest/doctest.h>

using namespace panelpack;

TEST_CASE("a person prints as name, role and organisation, each where given") {
  const Person cc{"cc", "Simon Cole", "Chief Constable", "Leicestershire Police", "", "", {}};
  CHECK(role_text(cc) == "Chief Constable, Leicestershire Police");
  CHECK(person_line(cc) == "Simon Cole, Chief Constable, Leicestershire Police");
  CHECK(person_line(cc, "Deputy Chief Constable") == "Simon Cole, Deputy Chief Constable, Leicestershire Police");
  const Person officer{"o", "Euan Walters", "", "Leicestershire County Council", "", "", {}};
  CHECK(role_text(officer) == "Leicestershire County Council");
  const Person named{"n", "Cllr. Jo Chair", "", "", "", "", {}};
  CHECK(person_line(named) == "Cllr. Jo Chair");
  Site site;
  site.people["cc"] = cc;
  CHECK(person_line(site, "cc") == "Simon Cole, Chief Constable, Leicestershire Police");
  CHECK(person_line(site, "nobody") == "nobody");
}
