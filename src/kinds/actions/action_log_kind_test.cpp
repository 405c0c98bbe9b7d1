#include "kinds/actions/action_log_kind.h"

#include <doctest/doctest.h>

using namespace panelpack;

namespace {
// A body with meetings on 1 March, 1 June and 1 September; two actions raised
// on 1 March, one closed on 1 June; one raised in private.
struct Fixture {
  Project project;
  Timeline timeline;
  ActionRegister actions;
  Fixture() {
    Body b;
    b.id = "panel";
    b.name = "Panel";
    project.site.bodies["panel"] = b;
    project.site.people["lead"] = {"lead", "Ms Lead", "", "", "", "", {}};
    for (int month : {3, 6, 9}) {
      Meeting m;
      m.id = "2025-0" + std::to_string(month) + "-01";
      m.body = "panel";
      m.date = {2025, month, 1};
      AgendaItem open, closed;
      open.id = "budget";
      open.title = "Budget";
      closed.id = "estates";
      closed.title = "Estates";
      closed.part = 2;
      closed.exempt.emplace();
      closed.exempt->paragraph = 3;
      closed.exempt->reason = "Why.";
      closed.exempt->public_title = "Estates matter";
      m.items = {open, closed};
      project.meetings.push_back(m);
    }
    Minutes mins;
    Minute budget;
    budget.item = "budget";
    for (const char* text : {"Report on reserves", "Report on capital"}) {
      Action a;
      a.text = text;
      a.lead.person = "lead";
      a.review = Date{2025, 5, 1};
      budget.actions.push_back(a);
    }
    Minute estates;
    estates.item = "estates";
    Action secret;
    secret.text = "SECRET-ACTION";
    secret.lead.person = "lead";
    estates.actions.push_back(secret);
    mins.minutes = {budget, estates};
    project.meetings[0].minutes = mins;
    ActionUpdate done;
    done.action = "panel-20250301-001-2";
    done.text = "Reported.";
    done.status = ActionStatus::closed;
    project.meetings[1].action_updates = {done};
    timeline = compute_timeline(project);
    Diagnostics diags;
    actions = compute_actions(project, timeline, diags);
    REQUIRE(diags.format() == "");
  }
  std::vector<std::string> refs(Audience audience, int month, std::optional<Date> since) {
    AudienceView view = redact(project, timeline, audience, &actions);
    std::vector<std::string> out;
    for (const ActionView* a : log_rows(view, "panel", {2025, month, 1}, since)) out.push_back(a->ref);
    return out;
  }
};
}  // namespace

TEST_CASE("a log shows actions raised before its meeting: open ones, and those closed since the last meeting") {
  Fixture f;
  // At the meeting that raised them: none yet.
  CHECK(f.refs(Audience::members, 3, std::nullopt).empty());
  // On 1 June: both (one closed at this very meeting), and the private one for members.
  CHECK(f.refs(Audience::members, 6, Date{2025, 3, 1}) ==
        std::vector<std::string>{"panel-20250301-001-1", "panel-20250301-001-2", "panel-20250301-002-1"});
  // On 1 September: the closed one is gone (closed before the previous meeting's date passed).
  CHECK(f.refs(Audience::members, 9, Date{2025, 6, 1}) ==
        std::vector<std::string>{"panel-20250301-001-1", "panel-20250301-002-1"});
}

TEST_CASE("the public log leaves out actions raised in private, and counts them") {
  Fixture f;
  CHECK(f.refs(Audience::public_, 6, Date{2025, 3, 1}) ==
        std::vector<std::string>{"panel-20250301-001-1", "panel-20250301-001-2"});
  AudienceView view = redact(f.project, f.timeline, Audience::public_, &f.actions);
  CHECK(view.withheld_actions("panel") == 1);
  for (const ActionView& a : view.actions()) CHECK(a.text.find("SECRET") == std::string::npos);
  const MeetingView& m = view.meetings()[0];
  REQUIRE(m.minutes);
  CHECK(m.minutes->withheld_actions == 1);
  CHECK(m.minutes->minutes[1].withheld);
  CHECK(m.minutes->minutes[1].actions.empty());
}

TEST_CASE("an action's state as at a date is its latest update recorded for a meeting on or before it") {
  Fixture f;
  AudienceView view = redact(f.project, f.timeline, Audience::members, &f.actions);
  const ActionView& a = view.actions()[1];
  CHECK(a.latest({2025, 5, 31}) == nullptr);
  REQUIRE(a.latest({2025, 6, 1}));
  CHECK(a.latest({2025, 6, 1})->status == ActionStatus::closed);
  CHECK(a.latest({2025, 6, 1})->closed == Date{2025, 6, 1});
}
