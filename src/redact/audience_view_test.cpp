#include "redact/audience_view.h"

#include <doctest/doctest.h>

#include <type_traits>

using namespace panelpack;

// Only redact() makes a view: there is no other way to hand a kind content.
static_assert(!std::is_default_constructible_v<AudienceView>);
static_assert(!std::is_constructible_v<AudienceView, Audience, const Site&>);
static_assert(!std::is_copy_constructible_v<AudienceView>);

namespace {
Project project() {
  Project p;
  p.site.people["chair"] = {"chair", "Mr David Allen", "Commissioner", "", "", "", {}};
  p.site.people["secret-person"] = {"secret-person", "SECRET-NAME", "SECRET-ROLE", "", "", "", {}};
  Body b;
  b.id = "pac";
  p.site.bodies["pac"] = b;
  Meeting m;
  m.id = "2025-01-20";
  m.body = "pac";
  m.date = {2025, 1, 20};
  AgendaItem open;
  open.id = "performance";
  open.title = "Performance";
  open.description.source = "To receive an update.";
  AgendaItem exempt;
  exempt.id = "secret-id";
  exempt.title = "SECRET-TITLE";
  exempt.part = 2;
  exempt.description.source = "SECRET-DESCRIPTION";
  exempt.report_by = {"secret-person"};
  exempt.exempt.emplace();
  exempt.exempt->paragraph = 3;
  exempt.exempt->reason = "SECRET-REASON";
  exempt.exempt->public_title = "Estates matter";
  m.items = {open, exempt};
  p.meetings = {m};
  return p;
}

// What a new kind could print: every field of every entry it is handed.
std::string everything_a_kind_sees(const AudienceView& view) {
  std::string all;
  for (const MeetingView& m : view.meetings())
    for (const EntryView& e : m.entries) {
      all += e.id + "|" + e.title + "|" + e.description.source + "|" + e.exempt_reason + "|" + e.minute + "|";
      for (const auto& id : e.report_by) all += id + "|";
    }
  return all;
}
}  // namespace

TEST_CASE("the public view holds nothing of a Part 2 item but its number, public title and paragraph") {
  Project p = project();
  Timeline t = compute_timeline(p);
  AudienceView pub = redact(p, t, Audience::public_);
  const std::string seen = everything_a_kind_sees(pub);
  for (const char* secret : {"SECRET-TITLE", "SECRET-DESCRIPTION", "SECRET-REASON", "secret-person", "secret-id"})
    CHECK_MESSAGE(seen.find(secret) == std::string::npos, secret);
  const MeetingView& m = pub.meetings().at(0);
  REQUIRE(m.entries.size() == 2);
  CHECK(m.entries[1].withheld);
  CHECK(m.entries[1].title == "Estates matter");
  CHECK(m.entries[1].paragraph == 3);
  CHECK(m.entries[1].number == 2);
  CHECK(m.entries[1].id == "withheld-2");
  CHECK(m.entry("secret-id") == nullptr);
  CHECK(m.withholds("secret-id"));
  CHECK_FALSE(m.withholds("performance"));
}

TEST_CASE("the members' view holds Part 2 items in full") {
  Project p = project();
  Timeline t = compute_timeline(p);
  AudienceView members = redact(p, t, Audience::members);
  const std::string seen = everything_a_kind_sees(members);
  for (const char* secret : {"SECRET-TITLE", "SECRET-DESCRIPTION", "SECRET-REASON", "secret-person", "secret-id"})
    CHECK_MESSAGE(seen.find(secret) != std::string::npos, secret);
  const EntryView* e = members.meetings().at(0).entry("secret-id");
  REQUIRE(e);
  CHECK_FALSE(e->withheld);
}

TEST_CASE("a meeting not yet to be published is not in the public view, whose neighbours step over it") {
  Project p = project();
  Meeting unready = p.meetings[0];
  unready.id = "2025-02-17";
  unready.date = {2025, 2, 17};
  unready.publish = false;
  unready.items[0].title = "UNREADY-TITLE";
  Meeting later = p.meetings[0];
  later.id = "2025-03-10";
  later.date = {2025, 3, 10};
  p.meetings = {p.meetings[0], unready, later};
  Timeline t = compute_timeline(p);
  AudienceView pub = redact(p, t, Audience::public_);
  REQUIRE(pub.meetings().size() == 2);
  CHECK(pub.meeting("2025-02-17") == nullptr);
  CHECK(pub.meetings()[0].next == &pub.meetings()[1]);
  CHECK(pub.meetings()[1].previous == &pub.meetings()[0]);
  CHECK(everything_a_kind_sees(pub).find("UNREADY-TITLE") == std::string::npos);
  AudienceView members = redact(p, t, Audience::members);
  REQUIRE(members.meetings().size() == 3);
  CHECK(members.meetings()[0].next == members.meeting("2025-02-17"));
  CHECK(members.meetings()[2].previous == members.meeting("2025-02-17"));
}
