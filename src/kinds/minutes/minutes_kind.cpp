#include "kinds/minutes/minutes_kind.h"

#include "kinds/agenda/agenda.h"
#include "kinds/person_line.h"
#include "render/markdown.h"

namespace panelpack {

using nlohmann::json;

std::string minutes_title(const Body& body, const MeetingView& meeting) {
  const bool draft = meeting.minutes && !meeting.minutes->confirmed;
  return std::string(draft ? "Draft minutes: " : "Minutes: ") + body.name + ", " + meeting.info.date.day_month_year();
}

namespace {

// "Name, Role, Organisation" (kinds/person_line.h); for those present (the
// members), the name alone, and the chair and vice-chair marked with the
// body's own titles.
std::string attendance_line(const Site& site, const PersonAt& p, const Body& body, bool present) {
  auto it = site.people.find(p.person);
  if (it == site.people.end()) return p.person;
  if (!present) return person_line(it->second, p.role);
  if (p.person == body.chair) return it->second.name + " (" + body.chair_title + ")";
  if (!body.vice_chair.empty() && p.person == body.vice_chair) return it->second.name + " (" + body.vice_chair_title + ")";
  return it->second.name;
}

json people(const Site& site, const std::vector<PersonAt>& list, const Body& body, bool present) {
  json out = json::array();
  for (const auto& p : list) out.push_back(attendance_line(site, p, body, present));
  return out;
}

std::string name_of(const Site& site, const std::string& id) {
  auto it = site.people.find(id);
  return it == site.people.end() ? id : it->second.name;
}

std::string lead_text(const Site& site, const Lead& lead) {
  return lead.team.empty() ? person_line(site, lead.person) : lead.team;
}

std::string markdown(const MinuteText& t, Diagnostics& diags) {
  return t.source.empty() ? "" : markdown_to_paper(t.source, t.pos, diags);
}

// The inline HTML of one resolution: its Markdown without the paragraph.
std::string inline_markdown(const MinuteText& t, Diagnostics& diags) {
  return markdown_to_inline_paper(t.source, t.pos, diags);
}

json minute_json(const KindContext& ctx, const AudienceView& view, const MinuteView& m, const AgendaEntry& entry,
                 const Body& body, Diagnostics& diags) {
  json j;
  j["number"] = m.number;
  j["anchor"] = "minute-" + m.number;
  j["title"] = entry.title;
  j["src"] = m.pos.known() ? m.pos.str() : "";
  j["withheld"] = m.withheld;
  j["citation"] = m.withheld ? exempt_citation(entry.paragraph) : "";
  j["exempt"] = entry.paragraph > 0 && !m.withheld;
  j["paragraph"] = std::to_string(entry.paragraph);
  j["text_html"] = markdown(m.text, diags);
  json resolved = json::array();
  for (const auto& r : m.resolved) resolved.push_back({{"text_html", inline_markdown(r, diags)}});
  j["has_resolved"] = !resolved.empty();
  j["resolved_wording"] = body.resolved_wording;
  j["resolved"] = resolved;
  json actions = json::array();
  for (const auto& ref : m.actions)
    for (const ActionView& a : view.actions())
      if (a.ref == ref) {
        std::string detail = "Lead: " + lead_text(ctx.site, a.lead);
        if (a.report_back) detail += "; to report back to the meeting";
        if (a.review) detail += "; review by " + a.review->day_month_year();
        actions.push_back({{"text", a.text}, {"detail", detail}, {"ref", a.ref}});
      }
  j["has_actions"] = !actions.empty();
  j["actions"] = actions;
  return j;
}

// The minutes of `meeting` in `view`, rendered.
Document minutes_document(const KindContext& ctx, const AudienceView& view, const MeetingView* meeting,
                          Diagnostics& diags) {
  const MinutesView& mins = *meeting->minutes;
  const Site& site = ctx.site;
  const Body& body = site.bodies.at(meeting->info.body);
  Diagnostics quiet;  // the agenda kind reports the agenda's own problems
  const Agenda agenda = compute_agenda(view, *meeting, quiet);

  Document doc = ctx.meeting_document(view, *meeting, "minutes", "minutes");
  doc.label = mins.confirmed ? "Minutes" : "Draft minutes";
  doc.title = minutes_title(body, *meeting);
  doc.subject = "Minutes";
  doc.source = mins.file;
  doc.date = meeting->info.date;

  json v;
  v["lang"] = site.language;
  v["title"] = body.title;
  v["draft"] = !mins.confirmed;
  v["heading"] = "Minutes of the " + body.name + " held on " + meeting->info.date.long_uk() + " at " +
                 display_time(meeting->info.start, body.twelve_hour_clock) + " in " + meeting->info.venue;
  // The attendance, a heading and a list each, in the order minutes print them.
  json subs = json::array();
  for (const auto& s : mins.substitutes)
    subs.push_back(name_of(site, s.person) + " (for " + name_of(site, s.for_person) + ")");
  json attendance = json::array();
  for (auto& [heading, list] : std::vector<std::pair<std::string, json>>{
           {"Present", people(site, mins.present, body, true)},
           {"Also present", people(site, mins.also_present, body, false)},
           {"In attendance", people(site, mins.in_attendance, body, false)},
           {"Substitutes", subs},
           {"Apologies", people(site, mins.apologies, body, false)}})
    if (!list.empty()) attendance.push_back({{"heading", heading}, {"people", std::move(list)}});
  v["attendance"] = attendance;
  v["minute_taker"] = mins.minute_taker.empty() ? "" : person_line(site, mins.minute_taker);
  json decl = json::array();
  for (const auto& d : mins.declarations) {
    std::string what = d.item;
    for (const auto* part : {&agenda.part1, &agenda.part2})
      for (const auto& e : *part)
        if (e.id == d.item) what = "item " + std::to_string(e.number) + ", " + e.title;
    decl.push_back(name_of(site, d.person) + " declared an interest in " + what + ": " + d.interest);
  }
  v["declarations"] = decl;
  v["has_declarations"] = !decl.empty();
  json part1 = json::array(), part2 = json::array();
  for (const MinuteView& m : mins.minutes) {
    const AgendaEntry* entry = nullptr;
    for (const auto* part : {&agenda.part1, &agenda.part2})
      for (const auto& e : *part)
        if (e.id == m.item) entry = &e;
    if (!entry) continue;
    (entry->paragraph > 0 || m.withheld ? part2 : part1).push_back(minute_json(ctx, view, m, *entry, body, diags));
  }
  v["part1"] = part1;
  v["part2"] = part2;
  v["has_part2"] = !part2.empty();
  v["withheld_actions"] = mins.withheld_actions > 0 ? std::to_string(mins.withheld_actions) : "";
  v["concluded"] = mins.concluded.empty() ? "" : display_time(mins.concluded, body.twelve_hour_clock);
  v["chair_title"] = body.chair_title;
  v["not_for_publication"] = view.audience() == Audience::members && !part2.empty();
  ctx.render(doc, "minutes", v, diags);
  return doc;
}

}  // namespace

void plan_minutes(const KindContext& ctx, const AudienceView& view, const Scope& scope, const Prepared&,
                  std::vector<Document>& out, Diagnostics& diags) {
  const MeetingView* meeting = view.meeting(scope.meeting);
  if (!meeting) return;
  if (meeting->minutes) out.push_back(minutes_document(ctx, view, meeting, diags));
  // The previous meeting's minutes, as this audience sees them, are a paper of
  // this meeting's previous-minutes item: its pack takes them in. They are
  // written with their own meeting, and were reported on there.
  const MeetingView* previous = meeting->previous;
  if (!previous || !previous->minutes) return;
  for (const EntryView& entry : meeting->entries) {
    if (entry.preset != "previous-minutes") continue;
    Diagnostics reported;
    Document doc = minutes_document(ctx, view, previous, reported);
    Document home = ctx.meeting_document(view, *meeting, "minutes", "previous-minutes");
    doc.meeting = home.meeting;
    doc.stem = home.stem;
    doc.item = entry.id;
    doc.part_only = true;
    out.push_back(std::move(doc));
    return;
  }
}

}  // namespace panelpack
