#pragma once
// What crosses meetings, computed in one pass over each body's meetings in
// date order: the previous and next meeting, the number every agenda entry
// is printed with, and the minute number it will carry under the body's
// 'minute_numbering' rule. Per-meeting compute reads it; nothing recounts.
#include <string>
#include <vector>

#include "model/site.h"

namespace panelpack {

// One entry of a meeting's agenda, in printed order: the body's opening
// standing items, the Part 1 items, the closing standing items, the Part 2
// items.
struct AgendaSlot {
  enum class Source { opening, item, closing } source = Source::item;
  size_t index = 0;    // into Body::opening_items, Meeting::items or Body::closing_items
  int number = 0;      // printed item number, from 1
  std::string minute;  // its minute number: "001" per meeting, or "42" running through the year
  std::string id;      // the item's id, or the standing item's preset
  std::string title;   // as written (a standing item's may hold {fields}); exempt for a Part 2 item
  int part = 1;
};

struct MeetingTimeline {
  const Meeting* previous = nullptr;  // same body, latest earlier date in the site
  const Meeting* next = nullptr;      // same body, earliest later date in the site
  std::vector<AgendaSlot> slots;
  bool minutes_confirmed = false;     // its minutes give 'confirmed', or the next meeting minuted their approval
  const AgendaSlot* slot(const std::string& id) const;  // by entry id; nullptr if none
};

class Timeline {
 public:
  // `meeting` must be one of the project's meetings.
  const MeetingTimeline& of(const Meeting& meeting) const;

 private:
  friend Timeline compute_timeline(const Project& project);
  const Project* project_ = nullptr;
  std::vector<MeetingTimeline> meetings_;  // parallel to Project::meetings
};

Timeline compute_timeline(const Project& project);

// The year a running minute sequence belongs to: the year in which the
// sequence last restarted (on the first of `restart_month`) on or before `d`.
int numbering_year(const Date& d, int restart_month);

// A minute number as printed: zero-padded to `digits` per meeting ("007"),
// plain when running ("42").
std::string minute_number(const MinuteNumbering& rule, int n);

}  // namespace panelpack
