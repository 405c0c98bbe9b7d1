#include "timeline/action_register.h"

#include <doctest/doctest.h>

using namespace panelpack;

namespace {

// A body "panel" (opening item: apologies) whose meetings are added in date
// order; each meeting has the items "performance" and, in Part 2, "estates".
struct Fixture {
  Project p;

  explicit Fixture(MinuteNumbering rule = {}) {
    Body b;
    b.id = "panel";
    b.numbering = rule;
    b.opening_items = {{"apologies", "Apologies", "", {}}};
    p.site.bodies["panel"] = b;
    Body other;
    other.id = "conference";
    p.site.bodies["conference"] = other;
  }

  Meeting& meeting(const Date& d, const std::string& body = "panel") {
    Meeting m;
    m.body = body;
    m.date = d;
    m.id = d.iso() + "-" + body;
    AgendaItem open, exempt;
    open.id = "performance";
    open.title = "Performance";
    exempt.id = "estates";
    exempt.title = "Estates";
    exempt.part = 2;
    m.items = {open, exempt};
    m.minutes = Minutes{};
    p.meetings.push_back(m);
    return p.meetings.back();
  }

  static Minute& minute(Meeting& m, const std::string& item, std::vector<std::string> actions) {
    Minute minute;
    minute.item = item;
    for (const auto& text : actions) {
      Action a;
      a.text = text;
      a.lead.person = "someone";
      minute.actions.push_back(a);
    }
    m.minutes->minutes.push_back(minute);
    return m.minutes->minutes.back();
  }

  static void update(Meeting& m, const std::string& ref, const std::string& text,
                     ActionStatus status = ActionStatus::open, std::optional<Date> closed = std::nullopt) {
    ActionUpdate u;
    u.action = ref;
    u.action_pos = {m.id + "/actions.yaml", static_cast<int>(m.action_updates.size()) * 3 + 2, 13};
    u.pos = {m.id + "/actions.yaml", static_cast<int>(m.action_updates.size()) * 3 + 2, 5};
    u.text = text;
    u.status = status;
    u.closed = closed;
    m.action_updates.push_back(u);
  }
};

std::vector<std::string> refs(const ActionRegister& reg) {
  std::vector<std::string> out;
  for (const auto& a : reg.actions()) out.push_back(a.ref);
  return out;
}

}  // namespace

TEST_CASE("an action reference is body, meeting date, minute number and position") {
  CHECK(action_reference("pac", {2024, 10, 25}, "006", 1) == "pac-20241025-006-1");
  CHECK(action_reference("panel", {2020, 2, 5}, "44", 2) == "panel-20200205-44-2");
  CHECK(action_reference("panel", {2025, 1, 2}, "1", 10) == "panel-20250102-1-10");
}

TEST_CASE("each action of a minute is numbered by its position, under the minute's number") {
  Fixture f;
  Meeting& m = f.meeting({2025, 1, 20});
  Fixture::minute(m, "apologies", {});
  Fixture::minute(m, "performance", {"First", "Second"});
  Fixture::minute(m, "estates", {"Private"});
  Timeline t = compute_timeline(f.p);
  Diagnostics diags;
  ActionRegister reg = compute_actions(f.p, t, diags);
  CHECK(diags.format() == "");
  // apologies 001, performance 002, estates (Part 2, after Part 1) 003
  CHECK(refs(reg) == std::vector<std::string>{"panel-20250120-002-1", "panel-20250120-002-2", "panel-20250120-003-1"});
  const ActionRecord* a = reg.find("panel-20250120-002-2");
  REQUIRE(a);
  CHECK(a->action->text == "Second");
  CHECK(a->minute_number == "002");
  CHECK(a->part == 1);
  CHECK(a->meeting == &f.p.meetings[0]);
  REQUIRE(reg.find("panel-20250120-003-1"));
  CHECK(reg.find("panel-20250120-003-1")->part == 2);
  CHECK(reg.find("panel-20250120-004-1") == nullptr);
}

