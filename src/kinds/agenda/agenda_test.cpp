#include "kinds/agenda/agenda.h"

#include <doctest/doctest.h>

#include <memory>

#include "model/standing_presets.h"

using namespace panelpack;

namespace {
Project project() {
  Project p;
  p.site.people["chair"] = {"chair", "Mr David Allen", "Commissioner", "", "", "", {}};
  p.site.people["ce"] = {"ce", "Ms Gill Shearer", "Chief Executive", "", "", "", {}};
  Body b;
  b.id = "pac";
  b.name = "Public Accountability Conference";
  b.title = "Public Accountability Conference";
  b.chair = "chair";
  b.members = {"ce"};
  for (const char* id : {"apologies", "previous-minutes"}) {
    const StandingPreset* s = find_standing_preset(id);
    b.opening_items.push_back({id, s->title, s->description, {}});
  }
  const StandingPreset* next = find_standing_preset("next-meeting");
  b.closing_items.push_back({"next-meeting", next->title, next->description, {}});
  p.site.bodies["pac"] = b;
  Meeting earlier;
  earlier.body = "pac";
  earlier.date = {2024, 10, 25};
  earlier.start = "10:00";
  earlier.venue = "Carleton Hall";
  Meeting m;
  m.body = "pac";
  m.date = {2025, 1, 20};
  m.start = "10:00";
  m.venue = "Carleton Hall";
  m.issued = Date{2025, 1, 10};
  AgendaItem open;
  open.title = "Performance";
  open.description.source = "To receive an update.";
  open.report_by = {"ce"};
  AgendaItem exempt;
  exempt.title = "Estates disposal at SECRET-SITE";
  exempt.part = 2;
  exempt.description.source = "SECRET-SITE sale.";
  exempt.exempt.emplace();
  exempt.exempt->paragraph = 3;
  exempt.exempt->reason = "Negotiations under way.";
  exempt.exempt->public_title = "Estates matter";
  m.items = {open, exempt};
  p.meetings = {earlier, m};
  return p;
}
// The agenda of meeting `i` of `p` as `audience` sees it, through the
// timeline and the redaction point as a build computes it.
Agenda agenda_of(const Project& p, size_t i, Audience audience, Diagnostics& diags) {
  static std::vector<std::unique_ptr<AudienceView>> views;  // kept alive: the agenda points into its view
  Timeline t = compute_timeline(p);
  views.push_back(std::make_unique<AudienceView>(redact(p, t, audience)));
  return compute_agenda(*views.back(), views.back()->meetings()[i], diags);
}
}  // namespace

TEST_CASE("items are numbered through standing items, business, closing items, then Part 2") {
  Project p = project();
  Diagnostics diags;
  Agenda a = agenda_of(p, 1, Audience::members, diags);
  REQUIRE(a.part1.size() == 4);
  CHECK(a.part1[0].number == 1);
  CHECK(a.part1[0].title == "Apologies for absence");
  CHECK(a.part1[1].description ==
        "To receive and approve the minutes of the Public Accountability Conference held on Friday 25 October 2024.");
  CHECK(a.part1[2].title == "Performance");
  CHECK(a.part1[2].report_by == std::vector<std::string>{"Chief Executive"});
  CHECK(a.part1[3].title == "Date of next meeting");
  CHECK(a.part1[3].description == "To note the date of the next meeting.");
  REQUIRE(a.part2.size() == 1);
  CHECK(a.part2[0].number == 5);
  CHECK(a.part2[0].title == "Estates disposal at SECRET-SITE");
  CHECK(a.part2[0].exempt_reason == "Negotiations under way.");
  CHECK(a.date == "Monday 20 January 2025");
  CHECK(a.membership);
  REQUIRE(a.attendees.size() == 2);
  CHECK(a.attendees[0].chair);
  CHECK(diags.format() == "");
}

TEST_CASE("the public agenda carries nothing of an exempt item but its number, neutral title and citation") {
  Project p = project();
  Diagnostics diags;
  Agenda a = agenda_of(p, 1, Audience::public_, diags);
  REQUIRE(a.part2.size() == 1);
  const AgendaEntry& e = a.part2[0];
  CHECK(e.withheld);
  CHECK(e.number == 5);
  CHECK(e.title == "Estates matter");
  CHECK(e.description ==
        "Exempt information under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.");
  CHECK(e.exempt_reason.empty());
  CHECK(e.report_by.empty());
}

