#pragma once
// Actions carry from meeting to meeting: each action raised in a minute gets
// a stable reference, and the updates recorded for later meetings
// (actions.yaml) are joined to it in date order. Also the checks that need
// the whole body's history: an update to an unknown action, recorded before
// the action was raised, or closing it before then.
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "timeline/timeline.h"

namespace panelpack {

struct ActionUpdateRecord {
  const Meeting* meeting = nullptr;  // recorded for
  const ActionUpdate* update = nullptr;
  Date closed;  // when closed or superseded: the date given, else the meeting's
};

struct ActionRecord {
  std::string ref;                  // "pac-20241025-006-1"
  const Meeting* meeting = nullptr;  // raised at
  const Minute* minute = nullptr;
  const Action* action = nullptr;
  std::string minute_number;        // "006"
  int part = 1;                     // the part of the minute's item (2: raised in private)
  std::vector<ActionUpdateRecord> updates;  // in date order

  // The latest update recorded for a meeting on or before `date`; nullptr if none.
  const ActionUpdateRecord* latest(const Date& date) const;
};

class ActionRegister {
 public:
  const std::vector<ActionRecord>& actions() const { return actions_; }  // by body, meeting date, minute, position
  const ActionRecord* find(const std::string& ref) const;

 private:
  friend ActionRegister compute_actions(const Project& project, const Timeline& timeline, Diagnostics& diags);
  std::vector<ActionRecord> actions_;
};

// "pac-20241025-006-1": body, meeting date, minute number, position in the
// minute. Editing another minute's text never changes it.
std::string action_reference(const std::string& body, const Date& meeting, const std::string& minute, int position);

ActionRegister compute_actions(const Project& project, const Timeline& timeline, Diagnostics& diags);

// Minutes that leave an agenda item out are a warning naming the item as
// printed.
void check_minutes_cover_agenda(const Project& project, const Timeline& timeline, Diagnostics& diags);

}  // namespace panelpack
