#include "redact/audience_view.h"

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

const MeetingView* AudienceView::meeting(const std::string& id) const {
  for (const auto& m : meetings_)
    if (m.info.id == id) return &m;
  return nullptr;
}

namespace {

EntryView standing_entry(const StandingItem& s, const AgendaSlot& slot) {
  EntryView e;
  e.id = s.preset;
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

}  // namespace

AudienceView redact(const Project& project, const Timeline& timeline, Audience audience) {
  AudienceView view(audience, project.site);
  view.meetings_.reserve(project.meetings.size());
  for (const Meeting& m : project.meetings) {
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
    view.meetings_.push_back(std::move(mv));
  }
  // Neighbours, now that the vector no longer moves.
  for (size_t i = 0; i < project.meetings.size(); ++i) {
    const MeetingTimeline& t = timeline.of(project.meetings[i]);
    if (t.previous) view.meetings_[i].previous = &view.meetings_[static_cast<size_t>(t.previous - project.meetings.data())];
    if (t.next) view.meetings_[i].next = &view.meetings_[static_cast<size_t>(t.next - project.meetings.data())];
  }
  return view;
}

}  // namespace panelpack
