#include "validate/meeting_loader.h"

#include <doctest/doctest.h>

#include "validate/site_loader.h"

using namespace panelpack;

namespace {

const char* const kSite = R"(organisation: {name: Office of the Commissioner}
people:
  jo-chair: {name: Cllr. Jo Chair, role: Member}
  bo-member: {name: Cllr. Bo Member, role: Member}
  gus-cc: {name: Gus Constable, role: Chief Constable, organisation: Exampleshire Police}
  fay-pcc: {name: Fay Commissioner, role: Police and Crime Commissioner}
bodies:
  panel: {name: Police and Crime Panel, chair: jo-chair, members: [bo-member]}
)";

std::optional<Meeting> load(const std::string& attendance, Diagnostics& diags) {
  MemoryFileSystem fs;
  fs.add("panelpack.yaml", kSite);
  fs.add("meeting.yaml", "body: panel\ndate: 2025-03-10\nstart: \"10:00\"\nvenue: County Hall\n" + attendance +
                             "items: []\n");
  auto site = load_site(fs, ".", diags);
  REQUIRE(site);
  return load_meeting(fs, "meeting.yaml", "meeting.yaml", *site, diags);
}

}  // namespace

TEST_CASE("in_attendance lists people beside the membership, each with a role for the meeting when given") {
  Diagnostics diags;
  auto m = load("in_attendance:\n  - fay-pcc\n  - {person: gus-cc, role: Deputy Chief Constable}\n", diags);
  REQUIRE(m);
  CHECK(diags.format() == "");
  CHECK(m->attendees.empty());
  REQUIRE(m->in_attendance.size() == 2);
  CHECK(m->in_attendance[0].person == "fay-pcc");
  CHECK(m->in_attendance[0].role == "");
  CHECK(m->in_attendance[1].person == "gus-cc");
  CHECK(m->in_attendance[1].role == "Deputy Chief Constable");
  CHECK(m->in_attendance[1].pos.line == 7);
}

TEST_CASE("an unknown person in attendance is an error suggesting the nearest id") {
  Diagnostics diags;
  load("in_attendance: [gus-c]\n", diags);
  CHECK(diags.error_count() == 1);
  CHECK(diags.format().find("meeting.yaml:5:17: error: unknown person 'gus-c'") != std::string::npos);
  CHECK(diags.format().find("hint: did you mean 'gus-cc'?") != std::string::npos);
}

TEST_CASE("a person twice in attendance, in both lists, or a member in attendance, is an error") {
  Diagnostics diags;
  load("attendees: [fay-pcc]\nin_attendance:\n  - gus-cc\n  - gus-cc\n  - fay-pcc\n  - jo-chair\n", diags);
  CHECK(diags.error_count() == 3);
  const std::string text = diags.format();
  CHECK(text.find("meeting.yaml:8:5: error: 'gus-cc' is listed twice in 'in_attendance' (first at line 7)") !=
        std::string::npos);
  CHECK(text.find("meeting.yaml:9:5: error: 'fay-pcc' is listed in both 'attendees' and 'in_attendance' (first at "
                  "line 5)") != std::string::npos);
  CHECK(text.find("meeting.yaml:10:5: error: 'jo-chair' is in 'in_attendance' but is a member of body 'panel'") !=
        std::string::npos);
}
