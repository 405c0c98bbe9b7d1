#include "validate/minutes_loader.h"

#include <doctest/doctest.h>

#include "validate/project_loader.h"
#include "validate/test_site.h"

using namespace panelpack;

namespace {

const char* const kJanuaryMinutes = "meetings/2025-01-20/minutes.yaml";

// The test site with `minutes` as the minutes of 20 January 2025 (items:
// apologies, previous-minutes, performance, next-meeting, estates-disposal).
std::optional<Project> load_with(const std::string& minutes, Diagnostics& diags) {
  auto fs = test::site_fs();
  fs.add(kJanuaryMinutes, minutes);
  return load_project(fs, ".", diags);
}

const Meeting& january(const Project& p) { return p.meetings[1]; }

}  // namespace

TEST_CASE("minutes load with attendance, a lead as a person or a team, resolutions and actions") {
  Diagnostics diags;
  auto p = load_with(R"(present: [david-allen]
also_present:
  - {person: gill-shearer, role: Acting Chief Executive}
minute_taker: gill-shearer
concluded: "12:15"
confirmed: 2025-03-01
declarations:
  - {person: david-allen, item: performance, interest: Is a member of the board.}
minutes:
  - item: apologies
    text: There were no apologies.
  - item: performance
    text: The report was **noted**.
    resolved:
      - the report be noted; and
      - a further report be brought.
    actions:
      - action: Circulate the figures.
        lead: gill-shearer
        report_back: true
        review: 2025-03-10
      - action: Publish the figures.
        lead: {team: Comms & Media team}
  - item: estates-disposal
    text: Agreed.
)",
                     diags);
  REQUIRE(p);
  CHECK(diags.format() == "");
  const Meeting& m = january(*p);
  REQUIRE(m.minutes);
  const Minutes& mins = *m.minutes;
  CHECK(mins.file == kJanuaryMinutes);
  REQUIRE(mins.present.size() == 1);
  CHECK(mins.present[0].person == "david-allen");
  REQUIRE(mins.also_present.size() == 1);
  CHECK(mins.also_present[0].role == "Acting Chief Executive");
  CHECK(mins.minute_taker == "gill-shearer");
  CHECK(mins.concluded == "12:15");
  CHECK(mins.confirmed == Date{2025, 3, 1});
  REQUIRE(mins.declarations.size() == 1);
  CHECK(mins.declarations[0].item == "performance");
  REQUIRE(mins.minutes.size() == 3);
  const Minute& perf = mins.minutes[1];
  CHECK(perf.item == "performance");
  CHECK(perf.item_pos.line == 12);
  CHECK(perf.text.source == "The report was **noted**.");
  REQUIRE(perf.resolved.size() == 2);
  CHECK(perf.resolved[1].source == "a further report be brought.");
  REQUIRE(perf.actions.size() == 2);
  CHECK(perf.actions[0].text == "Circulate the figures.");
  CHECK(perf.actions[0].lead.person == "gill-shearer");
  CHECK(perf.actions[0].lead.team == "");
  CHECK(perf.actions[0].report_back);
  CHECK(perf.actions[0].review == Date{2025, 3, 10});
  CHECK(perf.actions[1].lead.person == "");
  CHECK(perf.actions[1].lead.team == "Comms & Media team");
  CHECK_FALSE(perf.actions[1].report_back);
  CHECK_FALSE(perf.actions[1].review);
  CHECK(m.action_updates.empty());
  CHECK_FALSE(p->meetings[0].minutes);  // a folder without minutes.yaml has none
}

TEST_CASE("a minute naming an unknown item is an error with the nearest id suggested") {
  Diagnostics diags;
  load_with(R"(present: [david-allen]
minutes:
  - item: performence
    text: Noted.
)",
            diags);
  CHECK(diags.error_count() == 1);
  CHECK(diags.format() ==
        "meetings/2025-01-20/minutes.yaml:3:11: error: unknown agenda item 'performence' in "
        "meetings/2025-01-20/meeting.yaml\n"
        " 3 |   - item: performence\n"
        "   |           ^\n"
        "hint: did you mean 'performance'?\n");
}

TEST_CASE("a declaration naming an unknown item is an error too") {
  Diagnostics diags;
  load_with(R"(present: [david-allen]
declarations:
  - {person: david-allen, item: estates-disposl, interest: Owns land nearby.}
minutes: []
)",
            diags);
  CHECK(diags.error_count() == 1);
  CHECK(diags.format().find("error: unknown agenda item 'estates-disposl'") != std::string::npos);
  CHECK(diags.format().find("hint: did you mean 'estates-disposal'?") != std::string::npos);
}

