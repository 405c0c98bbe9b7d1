#include "validate/site_loader.h"

#include <doctest/doctest.h>

using namespace panelpack;

namespace {

const char* const kPeople = R"(organisation: {name: Office of the Commissioner}
people:
  jo-chair: {name: Cllr. Jo Chair, role: Member}
  al-vice: {name: Cllr. Al Vice, role: Member}
  bo-member: {name: Cllr. Bo Member, role: Member}
  cy-coopted: {name: Mr Cy Coopted}
  di-independent: {name: Ms Di Independent}
bodies:
  panel:
    name: Police and Crime Panel
)";

std::optional<Site> load_body(const std::string& body, Diagnostics& diags) {
  MemoryFileSystem fs;
  fs.add("panelpack.yaml", kPeople + body);
  return load_site(fs, ".", diags);
}

}  // namespace

TEST_CASE("a body's membership: chair, vice-chair with its title, groups and the names style") {
  Diagnostics diags;
  auto site = load_body(R"(    chair: jo-chair
    chair_title: Chairman
    vice_chair: al-vice
    members: [bo-member, al-vice, cy-coopted, di-independent]
    co_opted: [cy-coopted]
    independent: [di-independent]
    membership: {style: names}
)",
                        diags);
  REQUIRE(site);
  CHECK(diags.format() == "");
  const Body& b = site->bodies.at("panel");
  CHECK(b.membership_style == MembershipStyle::names);
  CHECK(b.vice_chair_title == "Vice-Chairman");  // "Vice-" and the chair's title
  const std::vector<MemberEntry> m = membership(b);
  REQUIRE(m.size() == 5);
  CHECK((m[0].person == "jo-chair" && m[0].place == MemberPlace::chair));
  CHECK((m[1].person == "al-vice" && m[1].place == MemberPlace::vice_chair));
  CHECK((m[2].person == "bo-member" && m[2].place == MemberPlace::member));
  CHECK((m[3].person == "cy-coopted" && m[3].place == MemberPlace::co_opted));
  CHECK((m[4].person == "di-independent" && m[4].place == MemberPlace::independent));
}

TEST_CASE("the roles style is the default, and a vice-chair title may be given") {
  Diagnostics diags;
  auto site = load_body("    chair: jo-chair\n    vice_chair: al-vice\n    vice_chair_title: Deputy Chair\n"
                        "    members: [al-vice]\n",
                        diags);
  REQUIRE(site);
  CHECK(diags.format() == "");
  const Body& b = site->bodies.at("panel");
  CHECK(b.membership_style == MembershipStyle::roles);
  CHECK(b.vice_chair_title == "Deputy Chair");
  CHECK(membership(b).size() == 2);  // the chair need not be listed in 'members'
}

TEST_CASE("an unknown membership style is an error suggesting the nearest") {
  Diagnostics diags;
  load_body("    membership: {style: role}\n", diags);
  CHECK(diags.error_count() == 1);
  CHECK(diags.format().find("panelpack.yaml:11:25: error: 'role' is not a valid style") != std::string::npos);
  CHECK(diags.format().find("hint: did you mean 'roles'?") != std::string::npos);
}

TEST_CASE("a vice-chair outside the membership, and a member listed twice, are errors at their lines") {
  Diagnostics diags;
  load_body("    vice_chair: al-vice\n    members:\n      - bo-member\n      - bo-member\n", diags);
  CHECK(diags.error_count() == 2);
  const std::string text = diags.format();
  CHECK(text.find("panelpack.yaml:11:17: error: 'al-vice' is in 'vice_chair' of body 'panel' but not in its "
                  "'members'") != std::string::npos);
  CHECK(text.find("panelpack.yaml:14:9: error: 'bo-member' is listed twice in 'members' (first at line 13)") !=
        std::string::npos);
  CHECK(text.find("hint: list each person once") != std::string::npos);
}
