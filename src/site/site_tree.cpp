#include "site/site_tree.h"

#include <algorithm>
#include <map>

namespace panelpack {

const MeetingEntry* SiteTree::entry(const std::string& meeting_id) const {
  auto it = meeting_at.find(meeting_id);
  return it == meeting_at.end() ? nullptr : &bodies[it->second.first].meetings[it->second.second];
}

const BodyEntry* SiteTree::body(const std::string& id) const {
  for (const auto& b : bodies)
    if (b.body->id == id) return &b;
  return nullptr;
}

Date site_date(const AudienceView& view, const std::optional<Date>& as_of) {
  if (as_of) return *as_of;
  Date latest;
  for (const auto& m : view.meetings()) {
    if (m.info.issued && latest < *m.info.issued) latest = *m.info.issued;
    if (m.minutes && latest < m.info.date) latest = m.info.date;
  }
  return latest;
}

MeetingState meeting_state(const MeetingView& m, const Date& as_at) {
  if (m.info.status == MeetingStatus::postponed) return MeetingState::postponed;
  if (m.info.status == MeetingStatus::cancelled) return MeetingState::cancelled;
  return m.minutes || m.info.date < as_at ? MeetingState::held : MeetingState::upcoming;
}

const char* state_word(MeetingState s) {
  switch (s) {
    case MeetingState::upcoming: return "Upcoming";
    case MeetingState::held: return "Held";
    case MeetingState::postponed: return "Postponed";
    case MeetingState::cancelled: return "Cancelled";
  }
  return "";
}

namespace {
// A meeting's papers as a reader of its agenda looks for them: those of the
// meeting as a whole (the agenda, its minutes, the pack) in the order they
// were planned, then each item's in agenda order.
void sort_by_item(MeetingEntry& e) {
  auto rank = [&](const DocumentRecord* r) -> size_t {
    if (r->item.empty()) return 0;
    const auto& entries = e.meeting->entries;
    for (size_t i = 0; i < entries.size(); ++i)
      if (entries[i].id == r->item) return i + 1;
    return entries.size() + 1;
  };
  std::stable_sort(e.papers.begin(), e.papers.end(),
                   [&](const DocumentRecord* a, const DocumentRecord* b) { return rank(a) < rank(b); });
}
}  // namespace

SiteTree organise(const AudienceView& view, const std::vector<DocumentRecord>& records, const Date& as_at) {
  SiteTree t;
  t.audience = view.audience();
  t.tree = audience_name(view.audience());
  t.as_at = as_at;
  std::map<std::string, size_t> body_at;
  for (const auto& [id, body] : view.site().bodies) {
    body_at[id] = t.bodies.size();
    t.bodies.push_back({&body, {}, {}});
  }
  auto& meeting_at = t.meeting_at;
  for (const auto& m : view.meetings()) {  // by body, then date
    auto b = body_at.find(m.info.body);
    if (b == body_at.end()) continue;
    auto& list = t.bodies[b->second].meetings;
    meeting_at[m.info.id] = {b->second, list.size()};
    list.push_back({&m, {}, meeting_state(m, as_at)});
  }
  for (const auto& r : records) {
    if (r.audience != view.audience()) continue;
    t.papers.push_back(&r);
    if (auto m = meeting_at.find(r.meeting); !r.meeting.empty() && m != meeting_at.end())
      t.bodies[m->second.first].meetings[m->second.second].papers.push_back(&r);
    else if (auto b = body_at.find(r.body); r.meeting.empty() && !r.body.empty() && b != body_at.end())
      t.bodies[b->second].papers.push_back(&r);
    else if (r.meeting.empty() && r.body.empty())
      t.site_papers.push_back(&r);
  }
  for (BodyEntry& b : t.bodies)
    for (MeetingEntry& e : b.meetings) sort_by_item(e);
  return t;
}

std::string body_page(const std::string& body) { return body + "/index.html"; }
std::string meeting_folder(const MeetingInfo& m) { return m.body + "/" + m.date.iso() + "/"; }
std::string meeting_page(const MeetingInfo& m) { return meeting_folder(m) + "index.html"; }

namespace {
std::string without_tree(const std::string& stem) {
  const size_t slash = stem.find('/');
  return slash == std::string::npos ? stem : stem.substr(slash + 1);
}
}  // namespace

std::string paper_base(const DocumentRecord& r) { return without_tree(r.stem); }

std::string pdf_href(const DocumentRecord& r) { return without_tree(r.pdf_stem) + ".pdf"; }

std::string paper_href(const DocumentRecord& r) { return r.html_page ? paper_base(r) + ".html" : pdf_href(r); }

std::string data_href(const DocumentRecord& r) {
  if (r.data_file.empty()) return "";
  const std::string base = paper_base(r);
  return base.substr(0, base.rfind('/') + 1) + r.data_file;
}

std::string paper_name(const Site& site, const SiteTree& tree, const DocumentRecord& r) {
  std::string s = r.label;
  if (auto body = site.bodies.find(r.body); body != site.bodies.end()) s += ", " + body->second.name;
  if (const MeetingEntry* e = tree.entry(r.meeting)) s += ", " + e->meeting->info.date.day_month_year();
  return s;
}

std::string municipal_year(const Date& d) {
  const int start = d.month >= 5 ? d.year : d.year - 1;
  const int end = (start + 1) % 100;
  return std::to_string(start) + "/" + (end < 10 ? "0" : "") + std::to_string(end);
}

}  // namespace panelpack
