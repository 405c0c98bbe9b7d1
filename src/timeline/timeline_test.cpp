#include "timeline/timeline.h"

#include <doctest/doctest.h>

using namespace panelpack;

namespace {
Project project(MinuteNumbering rule, std::vector<Date> dates) {
  Project p;
  Body b;
  b.id = "panel";
  b.numbering = rule;
  b.opening_items = {{"apologies", "Apologies", "", {}}};
  b.closing_items = {{"next-meeting", "Date of next meeting", "", {}}};
  p.site.bodies["panel"] = b;
  for (const Date& d : dates) {
    Meeting m;
    m.body = "panel";
    m.date = d;
    AgendaItem open, exempt;
    open.title = "Performance";
    exempt.title = "Estates";
    exempt.part = 2;
    m.items = {exempt, open};  // written Part 2 first: still numbered after the closing items
    p.meetings.push_back(m);
  }
  return p;
}

std::vector<std::string> minutes(const Timeline& t, const Meeting& m) {
  std::vector<std::string> out;
  for (const auto& s : t.of(m).slots) out.push_back(s.minute);
  return out;
}
}  // namespace

TEST_CASE("agenda slots are numbered: opening items, Part 1, closing items, Part 2") {
  Project p = project({}, {{2025, 1, 20}});
  Timeline t = compute_timeline(p);
  const auto& slots = t.of(p.meetings[0]).slots;
  REQUIRE(slots.size() == 4);
  CHECK(slots[0].source == AgendaSlot::Source::opening);
  CHECK((slots[1].source == AgendaSlot::Source::item && slots[1].index == 1));  // Performance
  CHECK(slots[2].source == AgendaSlot::Source::closing);
  CHECK((slots[3].source == AgendaSlot::Source::item && slots[3].index == 0));  // Estates
  for (int i = 0; i < 4; ++i) CHECK(slots[i].number == i + 1);
}

TEST_CASE("per-meeting minute numbers start afresh, zero-padded") {
  Project p = project({}, {{2024, 10, 25}, {2025, 1, 20}});
  Timeline t = compute_timeline(p);
  CHECK(minutes(t, p.meetings[0]) == std::vector<std::string>{"001", "002", "003", "004"});
  CHECK(minutes(t, p.meetings[1]) == std::vector<std::string>{"001", "002", "003", "004"});
  CHECK(t.of(p.meetings[0]).previous == nullptr);
  CHECK(t.of(p.meetings[0]).next == &p.meetings[1]);
  CHECK(t.of(p.meetings[1]).previous == &p.meetings[0]);
  CHECK(t.of(p.meetings[1]).next == nullptr);
}

TEST_CASE("running minute numbers go on through the year and restart in the restart month") {
  MinuteNumbering running;
  running.style = MinuteNumbering::Style::running;
  running.restart_month = 5;
  // 30 April is the last meeting of its year; 1 May is the first of the next.
  Project p = project(running, {{2020, 2, 5}, {2020, 4, 30}, {2020, 5, 1}, {2020, 6, 10}});
  Timeline t = compute_timeline(p);
  CHECK(minutes(t, p.meetings[0]) == std::vector<std::string>{"1", "2", "3", "4"});
  CHECK(minutes(t, p.meetings[1]) == std::vector<std::string>{"5", "6", "7", "8"});
  CHECK(minutes(t, p.meetings[2]) == std::vector<std::string>{"1", "2", "3", "4"});
  CHECK(minutes(t, p.meetings[3]) == std::vector<std::string>{"5", "6", "7", "8"});
}

TEST_CASE("the numbering year turns on the first of the restart month") {
  CHECK(numbering_year({2020, 4, 30}, 5) == 2019);
  CHECK(numbering_year({2020, 5, 1}, 5) == 2020);
  CHECK(numbering_year({2021, 1, 1}, 1) == 2021);
  CHECK(numbering_year({2020, 12, 31}, 1) == 2020);
}

TEST_CASE("meetings of different bodies are not neighbours") {
  Project p = project({}, {{2025, 1, 20}});
  Body other = p.site.bodies["panel"];
  other.id = "pac";
  p.site.bodies["pac"] = other;
  Meeting m = p.meetings[0];
  m.body = "pac";
  m.date = {2025, 2, 1};
  p.meetings.insert(p.meetings.begin(), m);  // sorted by body: "pac" before "panel"
  Timeline t = compute_timeline(p);
  CHECK(t.of(p.meetings[0]).next == nullptr);
  CHECK(t.of(p.meetings[1]).previous == nullptr);
}
