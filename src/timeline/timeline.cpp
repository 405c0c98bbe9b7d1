#include "timeline/timeline.h"

#include <cassert>

namespace panelpack {

const MeetingTimeline& Timeline::of(const Meeting& meeting) const {
  const size_t i = static_cast<size_t>(&meeting - project_->meetings.data());
  assert(i < meetings_.size());
  return meetings_[i];
}

const AgendaSlot* MeetingTimeline::slot(const std::string& id) const {
  for (const auto& s : slots)
    if (s.id == id) return &s;
  return nullptr;
}

int numbering_year(const Date& d, int restart_month) { return d.month >= restart_month ? d.year : d.year - 1; }

std::string minute_number(const MinuteNumbering& rule, int n) {
  std::string s = std::to_string(n);
  if (rule.style == MinuteNumbering::Style::per_meeting && static_cast<int>(s.size()) < rule.digits)
    s.insert(0, static_cast<size_t>(rule.digits) - s.size(), '0');
  return s;
}

namespace {

std::vector<AgendaSlot> slots_of(const Meeting& meeting, const Body* body) {
  std::vector<AgendaSlot> slots;
  const std::vector<std::string> standing = body ? standing_ids(*body) : std::vector<std::string>{};
  auto add = [&](AgendaSlot::Source source, size_t index) {
    AgendaSlot s;
    s.source = source;
    s.index = index;
    s.number = static_cast<int>(slots.size()) + 1;
    if (source == AgendaSlot::Source::item) {
      s.id = meeting.items[index].id;
      s.title = meeting.items[index].title;
      s.part = meeting.items[index].part;
    } else {
      const bool opening = source == AgendaSlot::Source::opening;
      const StandingItem& st = (opening ? body->opening_items : body->closing_items)[index];
      s.id = standing[opening ? index : body->opening_items.size() + index];
      s.title = st.title;
    }
    slots.push_back(s);
  };
  if (body)
    for (size_t i = 0; i < body->opening_items.size(); ++i) add(AgendaSlot::Source::opening, i);
  for (size_t i = 0; i < meeting.items.size(); ++i)
    if (meeting.items[i].part != 2) add(AgendaSlot::Source::item, i);
  if (body)
    for (size_t i = 0; i < body->closing_items.size(); ++i) add(AgendaSlot::Source::closing, i);
  for (size_t i = 0; i < meeting.items.size(); ++i)
    if (meeting.items[i].part == 2) add(AgendaSlot::Source::item, i);
  return slots;
}

}  // namespace

Timeline compute_timeline(const Project& project) {
  Timeline t;
  t.project_ = &project;
  t.meetings_.resize(project.meetings.size());
  // Project::meetings is sorted by body, then date: each body is one run.
  const Meeting* earlier = nullptr;
  int running = 0, running_year = 0;
  for (size_t i = 0; i < project.meetings.size(); ++i) {
    const Meeting& m = project.meetings[i];
    auto body_it = project.site.bodies.find(m.body);
    const Body* body = body_it == project.site.bodies.end() ? nullptr : &body_it->second;
    MeetingTimeline& mt = t.meetings_[i];
    if (earlier && earlier->body != m.body) earlier = nullptr;
    mt.previous = earlier;
    if (earlier) t.meetings_[i - 1].next = &m;
    mt.slots = slots_of(m, body);
    const MinuteNumbering rule = body ? body->numbering : MinuteNumbering{};
    if (rule.style == MinuteNumbering::Style::running) {
      const int year = numbering_year(m.date, rule.restart_month);
      if (!earlier || year != running_year) running = 0;
      if (m.first_minute) running = *m.first_minute - 1;  // the year's earlier meetings are not in the site
      running_year = year;
      for (auto& s : mt.slots) s.minute = minute_number(rule, ++running);
    } else {
      int n = 0;
      for (auto& s : mt.slots) s.minute = minute_number(rule, ++n);
    }
    earlier = &m;
  }
  // Minutes are confirmed by the next meeting's minute on its previous-minutes item.
  for (size_t i = 0; i < project.meetings.size(); ++i) {
    const Meeting& m = project.meetings[i];
    const Meeting* next = t.meetings_[i].next;
    bool confirmed = m.minutes && m.minutes->confirmed;
    if (m.minutes && next && next->minutes)
      for (const Minute& minute : next->minutes->minutes) confirmed = confirmed || minute.item == "previous-minutes";
    t.meetings_[i].minutes_confirmed = confirmed;
  }
  return t;
}

}  // namespace panelpack
