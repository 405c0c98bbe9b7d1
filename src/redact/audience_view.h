#pragma once
// The one redaction point. `redact` turns the whole project into the view
// that one audience may see, and every document kind computes only from an
// AudienceView: in the public view a Part 2 item is its number, a neutral
// title and its Schedule 12A paragraph, and nothing else of it exists. Only
// `redact` can make an AudienceView, so no kind, present or future, can be
// handed exempt text for the public tree.
#include <optional>
#include <unordered_map>
#include <string>
#include <vector>

#include "model/site.h"
#include "redact/audience.h"
#include "timeline/action_register.h"
#include "timeline/timeline.h"

namespace panelpack {

class AudienceView;
struct EntryView;
AudienceView redact(const Project& project, const Timeline& timeline, Audience audience,
                    const ActionRegister* actions);

// One entry of a meeting's agenda as the audience may see it, in printed order.
struct EntryView {
  std::string id;       // the item's id; a withheld item's is "withheld-<number>"
  int number = 0;       // printed item number
  std::string minute;   // its minute number under the body's rule
  bool standing = false;
  std::string preset;   // standing items: the preset ("apologies" …)
  std::string title;    // a withheld item's is its public title
  Markdown description;  // standing items: the wording with {fields}; empty when withheld
  std::vector<std::string> report_by;  // person ids; empty when withheld
  int part = 1;
  int paragraph = 0;           // Part 2: the Schedule 12A paragraph
  std::string exempt_reason;   // Part 2, members only: the public-interest reason
  bool withheld = false;       // public view of a Part 2 item
  ItemStatus status = ItemStatus::ready;  // not exempt: shown in every view
  SourcePos status_pos;
  SourcePos pos;
};

// One minute as the audience may see it. The minute of a withheld item is
// its number and the item's public entry; nothing of its text.
struct MinuteView {
  std::string item;    // the agenda entry's id (EntryView::id)
  std::string number;  // its minute number
  bool withheld = false;
  MinuteText text;
  std::vector<MinuteText> resolved;
  std::vector<std::string> actions;  // references of the actions raised in it
  SourcePos pos;
};

struct MinutesView {
  std::string file;
  std::vector<PersonAt> present, also_present, in_attendance, apologies;
  std::vector<Substitute> substitutes;
  std::string minute_taker;
  std::vector<Declaration> declarations;  // those on items the audience sees
  std::vector<MinuteView> minutes;        // in agenda order
  std::string concluded;
  bool confirmed = false;
  int withheld_actions = 0;  // actions raised in minutes this view withholds
  SourcePos pos;
};

// An action as the audience may see it (the public view has none raised in
// a withheld minute).
struct ActionView {
  std::string ref, body, meeting;  // meeting: the id of the meeting that raised it
  Date raised;
  std::string minute_number, item;  // item: the agenda entry's id
  std::string text;
  Lead lead;
  bool report_back = false;
  std::optional<Date> review;
  struct Update {
    Date meeting;  // the meeting it was recorded for
    std::string text;
    ActionStatus status = ActionStatus::open;
    Date closed;
  };
  std::vector<Update> updates;  // in date order
  const Update* latest(const Date& date) const;  // recorded for a meeting on or before `date`
};

struct MeetingView {
  MeetingInfo info;  // nothing in it is exempt
  std::vector<EntryView> entries;
  std::optional<MinutesView> minutes;
  // The committee reports of the items this view sees: a report of a
  // withheld (Part 2) item is not here at all, tables and appendices included.
  std::vector<Report> reports;
  const MeetingView* previous = nullptr;  // same body, in this view
  const MeetingView* next = nullptr;
  const EntryView* entry(const std::string& id) const;  // by item id; nullptr if none or withheld
  // Is `id` the id of an item this view withholds? A paper naming it belongs
  // to an exempt item and is not made for this audience. (The ids are kept
  // out of the entries; only this question can be asked of them.)
  bool withholds(const std::string& id) const;

 private:
  friend AudienceView redact(const Project& project, const Timeline& timeline, Audience audience,
                             const ActionRegister* actions);
  std::vector<std::string> withheld_ids_;
};

class AudienceView {
 public:
  AudienceView(AudienceView&&) = default;
  AudienceView(const AudienceView&) = delete;
  AudienceView& operator=(const AudienceView&) = delete;

  Audience audience() const { return audience_; }
  const Site& site() const { return *site_; }
  const std::vector<MeetingView>& meetings() const { return meetings_; }  // by body, then date
  const MeetingView* meeting(const std::string& id) const;
  const std::vector<ActionView>& actions() const { return actions_; }  // by body, date raised, minute, position
  // The actions this view leaves out (raised in private), each only its
  // body, date raised and the dates and statuses of its updates: enough to
  // count them where a log would show them, nothing to print.
  const std::vector<ActionView>& withheld_actions() const { return withheld_; }
  int withheld_actions(const std::string& body) const;  // how many of the body's
  // The inspection responses this audience may see: the public view has none
  // marked 'public: false'.
  const std::vector<Inspection>& inspections() const { return inspections_; }

 private:
  AudienceView(Audience audience, const Site& site) : audience_(audience), site_(&site) {}
  friend AudienceView redact(const Project& project, const Timeline& timeline, Audience audience,
                             const ActionRegister* actions);

  Audience audience_;
  const Site* site_;  // the organisation, people and bodies: nothing exempt
  std::vector<MeetingView> meetings_;
  std::unordered_map<std::string, size_t> meeting_index_;  // id -> place in meetings_
  std::vector<ActionView> actions_;
  std::vector<ActionView> withheld_;
  std::vector<Inspection> inspections_;
};

// The view of `project` (and of its actions, when given) that `audience` may see.
AudienceView redact(const Project& project, const Timeline& timeline, Audience audience,
                    const ActionRegister* actions = nullptr);

}  // namespace panelpack
