#pragma once
// The minutes of a meeting (minutes.yaml) and the updates to earlier actions
// recorded for it (actions.yaml), as validated. Minutes of Part 2 items hold
// exempt text: they live in Meeting, never in MeetingInfo, and reach papers
// only through the redaction point.
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/source_pos.h"

namespace panelpack {


// Someone at the meeting: a person id from the registry, with a role for
// this meeting only.
struct PersonAt {
  std::string person;
  std::string role;  // overrides the person's role when given
  SourcePos pos;
};

struct Substitute {
  std::string person;       // who attended
  std::string for_person;   // in place of
  SourcePos pos;
};

// Who is to carry an action out: a person from the registry, or a named team.
struct Lead {
  std::string person;  // person id, or
  std::string team;    // "Comms & Media team"
  SourcePos pos;
};

struct Action {
  std::string text;  // plain text
  Lead lead;
  bool report_back = false;
  std::optional<Date> review;
  SourcePos pos;
};

struct MinuteText {
  std::string source;  // Markdown
  SourcePos pos;
};

struct Minute {
  std::string item;  // the agenda entry's id (an item id, or a standing item's preset)
  SourcePos item_pos;
  MinuteText text;
  std::vector<MinuteText> resolved;  // one entry per resolution, in order
  std::vector<Action> actions;
  SourcePos pos;
};

struct Declaration {
  std::string person;
  std::string item;      // the agenda entry's id
  std::string interest;  // plain text
  SourcePos pos;
};

struct Minutes {
  std::string file;  // minutes.yaml as shown
  std::vector<PersonAt> present, also_present, in_attendance, apologies;
  std::vector<Substitute> substitutes;
  std::string minute_taker;  // person id
  std::vector<Declaration> declarations;
  std::vector<Minute> minutes;
  std::string concluded;            // "12:20"
  std::optional<Date> confirmed;    // confirmed at a meeting not in the site, or by other means
  SourcePos pos;
};

enum class ActionStatus { open, closed, superseded };
const char* status_name(ActionStatus s);  // "open", "closed", "superseded"

// An update to an earlier action, recorded for a later meeting.
struct ActionUpdate {
  std::string action;  // its reference, "pac-20241025-006-1"
  SourcePos action_pos;
  std::string text;
  ActionStatus status = ActionStatus::open;
  std::optional<Date> closed;  // when closed or superseded (default: the meeting's date)
  SourcePos closed_pos;        // of 'closed', when given
  SourcePos pos;
};

}  // namespace panelpack