TEST_CASE("a previous-minutes item with no previous meeting is an error; the next meeting is named") {
  Project p = project();
  Diagnostics diags;
  Agenda first = agenda_of(p, 0, Audience::public_, diags);
  CHECK(diags.error_count() == 1);
  CHECK(diags.all()[0].message ==
        "no previous meeting of 'pac' before 2024-10-25 (the standing item 'previous-minutes' needs one)");
  CHECK(first.part1.back().description ==
        "The next meeting of the Public Accountability Conference is scheduled to take place on Monday 20 January "
        "2025 at 10:00 at Carleton Hall.");
}

TEST_CASE("late publication is a warning naming the last good date") {
  Project p = project();
  p.meetings[1].issued = Date{2025, 1, 16};
  Diagnostics diags;
  agenda_of(p, 1, Audience::public_, diags);
  CHECK(diags.warning_count() == 1);
  CHECK(diags.all()[0].message ==
        "the agenda is issued 1 clear day before the meeting (the Public Accountability Conference requires 5)");
  CHECK(diags.all()[0].hint ==
        "issue it by Friday 10 January 2025 and set 'issued' to the day it goes out (the rule is "
        "'publication.clear_days' of body 'pac' in panelpack.yaml)");
  p.meetings[1].issued = Date{2025, 1, 15};
  Diagnostics two;
  agenda_of(p, 1, Audience::public_, two);
  CHECK(two.all()[0].message.starts_with("the agenda is issued 2 clear days before"));
}

TEST_CASE("times on the 12-hour clock read as council papers write them") {
  CHECK(display_time("14:00", true) == "2.00 pm");
  CHECK(display_time("10:30", true) == "10.30 am");
  CHECK(display_time("12:00", true) == "12 noon");
  CHECK(display_time("00:15", true) == "12.15 am");
  CHECK(display_time("14:00", false) == "14:00");
}

TEST_CASE("the membership in the roles style: 'Role – Name', the chair and vice-chair marked, a group said once") {
  Project p = project();
  p.site.people["vice"] = {"vice", "Cllr. Al Vice", "Councillor", "Exampletown Council", "", "", {}};
  p.site.people["ind"] = {"ind", "Ms Di Independent", "Independent member", "", "", "", {}};
  p.site.people["coop"] = {"coop", "Mr Cy Coopted", "", "", "", "", {}};
  Body& b = p.site.bodies["pac"];
  b.vice_chair = "vice";
  b.vice_chair_title = "Vice-Chair";
  b.members = {"ce", "ind", "vice", "coop"};
  b.co_opted = {"coop"};
  b.independent = {"ind"};
  Diagnostics diags;
  Agenda a = agenda_of(p, 1, Audience::public_, diags);
  CHECK(a.membership);
  std::vector<std::string> lines;
  for (const PersonLine& l : a.attendees) lines.push_back(l.text);
  CHECK(lines == std::vector<std::string>{"Commissioner – Mr David Allen (Chair)",
                                          "Councillor, Exampletown Council – Cllr. Al Vice (Vice-Chair)",
                                          "Chief Executive – Ms Gill Shearer", "Independent member – Ms Di Independent",
                                          "Mr Cy Coopted (Co-opted member)"});
  CHECK(a.attendees[0].chair);
  CHECK(a.attendees[1].chairs);
  CHECK_FALSE(a.attendees[2].chairs);
}

TEST_CASE("the names style: members by name, anyone else 'Name, Role, Organisation'; in attendance beside them") {
  Project p = project();
  p.site.people["cc"] = {"cc", "Gus Constable", "Chief Constable", "Exampleshire Police", "", "", {}};
  p.site.bodies["pac"].membership_style = MembershipStyle::names;
  p.site.bodies["pac"].chair_title = "Chairman";
  p.meetings[1].in_attendance = {{"cc", "", {}}, {"cc", "Deputy Chief Constable", {}}};
  Diagnostics diags;
  Agenda a = agenda_of(p, 1, Audience::public_, diags);
  REQUIRE(a.attendees.size() == 2);
  CHECK(a.attendees[0].text == "Mr David Allen (Chairman)");
  CHECK(a.attendees[1].text == "Ms Gill Shearer");
  REQUIRE(a.in_attendance.size() == 2);
  CHECK(a.in_attendance[0].text == "Gus Constable, Chief Constable, Exampleshire Police");
  CHECK(a.in_attendance[1].text == "Gus Constable, Deputy Chief Constable, Exampleshire Police");

  p.meetings[1].attendees = {{"chair", "", {}}, {"ce", "", {}}};  // attendees replace the membership
  Agenda b = agenda_of(p, 1, Audience::public_, diags);
  CHECK_FALSE(b.membership);
  REQUIRE(b.attendees.size() == 2);
  CHECK(b.attendees[0].text == "Mr David Allen, Commissioner (Chairman)");
  CHECK(b.attendees[1].text == "Ms Gill Shearer, Chief Executive");
}
