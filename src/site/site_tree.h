#pragma once
// One tree of the website (public or members) as its pages see it: every
// body with its meetings in date order and each meeting's papers, taken from
// the one list of what the documents wrote (DocumentRecord), whatever their
// kind; the site's own papers; and the date the site stands at, which tells
// an upcoming meeting from a held one. Paths here are relative to the tree.
#include <map>
#include <string>
#include <vector>

#include "kinds/document.h"
#include "redact/audience_view.h"

namespace panelpack {

// What a meeting page says of the meeting.
enum class MeetingState { upcoming, held, postponed, cancelled };

struct MeetingEntry {
  const MeetingView* meeting = nullptr;
  std::vector<const DocumentRecord*> papers;  // in the order they were planned
  MeetingState state = MeetingState::upcoming;
};

struct BodyEntry {
  const Body* body = nullptr;
  std::vector<MeetingEntry> meetings;         // oldest first
  std::vector<const DocumentRecord*> papers;  // the body's own (not a meeting's): its action log …
};

struct SiteTree {
  Audience audience = Audience::public_;
  std::string tree;  // "public", "members"
  Date as_at;        // the site's date (see site_date)
  std::vector<BodyEntry> bodies;                   // by id
  std::vector<const DocumentRecord*> site_papers;  // neither a body's nor a meeting's
  std::vector<const DocumentRecord*> papers;       // every paper of the tree, in the order written
  std::map<std::string, std::pair<size_t, size_t>> meeting_at;  // meeting id -> (body, meeting) indexes
  const MeetingEntry* entry(const std::string& meeting_id) const;  // nullptr if the tree has no such meeting
  const BodyEntry* body(const std::string& id) const;
};

// The date the site stands at: `as_of` when given, else the newest date of
// issue of any meeting in the view or date of a meeting whose minutes exist.
// Nothing reads the clock: the same content gives the same pages.
Date site_date(const AudienceView& view, const std::optional<Date>& as_of);

// A meeting is postponed or cancelled when its content says so; held when its
// minutes exist or its date is before the site's date; upcoming otherwise.
MeetingState meeting_state(const MeetingView& m, const Date& as_at);
const char* state_word(MeetingState s);  // "Upcoming", "Held", "Postponed", "Cancelled"

SiteTree organise(const AudienceView& view, const std::vector<DocumentRecord>& records, const Date& as_at);

// Paths inside the tree.
std::string body_page(const std::string& body);          // "pac/index.html"
std::string meeting_folder(const MeetingInfo& m);        // "pac/2025-01-20/"
std::string meeting_page(const MeetingInfo& m);          // "pac/2025-01-20/index.html"
std::string paper_base(const DocumentRecord& r);         // "pac/2025-01-20/agenda" (the stem without its tree)
std::string pdf_href(const DocumentRecord& r);           // "panel/2020-02-20/pack-members.pdf" (named as written)
std::string paper_href(const DocumentRecord& r);         // its HTML page, or its PDF when it has none
std::string data_href(const DocumentRecord& r);          // its open data file, "" if none

// A paper's name out of context: "Agenda, Police and Crime Panel, 5 February 2020".
std::string paper_name(const Site& site, const SiteTree& tree, const DocumentRecord& r);

// "2024/25": the municipal year (May to April) a date falls in.
std::string municipal_year(const Date& d);

}  // namespace panelpack
