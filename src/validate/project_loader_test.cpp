#include "validate/project_loader.h"

#include <doctest/doctest.h>

#include "validate/test_site.h"

using namespace panelpack;

TEST_CASE("a valid site loads with its meetings in date order") {
  auto fs = test::site_fs();
  Diagnostics diags;
  auto project = load_project(fs, ".", diags);
  REQUIRE(project);
  CHECK(diags.format() == "");
  REQUIRE(project->meetings.size() == 2);
  CHECK(project->meetings[0].date == Date{2024, 10, 25});
  const Meeting& m = project->meetings[1];
  CHECK(m.venue == "Carleton Hall");
  REQUIRE(m.items.size() == 2);
  CHECK(m.items[1].part == 2);
  REQUIRE(m.items[1].exempt);
  CHECK(m.items[1].exempt->paragraph == 3);
  CHECK(m.items[1].exempt->public_title == "Estates matter");
  CHECK(project->previous(m) == &project->meetings[0]);
  CHECK(project->next(project->meetings[0]) == &m);
  CHECK(project->site.bodies.at("pac").opening_items.size() == 2);
}

TEST_CASE("every problem in a meeting is reported in one run") {
  auto fs = test::site_fs(R"(body: pak
date: 2025-01-32
start: "10:00"
venue: Carleton Hall
attendees: [david-alen]
items:
  - title: Estates
    part: 2
    exempt: {paragraph: 9, reason: x}
  - title: Other
    part: 2
  - titel: Typo
)");
  Diagnostics diags;
  load_project(fs, ".", diags);
  CHECK(diags.error_count() == 6);  // "titel" is not also reported as a missing title
  const std::string text = diags.format();
  CHECK(text.find("meetings/2025-01-20/meeting.yaml:1:7: error: unknown body 'pak'") != std::string::npos);
  CHECK(text.find("hint: did you mean 'pac'?") != std::string::npos);
  CHECK(text.find("2:7: error: '2025-01-32' is not a date (January 2025 has 31 days)") != std::string::npos);
  CHECK(text.find("5:13: error: unknown person 'david-alen'\n") != std::string::npos);
  CHECK(text.find("hint: did you mean 'david-allen'?") != std::string::npos);
  CHECK(text.find("9:25: error: 'paragraph' is 9 (it must be from 1 to 7)") != std::string::npos);
  CHECK(text.find("11:11: error: agenda item 2 is in Part 2 but gives no exemption") != std::string::npos);
  CHECK(text.find("12:5: error: unknown key 'titel' in agenda item 3") != std::string::npos);
}

TEST_CASE("two meetings of one body on one day are an error") {
  auto fs = test::site_fs();
  fs.add("meetings/copy/meeting.yaml", test::kMeetingYaml);
  Diagnostics diags;
  load_project(fs, ".", diags);
  CHECK(diags.format().find("two meetings of 'pac' on 2025-01-20") != std::string::npos);
}

TEST_CASE("a meeting folder without meeting.yaml is reported") {
  auto fs = test::site_fs();
  fs.add("meetings/2025-03-01/notes.txt", "");
  Diagnostics diags;
  load_project(fs, ".", diags);
  CHECK(diags.format() ==
        "meetings/2025-03-01: error: meeting folder meetings/2025-03-01 has no meeting.yaml\n"
        "hint: add a meeting.yaml (see docs/content.md), or remove the folder\n");
}
