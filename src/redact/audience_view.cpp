#include "redact/audience_view.h"

#include <cstdint>

namespace panelpack {

const EntryView* MeetingView::entry(const std::string& id) const {
  for (const auto& e : entries)
    if (!e.withheld && e.id == id) return &e;  // a withheld item is not anyone's paper here
  return nullptr;
}

bool MeetingView::withholds(const std::string& id) const {
  for (const auto& w : withheld_ids_)
    if (w == id) return true;
  return false;
}

const ActionView::Update* ActionView::latest(const Date& date) const {
  const Update* found = nullptr;
  for (const auto& u : updates)
    if (!(date < u.meeting)) found = &u;
  return found;
}

int AudienceView::withheld_actions(const std::string& body) const {
  int n = 0;
  for (const auto& a : withheld_) n += a.body == body;
  return n;
}

const MeetingView* AudienceView::meeting(const std::string& id) const {
  auto it = meeting_index_.find(id);
  return it == meeting_index_.end() ? nullptr : &meetings_[it->second];
}

namespace {

EntryView standing_entry(const StandingItem& s, const AgendaSlot& slot) {
  EntryView e;
  e.id = slot.id;
  e.number = slot.number;
  e.minute = slot.minute;
  e.standing = true;
  e.preset = s.preset;
  e.title = s.title;
  e.description = {s.description, s.pos};
  e.pos = s.pos;
  return e;
}

EntryView item_entry(const AgendaItem& item, const AgendaSlot& slot, Audience audience) {
  EntryView e;
  e.number = slot.number;
  e.minute = slot.minute;
  e.part = item.part;
  e.paragraph = item.exempt ? item.exempt->paragraph : 0;
  e.status = item.status;
  e.status_pos = item.status_pos;
  e.pos = item.pos;
  if (item.part == 2 && audience == Audience::public_) {
    // Nothing of the item but its number, a neutral title and the citation.
    e.id = "withheld-" + std::to_string(slot.number);
    e.title = item.exempt ? item.exempt->public_title : "Exempt item";
    e.withheld = true;
    return e;
  }
  e.id = item.id;
  e.title = item.title;
  e.description = item.description;
  e.report_by = item.report_by;
  if (item.exempt) e.exempt_reason = item.exempt->reason;
  return e;
}

// The minutes of `m` as the audience sees them: a minute of a withheld item
// keeps only its number (the item's public entry is in the agenda).
MinutesView minutes_view(const Meeting& m, const MeetingTimeline& t, const MeetingView& mv,
                         const ActionRegister* actions) {
  const Minutes& src = *m.minutes;
  MinutesView v;
  v.file = src.file;
  v.pos = src.pos;
  v.present = src.present;
  v.also_present = src.also_present;
  v.in_attendance = src.in_attendance;
  v.apologies = src.apologies;
  v.substitutes = src.substitutes;
  v.minute_taker = src.minute_taker;
  v.concluded = src.concluded;
  v.confirmed = t.minutes_confirmed;
  for (const Declaration& d : src.declarations)
    if (!mv.withholds(d.item)) v.declarations.push_back(d);
  for (const AgendaSlot& slot : t.slots) {
    const Minute* minute = nullptr;
    for (const Minute& x : src.minutes)
      if (x.item == slot.id) minute = &x;
    if (!minute) continue;
    MinuteView mv_minute;
    mv_minute.number = slot.minute;
    mv_minute.pos = minute->pos;
    const EntryView& entry = mv.entries[static_cast<size_t>(slot.number - 1)];
    mv_minute.item = entry.id;
    if (entry.withheld) {
      mv_minute.withheld = true;
      v.withheld_actions += static_cast<int>(minute->actions.size());
    } else {
      mv_minute.text = minute->text;
      mv_minute.resolved = minute->resolved;
      if (actions)
        for (const ActionRecord& a : actions->actions())
          if (a.minute == minute) mv_minute.actions.push_back(a.ref);
    }
    v.minutes.push_back(std::move(mv_minute));
  }
  return v;
}

// Whether `audience` sees meeting `m`: the public does not see one not yet
// to be published ('publish: false').
bool shown_to(Audience audience, const Meeting& m) { return m.publish || audience != Audience::public_; }

// The action as `audience` sees it: without updates recorded at a meeting it does not see.
ActionView action_view(const ActionRecord& a, Audience audience) {
  auto shown = [audience](const Meeting& m) { return shown_to(audience, m); };
  ActionView v;
  v.ref = a.ref;
  v.body = a.meeting->body;
  v.meeting = a.meeting->id;
  v.raised = a.meeting->date;
  v.minute_number = a.minute_number;
  v.item = a.minute->item;
  v.text = a.action->text;
  v.lead = a.action->lead;
  v.report_back = a.action->report_back;
  v.review = a.action->review;
  for (const auto& u : a.updates)
    if (shown(*u.meeting)) v.updates.push_back({u.meeting->date, u.update->text, u.update->status, u.closed});
  return v;
}

}  // namespace

AudienceView redact(const Project& project, const Timeline& timeline, Audience audience,
                    const ActionRegister* actions) {
  AudienceView view(audience, project.site);
  view.meetings_.reserve(project.meetings.size());
  // A meeting not yet to be published ('publish: false') is not in the public view at all.
  auto shown = [audience](const Meeting& m) { return shown_to(audience, m); };
  std::vector<size_t> place(project.meetings.size(), SIZE_MAX);  // project index -> view index
  for (const Meeting& m : project.meetings) {
    if (!shown(m)) continue;
    place[static_cast<size_t>(&m - project.meetings.data())] = view.meetings_.size();
    MeetingView mv;
    mv.info = m;  // the MeetingInfo part only: the items are not copied
    auto body_it = project.site.bodies.find(m.body);
    const Body* body = body_it == project.site.bodies.end() ? nullptr : &body_it->second;
    for (const AgendaSlot& slot : timeline.of(m).slots) {
      switch (slot.source) {
        case AgendaSlot::Source::opening: mv.entries.push_back(standing_entry(body->opening_items[slot.index], slot)); break;
        case AgendaSlot::Source::closing: mv.entries.push_back(standing_entry(body->closing_items[slot.index], slot)); break;
        case AgendaSlot::Source::item:
          mv.entries.push_back(item_entry(m.items[slot.index], slot, audience));
          if (mv.entries.back().withheld) mv.withheld_ids_.push_back(m.items[slot.index].id);
          break;
      }
    }
    for (const Report& r : m.reports)
      if (!mv.withholds(r.item)) mv.reports.push_back(r);
    view.meeting_index_.emplace(mv.info.id, view.meetings_.size());
    view.meetings_.push_back(std::move(mv));
  }
  // Neighbours, now that the vector no longer moves: the nearest meetings of
  // the body that the view holds (an unpublished one is stepped over).
  auto in_view = [&](const Meeting* m, auto step) -> MeetingView* {
    for (; m; m = step(timeline.of(*m)))
      if (size_t at = place[static_cast<size_t>(m - project.meetings.data())]; at != SIZE_MAX) return &view.meetings_[at];
    return nullptr;
  };
  for (size_t i = 0; i < project.meetings.size(); ++i) {
    if (place[i] == SIZE_MAX) continue;
    MeetingView& mv = view.meetings_[place[i]];
    const MeetingTimeline& t = timeline.of(project.meetings[i]);
    mv.previous = in_view(t.previous, [](const MeetingTimeline& x) { return x.previous; });
    mv.next = in_view(t.next, [](const MeetingTimeline& x) { return x.next; });
    if (project.meetings[i].minutes) mv.minutes = minutes_view(project.meetings[i], t, mv, actions);
  }
  // An inspection kept from the public reaches the members' view only.
  for (const Inspection& in : project.inspections)
    if (in.is_public || audience != Audience::public_) view.inspections_.push_back(in);
  if (actions)
    for (const ActionRecord& a : actions->actions()) {
      if (!shown(*a.meeting)) continue;  // raised at a meeting the view does not hold
      // An action raised in private is left out of the public view, only counted.
      if (a.part == 2 && audience == Audience::public_) {
        ActionView stub;
        stub.body = a.meeting->body;
        stub.raised = a.meeting->date;
        for (const auto& u : a.updates)
          if (shown(*u.meeting)) stub.updates.push_back({u.meeting->date, "", u.update->status, u.closed});
        view.withheld_.push_back(std::move(stub));
      } else {
        view.actions_.push_back(action_view(a, audience));
      }
    }
  return view;
}

}  // namespace panelpack