TEST_CASE("references follow a running minute sequence") {
  MinuteNumbering running;
  running.style = MinuteNumbering::Style::running;
  Fixture f(running);
  Meeting& m = f.meeting({2025, 2, 3});
  m.first_minute = 40;
  Fixture::minute(m, "performance", {"Only"});
  Timeline t = compute_timeline(f.p);
  Diagnostics diags;
  CHECK(refs(compute_actions(f.p, t, diags)) == std::vector<std::string>{"panel-20250203-41-1"});
}

TEST_CASE("a minute for an unknown item raises no action (the loader reported it)") {
  Fixture f;
  Meeting& m = f.meeting({2025, 1, 20});
  Fixture::minute(m, "no-such-item", {"Lost"});
  Timeline t = compute_timeline(f.p);
  Diagnostics diags;
  CHECK(compute_actions(f.p, t, diags).actions().empty());
  CHECK(diags.error_count() == 0);
}

TEST_CASE("updates are joined to their action in date order, and latest(date) is the last on or before it") {
  Fixture f;
  Fixture::minute(f.meeting({2025, 1, 20}), "performance", {"Do it"});
  f.meeting({2025, 3, 10});
  f.meeting({2025, 6, 9});
  // Added for the later meeting first: the register orders them by meeting date.
  Fixture::update(f.p.meetings[2], "panel-20250120-002-1", "Done", ActionStatus::closed, Date{2025, 5, 30});
  Fixture::update(f.p.meetings[1], "panel-20250120-002-1", "Under way");
  Timeline t = compute_timeline(f.p);
  Diagnostics diags;
  ActionRegister reg = compute_actions(f.p, t, diags);
  CHECK(diags.format() == "");
  const ActionRecord* a = reg.find("panel-20250120-002-1");
  REQUIRE(a);
  REQUIRE(a->updates.size() == 2);
  CHECK(a->updates[0].update->text == "Under way");
  CHECK(a->updates[0].meeting == &f.p.meetings[1]);
  CHECK(a->updates[1].update->text == "Done");
  CHECK(a->updates[1].closed == Date{2025, 5, 30});

  CHECK(a->latest({2025, 1, 20}) == nullptr);
  CHECK(a->latest({2025, 3, 9}) == nullptr);
  REQUIRE(a->latest({2025, 3, 10}));
  CHECK(a->latest({2025, 3, 10})->update->text == "Under way");
  // The date closed (30 May) is not the date recorded (9 June): as at 1 June the update is not known yet.
  CHECK(a->latest({2025, 6, 1})->update->text == "Under way");
  CHECK(a->latest({2025, 6, 9})->update->text == "Done");
  CHECK(a->latest({2026, 1, 1})->update->text == "Done");
}

TEST_CASE("a closed update without a date is closed on the date of the meeting it is recorded for") {
  Fixture f;
  Fixture::minute(f.meeting({2025, 1, 20}), "performance", {"Do it"});
  Fixture::update(f.meeting({2025, 3, 10}), "panel-20250120-002-1", "Done", ActionStatus::superseded);
  Timeline t = compute_timeline(f.p);
  Diagnostics diags;
  ActionRegister reg = compute_actions(f.p, t, diags);
  REQUIRE(reg.find("panel-20250120-002-1")->updates.size() == 1);
  CHECK(reg.find("panel-20250120-002-1")->updates[0].closed == Date{2025, 3, 10});
}

TEST_CASE("an update to an unknown action is an error with the nearest reference suggested") {
  Fixture f;
  Fixture::minute(f.meeting({2025, 1, 20}), "performance", {"Do it"});
  Fixture::update(f.meeting({2025, 3, 10}), "panel-20250120-003-1", "Done");
  Fixture::update(f.p.meetings[1], "zzz", "Nothing like it");
  Timeline t = compute_timeline(f.p);
  Diagnostics diags;
  ActionRegister reg = compute_actions(f.p, t, diags);
  REQUIRE(diags.all().size() == 2);
  CHECK(diags.all()[0].message == "unknown action 'panel-20250120-003-1'");
  CHECK(diags.all()[0].hint == "did you mean 'panel-20250120-002-1'?");
  CHECK(diags.all()[0].pos.col == 13);  // at the reference
  CHECK(diags.all()[1].message == "unknown action 'zzz'");
  // With no close match the hint explains how a reference is made.
  CHECK(diags.all()[1].hint.find("(body-yyyymmdd-minute-n, e.g. pac-20241025-006-1)") != std::string::npos);
  CHECK(reg.find("panel-20250120-002-1")->updates.empty());
}

