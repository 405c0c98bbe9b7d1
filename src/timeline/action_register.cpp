#include "timeline/action_register.h"

#include <algorithm>
#include <cstdio>

#include "core/suggest.h"

namespace panelpack {

std::string action_reference(const std::string& body, const Date& meeting, const std::string& minute, int position) {
  char date[16];
  std::snprintf(date, sizeof date, "%04d%02d%02d", meeting.year, meeting.month, meeting.day);
  return body + "-" + date + "-" + minute + "-" + std::to_string(position);
}

const ActionUpdateRecord* ActionRecord::latest(const Date& date) const {
  const ActionUpdateRecord* found = nullptr;
  for (const auto& u : updates)
    if (!(date < u.meeting->date)) found = &u;
  return found;
}

const ActionRecord* ActionRegister::find(const std::string& ref) const {
  for (const auto& a : actions_)
    if (a.ref == ref) return &a;
  return nullptr;
}

ActionRegister compute_actions(const Project& project, const Timeline& timeline, Diagnostics& diags) {
  ActionRegister reg;
  for (const Meeting& m : project.meetings) {
    if (!m.minutes) continue;
    const MeetingTimeline& t = timeline.of(m);
    for (const Minute& minute : m.minutes->minutes) {
      const AgendaSlot* slot = t.slot(minute.item);
      if (!slot) continue;  // an unknown item, reported when the minutes were read
      for (size_t i = 0; i < minute.actions.size(); ++i) {
        ActionRecord r;
        r.ref = action_reference(m.body, m.date, slot->minute, static_cast<int>(i) + 1);
        r.meeting = &m;
        r.minute = &minute;
        r.action = &minute.actions[i];
        r.minute_number = slot->minute;
        r.part = slot->part;
        reg.actions_.push_back(std::move(r));
      }
    }
  }
  std::vector<std::string> refs;
  for (const auto& a : reg.actions_) refs.push_back(a.ref);
  for (const Meeting& m : project.meetings)
    for (const ActionUpdate& u : m.action_updates) {
      auto it = std::find_if(reg.actions_.begin(), reg.actions_.end(),
                             [&](const ActionRecord& a) { return a.ref == u.action; });
      if (it == reg.actions_.end()) {
        const std::string hint = suggestion_or(u.action, refs,
                                               "give the reference of an action raised at an earlier meeting, as "
                                               "its action log prints it (body-yyyymmdd-minute-n, e.g. "
                                               "pac-20241025-006-1)");
        diags.error(u.action_pos, "unknown action '" + u.action + "'", hint);
        continue;
      }
      if (it->meeting->body != m.body) {
        diags.error(u.action_pos, "action '" + u.action + "' was raised by another body ('" + it->meeting->body +
                                      "'), not by '" + m.body + "'",
                    "record the update in the folder of a meeting of '" + it->meeting->body + "'");
        continue;
      }
      if (!(it->meeting->date < m.date)) {
        diags.error(u.action_pos,
                    "the update to action '" + u.action + "' is recorded for " +
                        (it->meeting == &m ? "the meeting that raised it (" + m.date.day_month_year() + ")"
                                           : "the meeting of " + m.date.day_month_year() +
                                                 ", before the meeting that raised it (" +
                                                 it->meeting->date.day_month_year() + ")"),
                    "record updates in actions.yaml of a later meeting's folder");
        continue;
      }
      ActionUpdateRecord rec{&m, &u, u.closed.value_or(m.date)};
      if (u.status != ActionStatus::open && rec.closed < it->meeting->date) {
        diags.error(u.closed_pos.known() ? u.closed_pos : u.pos,
                    "action '" + u.action + "' is closed on " + rec.closed.day_month_year() +
                               ", before it was raised (" + it->meeting->date.day_month_year() + ")",
                    "check the date given as 'closed'");
        continue;
      }
      it->updates.push_back(rec);
    }
  for (auto& a : reg.actions_)
    std::stable_sort(a.updates.begin(), a.updates.end(), [](const ActionUpdateRecord& x, const ActionUpdateRecord& y) {
      return x.meeting->date < y.meeting->date;
    });
  return reg;
}

void check_minutes_cover_agenda(const Project& project, const Timeline& timeline, Diagnostics& diags) {
  for (const Meeting& m : project.meetings) {
    if (!m.minutes) continue;
    for (const AgendaSlot& s : timeline.of(m).slots) {
      bool covered = false;
      for (const Minute& minute : m.minutes->minutes) covered = covered || minute.item == s.id;
      if (!covered)
        diags.warning(m.minutes->pos, "the minutes have no minute for " + item_name(s.number, s.title) + " (minute " +
                                          s.minute + ")",
                      "add '- item: " + s.id + "' under 'minutes:', saying what the meeting did with it");
    }
  }
}

}  // namespace panelpack
