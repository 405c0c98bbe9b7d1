#pragma once
// Everything an agenda shows, computed for one meeting and one audience:
// numbered items (standing items from the body's preset around the meeting's
// own), display dates and times, people with their roles, deadlines.
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "redact/audience_view.h"

namespace panelpack {

struct AgendaEntry {
  std::string id;  // the item's id (EntryView::id)
  int number = 0;
  std::string title;
  std::string description;  // Markdown
  SourcePos description_pos;
  std::vector<std::string> report_by;  // display names
  bool standing = false;
  // Part 2 only:
  int paragraph = 0;                    // Schedule 12A paragraph
  std::string exempt_reason;            // members' build only
  bool withheld = false;                // public build: only number, neutral title, citation
  SourcePos pos;                        // the item (or standing item) in content, for messages
  std::string link_href, link_text;     // a paper elsewhere in the site: the previous meeting's minutes
  std::string pages;                    // in a pack: "Pages 3 - 8" for the item's papers, else empty
  std::string pages_href;               // in a pack: the link from `pages` to the item's first page
  ItemStatus status = ItemStatus::ready;
  SourcePos status_pos;
  std::vector<Markdown> recommendations;  // from the item's committee reports, printed under it
  std::vector<Markdown> late_recommendations;  // from its reports marked late: the supplementary agenda's
};

// One person on the agenda's front sheet, as it is printed (`text`):
// "Role – Name (Chair)" in the roles style, "Name (Chairman)" for a member
// in the names style, "Name, Role, Organisation" for anyone else in it.
struct PersonLine {
  std::string role;  // the role for this meeting, else the person's, with the organisation where given
  std::string name;
  std::string note;  // "Chairman", "Vice-Chairman", "Co-opted member", "Independent member", or ""
  std::string text;
  bool chair = false;   // the body's chair
  bool chairs = false;  // the chair or vice-chair of the membership: the names style prints them first, apart
};

struct Agenda {
  const MeetingView* meeting = nullptr;
  const Body* body = nullptr;
  const Organisation* organisation = nullptr;  // letterhead
  Audience audience = Audience::public_;
  std::string title;     // the body's formal title
  std::string date;      // Monday 20 January 2025
  std::string time;      // 10:00 or 2.00 pm
  std::string issued;    // 14 January 2025, or empty
  std::string enquiries_name, enquiries_phone, enquiries_email;
  std::string signed_name, signed_role;
  std::vector<PersonLine> attendees;  // given for the meeting, else the membership
  bool membership = false;            // true when `attendees` is the body's membership
  MembershipStyle style = MembershipStyle::roles;  // the body's
  std::vector<PersonLine> in_attendance;  // besides the membership (or the attendees)
  std::vector<AgendaEntry> part1, part2;
  // The supplementary agenda: only the late items, under their own numbers,
  // without the purpose, notice and membership of the agenda it adds to.
  bool supplementary = false;
  std::string publish_by;             // latest date of issue under the body's rule
  std::string question_deadline;
};

// Fills in the agenda; a missing previous meeting and late publication are
// reported (error and warning respectively).
Agenda compute_agenda(const AudienceView& view, const MeetingView& meeting, Diagnostics& diags);

// "10:00" -> "10:00", or on the 12-hour clock "2.00 pm" / "10.30 am" / "12 noon".
std::string display_time(const std::string& hhmm, bool twelve_hour);

// Replaces {name} fields in a standing item's wording.
std::string fill_fields(const std::string& text, const std::vector<std::pair<std::string, std::string>>& fields);

// The standard citation shown for exempt information.
std::string exempt_citation(int paragraph);

}  // namespace panelpack
