#pragma once
// The typed model of a site: the organisation, its bodies, people and
// meetings, as validated from the YAML content. Every node keeps its source
// position.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/source_pos.h"
#include "model/inspection.h"
#include "model/markdown_text.h"
#include "model/minutes.h"
#include "model/report.h"

namespace panelpack {


struct Organisation {
  std::string name;
  std::vector<std::string> address;  // one line each
  std::string telephone, email, website;
  std::string logo;  // path relative to the site, optional
  SourcePos pos;
};

struct Person {
  std::string id;    // key in the people registry
  std::string name;  // "Mr David Allen"
  std::string role;  // "Police, Fire & Crime Commissioner"
  std::string organisation;
  std::string email, telephone;
  SourcePos pos;
};

// How minute items are numbered: 001, 002 … afresh at every meeting, or a
// running sequence (40, 41 …) that restarts each year in a given month.
struct MinuteNumbering {
  enum class Style { per_meeting, running } style = Style::per_meeting;
  int digits = 3;          // zero padding for per_meeting
  int restart_month = 5;   // running: the month the sequence restarts (May = municipal year)
  SourcePos pos;
};

// A standard agenda item from the body's preset ("apologies", …), with the
// body's own wording where it gives one.
struct StandingItem {
  std::string preset;  // one of standing_presets()
  std::string title;
  std::string description;  // Markdown; may contain {body}, {days} … filled in by compute
  SourcePos pos;
};

// How an agenda prints a body's membership ('membership: {style: …}'):
// roles: "Role – Name", one a line (seed 000); names: the names alone, the
// chair's and vice-chair's first, the others in two columns (seed 004).
enum class MembershipStyle { roles, names };

struct Body;
// The ids of a body's standing items, opening then closing: each its preset,
// and a preset used again gets "-2", "-3" … ("chair-urgent-2").
std::vector<std::string> standing_ids(const Body& body);

struct Body {
  std::string id;     // folder name in the output, e.g. "pac"
  std::string name;   // "Public Accountability Conference"
  std::string title;  // heading of its papers
  std::optional<Organisation> organisation;  // letterhead, when not the site's
  std::string chair;                         // person id
  std::string chair_title = "Chair";         // "Chairman" in seed 004
  std::string vice_chair_title;              // "Vice-Chairman": "Vice-" and chair_title unless given
  std::vector<std::string> members;          // person ids
  std::string vice_chair;                    // person id, one of the members
  std::vector<std::string> co_opted;         // members who are co-opted
  std::vector<std::string> independent;      // members who are independent members
  MembershipStyle membership_style = MembershipStyle::roles;
  MinuteNumbering numbering;
  int publication_clear_days = 5;
  bool count_weekends = false;
  bool count_bank_holidays = false;
  int question_clear_days = 3;
  std::string question_recipient = "the Chief Executive";
  std::string resolved_wording = "RESOLVED:";  // "RESOLVED, that" (seed 000) or "RESOLVED:" (seed 004)
  std::string question_time;  // "12:00": the time of day of the question deadline; "" for none
  bool twelve_hour_clock = false;  // "2.00 pm" rather than "14:00"
  bool duplex = false;  // packs print on both sides: each item starts on an odd page, padded with a blank page
  std::vector<StandingItem> opening_items, closing_items;
  // reports.background_papers: required: every report must list its
  // background papers (or say 'none'), as s.100D of the 1972 Act expects.
  bool background_papers_required = false;
  SourcePos pos;
};

// Where a member stands in a body's membership.
enum class MemberPlace { chair, vice_chair, member, co_opted, independent };
struct MemberEntry {
  std::string person;  // id
  MemberPlace place = MemberPlace::member;
};
// The membership in the order papers print it: the chair, the vice-chair,
// then the other members as 'members' lists them (co-opted and independent
// members among them, marked as such).
std::vector<MemberEntry> membership(const Body& body);

struct ExemptReason {
  int paragraph = 0;       // Schedule 12A Part 1 paragraph, 1-7
  std::string reason;      // the public-interest test
  std::string public_title;  // neutral title shown in public; the item's own with title_is_public
  bool title_is_public = false;  // the real title may be published (title_is_public: true)
  SourcePos pos;
};

// Where an item's papers stand when the agenda is issued (meeting.yaml 'status').
enum class ItemStatus {
  ready,      // its papers are in the pack
  to_follow,  // not ready: the agenda prints "(To follow)", no pack holds them
  late,       // issued after the agenda: "(To follow)" in the agenda, the papers in the supplementary pack
  withdrawn,  // "(Withdrawn)": no pack holds its papers
  deferred,   // "(Deferred)" to a later meeting: no pack holds its papers
};
// What the agenda prints after the item's title: "To follow", "Withdrawn" …; "" when ready.
const char* status_label(ItemStatus status);

struct AgendaItem {
  std::string id;  // a slug, unique in its meeting: given as 'id:', or derived from the title (item_id.h)
  std::string title;
  Markdown description;
  std::vector<std::string> report_by;  // person ids
  int part = 1;
  std::optional<ExemptReason> exempt;  // present when part == 2
  ItemStatus status = ItemStatus::ready;
  SourcePos status_pos;
  SourcePos pos;
  SourcePos id_pos;  // the 'id' given, else the title it was derived from
  bool id_given = false;
};

// How messages name an agenda item: by its printed number and title, as a
// reader of the agenda knows it ("item 12, 'Victim services commissioning'").
std::string item_name(int number, const std::string& title);

// Someone attending a meeting (model/minutes.h): a person id, with a role for
// this meeting only when given.
using Attendee = PersonAt;

// Whether a meeting takes place as planned. A held or upcoming meeting is
// `scheduled`: which of the two it is depends on the site's date (site/).
enum class MeetingStatus { scheduled, postponed, cancelled };

// The next meeting, for the "date of next meeting" item when that meeting is
// not yet in the site (next_meeting: in meeting.yaml).
struct NextMeeting {
  Date date;
  std::string start;  // "HH:MM", or "" when not yet known
  std::string venue;  // "" when not yet known
  SourcePos pos;
};

// Everything about a meeting but its agenda items: nothing here is exempt,
// so the redaction point copies it as it is into every audience's view.
struct MeetingInfo {
  std::string id;      // the meeting folder's name, e.g. "2025-01-20-pac" (a slug)
  std::string folder;  // content folder, for messages
  std::string file;    // meeting.yaml path as shown to the user
  std::string body;    // body id
  Date date;
  std::string start;   // "10:00"
  std::string venue;
  std::optional<Date> issued;
  std::string reference;
  std::string enquiries;  // person id
  std::string signed_by;  // person id
  std::optional<Date> previous_meeting;  // when the earlier meeting is not in the site
  std::optional<int> first_minute;       // running numbering: this meeting's first minute, when the
                                         // year's earlier meetings are not in the site
  Markdown purpose, public_notice;
  std::vector<Attendee> attendees;      // who attends, in place of the membership (seed 000's "Attendees")
  std::vector<Attendee> in_attendance;  // officers attending besides the membership (seed 004)
  MeetingStatus status = MeetingStatus::scheduled;
  std::string status_reason;       // postponed or cancelled: why, as the public is told
  std::optional<Date> new_date;    // postponed: the date it moves to, when known
  std::optional<NextMeeting> next_meeting;
  bool publish = true;             // false: kept out of the public tree until it is ready
  SourcePos pos;
  std::map<std::string, SourcePos> field_pos;  // where each top-level key was given
  SourcePos field(const std::string& key) const;  // where `key` was given, else the meeting's start
};

struct Meeting : MeetingInfo {
  std::vector<AgendaItem> items;  // as written; Part 2 items hold exempt text
  std::optional<Minutes> minutes;          // minutes.yaml, when the folder has one
  std::vector<ActionUpdate> action_updates;  // actions.yaml: updates to earlier actions
  std::vector<Report> reports;               // reports/*.yaml, by file name; Part 2 ones hold exempt text
  const AgendaItem* item(const std::string& id) const;
};

// The accessibility statement of the public site (accessibility: in
// panelpack.yaml), as the Public Sector Bodies Accessibility Regulations 2018
// require one.
struct Accessibility {
  enum class Compliance { full, partial, non } compliance = Compliance::partial;
  std::vector<std::string> limitations;  // known problems, one sentence each
  std::string contact_email, contact_telephone;  // for papers in another format; the organisation's when empty
  int reply_days = 10;                   // working days to answer a request
  std::optional<Date> prepared;          // when the statement was prepared (required when given)
  std::optional<Date> reviewed;          // last reviewed
  SourcePos pos;
};

struct Site {
  std::string root;  // folder holding panelpack.yaml
  std::string language = "en-GB";
  Organisation organisation;
  std::map<std::string, Person> people;
  std::map<std::string, Body> bodies;
  std::string meetings_dir = "meetings";
  std::string templates_dir = "templates";
  std::string styles_dir = "styles";
  std::string data_dir = "data";
  std::string inspections_dir = "inspections";  // paths.inspections: one YAML file per inspection
  int inspection_warn_days = 14;  // inspections.warn_days: check --as-of warns this many days before a response is due
  // House stylesheets ("paper.css", "site.css") the site's own file of that
  // name replaces (styles: {replace: [...]}); the others it adds to.
  std::vector<std::string> replace_styles;
  SourcePos replace_styles_pos;
  // The only scripts a page may load, by address (allow_scripts).
  std::vector<std::string> allow_scripts;
  // Where the public tree is published ('url:'), ending in '/': the feeds'
  // and sitemap's absolute addresses. "" when not given.
  std::string url;
  Accessibility accessibility;
};

// The whole site as validated. Only the redaction point (redact/) and the
// checks that must see everything read it; document kinds read an
// AudienceView.
struct Project {
  Site site;
  std::vector<Meeting> meetings;  // sorted by body, then date
  std::vector<Inspection> inspections;  // inspections/*.yaml, by file name
};

}  // namespace panelpack