TEST_CASE("a second minute for one item is an error at the second, naming the line of the first") {
  Diagnostics diags;
  auto p = load_with(R"(present: [david-allen]
minutes:
  - item: performance
    text: Noted.
  - item: apologies
    text: None.
  - item: performance
    text: Noted again.
)",
                     diags);
  CHECK(diags.error_count() == 1);
  CHECK(diags.format().find("minutes.yaml:7:11: error: a second minute for item 'performance' (the first is at line 3)") !=
        std::string::npos);
  CHECK(diags.format().find("hint: write everything about an item in one minute") != std::string::npos);
}

TEST_CASE("a person listed twice in the attendance is an error at the second, across the lists") {
  Diagnostics diags;
  load_with(R"(present: [david-allen, gill-shearer]
apologies:
  - {person: gill-shearer, role: Chief Executive}
minutes: []
)",
            diags);
  CHECK(diags.error_count() == 1);
  CHECK(diags.format().find("minutes.yaml:3:14: error: 'gill-shearer' is listed twice in the attendance (first at "
                            "line 1)") != std::string::npos);
  CHECK(diags.format().find("hint: list each person once: present, also present, in attendance or apologies") !=
        std::string::npos);
}

TEST_CASE("a person listed twice in one list is an error too") {
  Diagnostics diags;
  load_with("present: [david-allen, gill-shearer, david-allen]\nminutes: []\n", diags);
  CHECK(diags.error_count() == 1);
  CHECK(diags.format().find("'david-allen' is listed twice in the attendance (first at column 11)") != std::string::npos);
}

TEST_CASE("an action without a lead, or with a lead who is not a person, is an error") {
  Diagnostics diags;
  load_with(R"(present: [david-allen]
minutes:
  - item: performance
    actions:
      - action: Nobody's job.
      - action: An empty lead.
        lead:
      - action: A typo.
        lead: gill-sheerer
)",
            diags);
  CHECK(diags.error_count() == 3);
  const std::string text = diags.format();
  CHECK(text.find("minutes.yaml:5:9: error: the action has no lead") != std::string::npos);
  // 'lead:' with no value is reported at 'lead:'.
  CHECK(text.find("minutes.yaml:7:9: error: the action has no lead") != std::string::npos);
  CHECK(text.find("hint: say who will carry it out: 'lead: <person id>', or for a team 'lead: {team: Comms & Media "
                  "team}'") != std::string::npos);
  CHECK(text.find("minutes.yaml:9:15: error: unknown person 'gill-sheerer' as the action's lead") != std::string::npos);
  CHECK(text.find("hint: did you mean 'gill-shearer'?") != std::string::npos);
}

TEST_CASE("minutes without 'present' or 'minutes' say what to write") {
  Diagnostics diags;
  load_with("minute_taker: gill-shearer\n", diags);
  CHECK(diags.error_count() == 2);
  CHECK(diags.format().find("present: [jo-chair") != std::string::npos);
  CHECK(diags.format().find("write one minute per agenda item under 'minutes:'") != std::string::npos);
}

TEST_CASE("action updates load with their status and date closed") {
  auto fs = test::site_fs();
  fs.add("meetings/2025-01-20/actions.yaml", R"(updates:
  - action: pac-20241025-006-1
    update: Done.
    status: closed
    closed: 2025-01-10
  - action: pac-20241025-006-2
    update: Under way.
  - action: pac-20241025-006-3
    status: superseded
)");
  Diagnostics diags;
  auto p = load_project(fs, ".", diags);
  REQUIRE(p);
  CHECK(diags.format() == "");
  const auto& u = january(*p).action_updates;
  REQUIRE(u.size() == 3);
  CHECK(u[0].action == "pac-20241025-006-1");
  CHECK(u[0].status == ActionStatus::closed);
  CHECK(u[0].closed == Date{2025, 1, 10});
  CHECK(u[1].status == ActionStatus::open);
  CHECK_FALSE(u[1].closed);
  CHECK(u[2].status == ActionStatus::superseded);
  CHECK(u[2].text == "");
}

TEST_CASE("an update giving a date closed with the status open is an error at the date") {
  auto fs = test::site_fs();
  fs.add("meetings/2025-01-20/actions.yaml",
         "updates:\n  - action: pac-20241025-006-1\n    update: Under way.\n    closed: 2025-01-10\n");
  Diagnostics diags;
  load_project(fs, ".", diags);
  CHECK(diags.error_count() == 1);
  CHECK(diags.format().find("actions.yaml:4:13: error: the update gives a date closed but the status 'open'") !=
        std::string::npos);
}
