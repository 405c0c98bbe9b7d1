#include "site/site_pages.h"

#include <algorithm>
#include <map>

#include "kinds/agenda/agenda.h"
#include "kinds/person_line.h"
#include "site/feeds.h"
#include "site/page_chrome.h"

namespace panelpack {

namespace {

using json = nlohmann::json;

// How many papers the home page lists as recently published.
constexpr size_t kRecentPapers = 10;

const char* const kSchedule12A = "Part 1 of Schedule 12A to the Local Government Act 1972";

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// One paper as the pages list it, with links from a page `root` below the tree.
json paper_view(const SiteTree& tree, const Site& site, const DocumentRecord& r, const std::string& root) {
  const std::string name = paper_name(site, tree, r);
  json v{{"label", r.label},
         {"context", name.substr(r.label.size())},
         {"href", root + paper_href(r)},
         {"html", r.html_page},
         {"date", r.date.day_month_year()},
         {"pdf", r.pdf_pages > 0}};
  if (r.pdf_pages > 0) {
    v["pdf_href"] = root + pdf_href(r);
    v["pdf_detail"] = attachment_detail(r.pdf_bytes, r.pdf_pages);
  }
  if (const std::string data = data_href(r); !data.empty()) {
    v["data_href"] = root + data;
    v["data_format"] = upper(data.substr(data.rfind('.') + 1));
  }
  return v;
}

json papers_view(const SiteTree& tree, const Site& site, const std::vector<const DocumentRecord*>& papers,
                 const std::string& root) {
  json list = json::array();
  for (const DocumentRecord* r : papers) list.push_back(paper_view(tree, site, *r, root));
  return list;
}

std::string time_of(const Site& site, const MeetingInfo& m) {
  auto body = site.bodies.find(m.body);
  return display_time(m.start, body != site.bodies.end() && body->second.twelve_hour_clock);
}

// A meeting as a list shows it: its date, linked to its page, the body and status.
json meeting_link(const Site& site, const MeetingEntry& e, const std::string& root) {
  const MeetingInfo& m = e.meeting->info;
  const Body& body = site.bodies.at(m.body);
  return {{"href", root + meeting_page(m)},
          {"date", m.date.long_uk()},
          {"time", time_of(site, m)},
          {"body", body.name},
          {"state", state_word(e.state)},
          {"changed", e.state == MeetingState::postponed || e.state == MeetingState::cancelled}};
}

void render(const KindContext& ctx, const std::string& name, const json& view, const std::string& path, OutputSink& out,
            Diagnostics& diags) {
  if (auto html = ctx.templates.render(name, view, "panelpack.yaml", diags)) out.add(path, std::move(*html));
}

json with_chrome(const KindContext& ctx, const SiteTree& tree, const SiteOptions& options, PageChrome page,
                 json content) {
  page.search = options.search;
  json v = chrome_view(ctx.site, tree.audience, page);
  for (auto& [k, value] : content.items()) v[k] = std::move(value);
  return v;
}

void feed_links(json& v, const SiteTree& tree, const std::string& href, const std::string& title) {
  if (tree.audience != Audience::public_) return;  // the members' tree has no feeds
  v["feed_href"] = href;
  v["feed_title"] = title;
}

void write_meeting_page(const KindContext& ctx, const SiteTree& tree, const SiteOptions& options,
                        const MeetingEntry& e, OutputSink& out, Diagnostics& diags) {
  const Site& site = ctx.site;
  const MeetingInfo& m = e.meeting->info;
  const Body& body = site.bodies.at(m.body);
  const std::string root = "../../";
  json c{{"body_title", body.title},
         {"body_name", body.name},
         {"body_href", root + body_page(body.id)},
         {"date", m.date.long_uk()},
         {"time", time_of(site, m)},
         {"venue", m.venue},
         {"state", state_word(e.state)},
         {"postponed", e.state == MeetingState::postponed},
         {"cancelled", e.state == MeetingState::cancelled},
         {"reason", m.status_reason},
         {"calendar_href", "meeting.ics"},
         {"papers", papers_view(tree, site, e.papers, root)},
         {"has_papers", !e.papers.empty()}};
  if (m.new_date) {
    c["new_date"] = m.new_date->long_uk();
    if (const BodyEntry* b = tree.body(m.body))
      for (const auto& other : b->meetings)
        if (other.meeting->info.date == *m.new_date) c["new_href"] = root + meeting_page(other.meeting->info);
  }
  json private_items = json::array();
  for (const EntryView& entry : e.meeting->entries)
    if (entry.part == 2)
      private_items.push_back({{"number", entry.number},
                               {"title", entry.title},
                               {"paragraph", entry.paragraph},
                               {"schedule", kSchedule12A}});
  c["private_items"] = private_items;
  c["has_private_items"] = !private_items.empty();
  auto neighbour = [&](const MeetingView* n) {
    return n ? json{{"href", root + meeting_page(n->info)}, {"date", n->info.date.day_month_year()}} : json();
  };
  if (e.meeting->previous) c["previous"] = neighbour(e.meeting->previous);
  if (e.meeting->next) c["next"] = neighbour(e.meeting->next);
  c["has_neighbours"] = e.meeting->previous || e.meeting->next;
  PageChrome page{body.name + ", " + m.date.day_month_year(),
                  root,
                  body.id,
                  {{body.name, root + body_page(body.id)}, {m.date.day_month_year(), ""}}};
  json v = with_chrome(ctx, tree, options, page, std::move(c));
  feed_links(v, tree, root + body.id + "/papers.atom", "Papers of the " + body.name);
  render(ctx, "meeting", v, tree.tree + "/" + meeting_page(m), out, diags);
  out.add(tree.tree + "/" + meeting_folder(m) + "meeting.ics", meeting_calendar(site, tree, {&e}, body.name));
}

// Listed under "Upcoming meetings": not held, and not before the site's date
// (a meeting postponed or cancelled from a date still to come is listed with its status).
bool ahead(const MeetingEntry& e, const Date& as_at) {
  return e.state != MeetingState::held && !(e.meeting->info.date < as_at);
}

void write_body_page(const KindContext& ctx, const SiteTree& tree, const SiteOptions& options, const BodyEntry& b,
                     OutputSink& out, Diagnostics& diags) {
  const Site& site = ctx.site;
  const Body& body = *b.body;
  const std::string root = "../";
  json c{{"body_title", body.title},
         {"body_name", body.name},
         {"host", body.organisation ? body.organisation->name : site.organisation.name},
         {"papers", papers_view(tree, site, b.papers, root)},
         {"has_papers", !b.papers.empty()},
         {"calendar_href", tree.audience == Audience::public_ ? "meetings.ics" : ""},
         {"feed_href", tree.audience == Audience::public_ ? "papers.atom" : ""}};
  // Membership: the chair, the vice-chair, then the members by group.
  const std::vector<MemberEntry> members = membership(body);
  json groups = json::array();
  for (const auto& [place, heading] : std::vector<std::pair<MemberPlace, std::string>>{
           {MemberPlace::chair, body.chair_title},
           {MemberPlace::vice_chair, body.vice_chair_title},
           {MemberPlace::member, "Members"},
           {MemberPlace::co_opted, "Co-opted members"},
           {MemberPlace::independent, "Independent members"}}) {
    json people = json::array();
    for (const MemberEntry& m : members)
      if (auto it = site.people.find(m.person); m.place == place && it != site.people.end())
        people.push_back({{"name", it->second.name}, {"role", role_text(it->second)}});
    if (!people.empty()) groups.push_back({{"heading", heading}, {"people", people}});
  }
  c["membership"] = groups;
  c["has_membership"] = !groups.empty();
  json upcoming = json::array();
  std::map<std::string, json, std::greater<>> years;  // newest year first
  for (const auto& e : b.meetings) {
    if (ahead(e, tree.as_at))
      upcoming.push_back(meeting_link(site, e, root));
    else
      years[municipal_year(e.meeting->info.date)].push_back(meeting_link(site, e, root));
  }
  json past = json::array();
  for (auto& [year, list] : years) {
    std::reverse(list.begin(), list.end());  // newest first
    past.push_back({{"year", year}, {"meetings", list}});
  }
  c["upcoming"] = upcoming;
  c["has_upcoming"] = !upcoming.empty();
  c["past"] = past;
  c["has_past"] = !past.empty();
  PageChrome page{body.name, root, body.id, {{body.name, ""}}};
  json v = with_chrome(ctx, tree, options, page, std::move(c));
  feed_links(v, tree, "papers.atom", "Papers of the " + body.name);
  render(ctx, "body", v, tree.tree + "/" + body_page(body.id), out, diags);
}

void write_home_page(const KindContext& ctx, const SiteTree& tree, const SiteOptions& options, OutputSink& out,
                     Diagnostics& diags) {
  const Site& site = ctx.site;
  std::vector<const MeetingEntry*> upcoming;
  json bodies = json::array();
  for (const auto& b : tree.bodies) {
    for (const auto& e : b.meetings)
      if (ahead(e, tree.as_at)) upcoming.push_back(&e);
    bodies.push_back({{"name", b.body->name},
                      {"title", b.body->title},
                      {"href", body_page(b.body->id)},
                      {"meetings", b.meetings.size()}});
  }
  std::stable_sort(upcoming.begin(), upcoming.end(), [](const MeetingEntry* a, const MeetingEntry* b) {
    return a->meeting->info.date < b->meeting->info.date;
  });
  json upcoming_view = json::array();
  for (const MeetingEntry* e : upcoming) upcoming_view.push_back(meeting_link(site, *e, ""));
  // Newest first by their own date; papers of one date in the order written.
  std::vector<const DocumentRecord*> recent = tree.papers;
  std::stable_sort(recent.begin(), recent.end(),
                   [](const DocumentRecord* a, const DocumentRecord* b) { return b->date < a->date; });
  if (recent.size() > kRecentPapers) recent.resize(kRecentPapers);
  json c{{"upcoming", upcoming_view},
         {"has_upcoming", !upcoming_view.empty()},
         {"recent", papers_view(tree, site, recent, "")},
         {"has_recent", !recent.empty()},
         {"bodies", bodies},
         {"papers", papers_view(tree, site, tree.site_papers, "")},
         {"has_site_papers", !tree.site_papers.empty()},
         {"organisation", site.organisation.name}};
  PageChrome page{"Meetings and papers", "", "", {}};
  json v = with_chrome(ctx, tree, options, page, std::move(c));
  feed_links(v, tree, "papers.atom", "Papers");
  render(ctx, "home", v, tree.tree + "/index.html", out, diags);
}

void write_statement(const KindContext& ctx, const SiteTree& tree, const SiteOptions& options, OutputSink& out,
                     Diagnostics& diags) {
  const Site& site = ctx.site;
  const Accessibility& a = site.accessibility;
  json limitations = json::array();
  for (const auto& l : a.limitations) limitations.push_back(l);
  json c{{"organisation", site.organisation.name},
         {"full", a.compliance == Accessibility::Compliance::full},
         {"partial", a.compliance == Accessibility::Compliance::partial},
         {"non", a.compliance == Accessibility::Compliance::non},
         {"limitations", limitations},
         {"has_limitations", !limitations.empty()},
         {"reply_days", a.reply_days},
         {"prepared", a.prepared.value_or(tree.as_at).day_month_year()},
         {"reviewed", a.reviewed ? a.reviewed->day_month_year() : ""}};
  PageChrome page{"Accessibility statement", "", "", {{"Accessibility statement", ""}}};
  render(ctx, "accessibility", with_chrome(ctx, tree, options, page, c), tree.tree + "/accessibility.html", out, diags);
}

void write_not_found(const KindContext& ctx, const SiteTree& tree, const SiteOptions& options, OutputSink& out,
                     Diagnostics& diags) {
  // Its links are relative, like every page's: they work where a host shows
  // it at the tree's root.
  PageChrome page{"Page not found", "", "", {}};
  render(ctx, "not-found", with_chrome(ctx, tree, options, page, json::object()), tree.tree + "/404.html", out, diags);
}

void write_search(const KindContext& ctx, const SiteTree& tree, const SiteOptions& options, OutputSink& out,
                  Diagnostics& diags) {
  // Result addresses are the pages' paths from the tree's root, under the
  // path the public site is published at (its 'url'; else the host's root,
  // as for the members' tree, whose address panelpack does not know).
  const std::string host = tree.audience == Audience::public_ ? host_of(ctx.site.url) : "";
  const size_t at = host.empty() ? std::string::npos : ctx.site.url.find(host) + host.size();
  const std::string base = at == std::string::npos ? "/" : ctx.site.url.substr(at);
  PageChrome page{"Search", "", "", {{"Search", ""}}};
  render(ctx, "search", with_chrome(ctx, tree, options, page, json{{"search_base", base}}), tree.tree + "/search.html",
         out, diags);
}

}  // namespace

void write_site_pages(const KindContext& ctx, const SiteTree& tree, const SiteOptions& options, OutputSink& out,
                      Diagnostics& diags) {
  write_home_page(ctx, tree, options, out, diags);
  for (const auto& b : tree.bodies) {
    write_body_page(ctx, tree, options, b, out, diags);
    for (const auto& e : b.meetings) write_meeting_page(ctx, tree, options, e, out, diags);
  }
  write_statement(ctx, tree, options, out, diags);
  write_not_found(ctx, tree, options, out, diags);
  if (options.search) write_search(ctx, tree, options, out, diags);
  if (tree.audience == Audience::public_) write_feeds(ctx.site, tree, out);
}

}  // namespace panelpack