TEST_CASE("an update when no action was raised at all explains how a reference is made") {
  Fixture f;
  Fixture::update(f.meeting({2025, 3, 10}), "panel-20250120-002-1", "Done");
  Timeline t = compute_timeline(f.p);
  Diagnostics diags;
  compute_actions(f.p, t, diags);
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].message == "unknown action 'panel-20250120-002-1'");
  CHECK(diags.all()[0].hint ==
        "give the reference of an action raised at an earlier meeting, as its action log prints it "
        "(body-yyyymmdd-minute-n, e.g. pac-20241025-006-1)");
}

TEST_CASE("an update recorded at the raising meeting, or before it, is an error and is not joined") {
  Fixture f;
  f.meeting({2024, 11, 4});
  Meeting& raised = f.meeting({2025, 1, 20});
  Fixture::minute(raised, "performance", {"Do it"});
  Fixture::update(f.p.meetings[0], "panel-20250120-002-1", "Too early");
  Fixture::update(f.p.meetings[1], "panel-20250120-002-1", "Same day");
  Timeline t = compute_timeline(f.p);
  Diagnostics diags;
  ActionRegister reg = compute_actions(f.p, t, diags);
  REQUIRE(diags.all().size() == 2);
  CHECK(diags.all()[0].message ==
        "the update to action 'panel-20250120-002-1' is recorded for the meeting of 4 November 2024, before the "
        "meeting that raised it (20 January 2025)");
  CHECK(diags.all()[1].message ==
        "the update to action 'panel-20250120-002-1' is recorded for the meeting that raised it (20 January 2025)");
  CHECK(reg.find("panel-20250120-002-1")->updates.empty());
}

TEST_CASE("an action closed before it was raised is an error; closing it on the day it was raised is not") {
  Fixture f;
  Fixture::minute(f.meeting({2025, 1, 20}), "performance", {"First", "Second"});
  Meeting& later = f.meeting({2025, 3, 10});
  Fixture::update(later, "panel-20250120-002-1", "Back-dated", ActionStatus::closed, Date{2025, 1, 19});
  Fixture::update(later, "panel-20250120-002-2", "Done at once", ActionStatus::closed, Date{2025, 1, 20});
  Timeline t = compute_timeline(f.p);
  Diagnostics diags;
  ActionRegister reg = compute_actions(f.p, t, diags);
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].message ==
        "action 'panel-20250120-002-1' is closed on 19 January 2025, before it was raised (20 January 2025)");
  CHECK(reg.find("panel-20250120-002-1")->updates.empty());
  CHECK(reg.find("panel-20250120-002-2")->updates.size() == 1);
}

TEST_CASE("an update recorded by another body's meeting is an error") {
  Fixture f;
  Fixture::minute(f.meeting({2025, 1, 20}), "performance", {"Do it"});
  Fixture::update(f.meeting({2025, 3, 10}, "zzz-other"), "panel-20250120-002-1", "Elsewhere");
  Timeline t = compute_timeline(f.p);
  Diagnostics diags;
  ActionRegister reg = compute_actions(f.p, t, diags);
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].message ==
        "action 'panel-20250120-002-1' was raised by another body ('panel'), not by 'zzz-other'");
  CHECK(reg.find("panel-20250120-002-1")->updates.empty());
}

TEST_CASE("minutes leaving an agenda entry out are a warning naming it and its minute") {
  Fixture f;
  Meeting& m = f.meeting({2025, 1, 20});
  Fixture::minute(m, "apologies", {});
  Fixture::minute(m, "estates", {});
  Timeline t = compute_timeline(f.p);
  Diagnostics diags;
  check_minutes_cover_agenda(f.p, t, diags);
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.warning_count() == 1);
  CHECK(diags.all()[0].message.find("(minute 002)") != std::string::npos);
  CHECK(diags.all()[0].hint == "add '- item: performance' under 'minutes:', saying what the meeting did with it");
}
