#include "kinds/agenda/agenda_view.h"

#include "render/markdown.h"

namespace panelpack {

using nlohmann::json;

std::string agenda_title(const Agenda& a) {
  // The body's full title, so a downloaded file says whose papers it holds.
  return std::string(a.supplementary ? "Supplementary agenda: " : "Agenda: ") + a.body->title + ", " +
         a.meeting->info.date.day_month_year();
}

namespace {

std::string join(const std::vector<std::string>& parts, const std::string& sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) out += (i ? sep : "") + parts[i];
  return out;
}

json entry_view(const AgendaEntry& e, Diagnostics& diags) {
  json j;
  j["number"] = std::to_string(e.number);
  j["anchor"] = "item-" + std::to_string(e.number);
  j["title"] = e.title;
  j["description_html"] = e.description.empty() ? "" : markdown_to_paper(e.description, e.description_pos, diags);
  j["report_by"] = join(e.report_by, "; ");
  j["withheld"] = e.withheld;
  j["pages"] = e.pages;
  j["pages_href"] = e.pages_href;
  j["status"] = status_label(e.status);
  j["link_href"] = e.link_href;
  j["link_text"] = e.link_text;
  j["src"] = e.pos.known() ? e.pos.str() : "";
  j["exempt"] = e.paragraph > 0;
  j["paragraph"] = std::to_string(e.paragraph);
  j["reason"] = e.exempt_reason;
  json recs = json::array();
  for (const Markdown& m : e.recommendations) recs.push_back({{"text_html", markdown_to_inline_paper(m.source, m.pos, diags)}});
  j["recommendations"] = recs;
  j["has_recommendations"] = !recs.empty();
  j["recommendations_label"] = recs.size() == 1 ? "Recommendation" : "Recommendations";
  return j;
}

}  // namespace

json agenda_view(const Agenda& a, const std::string& language, Diagnostics& diags) {
  const MeetingInfo& m = a.meeting->info;
  json v;
  v["lang"] = language;
  v["doc_title"] = agenda_title(a);
  v["members_build"] = a.audience == Audience::members;
  v["supplementary"] = a.supplementary;
  const Organisation& org = *a.organisation;
  v["org"] = {{"name", org.name}, {"address", org.address}, {"telephone", org.telephone},
              {"email", org.email},  {"website", org.website}, {"logo", org.logo}};
  // The organisation's own contact lines, under its address.
  json contact = json::array();
  if (!org.telephone.empty()) contact.push_back({{"text", "Telephone " + org.telephone}, {"href", false}});
  if (!org.email.empty()) contact.push_back({{"text", org.email}, {"href", "mailto:" + org.email}});
  if (!org.website.empty()) {
    size_t scheme = org.website.find("://");
    std::string shown = scheme == std::string::npos ? org.website : org.website.substr(scheme + 3);
    if (shown.ends_with('/')) shown.pop_back();
    contact.push_back({{"text", shown}, {"href", scheme == std::string::npos ? "https://" + org.website : org.website}});
  }
  v["org"]["has_contact"] = !contact.empty();
  v["org"]["contact"] = contact;
  v["title"] = a.title;
  v["body_name"] = a.body->name;
  v["date"] = a.date;
  v["time"] = a.time;
  v["venue"] = m.venue;
  // A meeting called off says so on its agenda, which may already be printed
  // or downloaded: the heading, the new date when there is one, and why.
  if (m.status != MeetingStatus::scheduled) {
    const bool cancelled = m.status == MeetingStatus::cancelled;
    std::string heading = cancelled ? "This meeting has been cancelled" : "This meeting has been postponed";
    if (!cancelled && m.new_date) heading += " to " + m.new_date->long_uk();
    v["status_notice"] = {{"heading", heading + "."}, {"reason", m.status_reason}};
  }
  v["issued"] = a.issued;
  v["reference"] = m.reference;
  v["publish_by"] = a.publish_by;
  if (!a.enquiries_name.empty())
    v["enquiries"] = {{"name", a.enquiries_name}, {"telephone", a.enquiries_phone}, {"email", a.enquiries_email}};
  else
    v["enquiries"] = false;
  if (!a.signed_name.empty())
    v["signed"] = {{"name", a.signed_name}, {"role", a.signed_role}};
  else
    v["signed"] = false;
  v["purpose_html"] = m.purpose.empty() ? "" : markdown_to_paper(m.purpose.source, m.purpose.pos, diags);
  v["notice_html"] =
      m.public_notice.empty() ? "" : markdown_to_paper(m.public_notice.source, m.public_notice.pos, diags);
  v["attendees_heading"] = a.membership ? "Membership" : "Attendees";
  // chair_title: for a site's own agenda.html written before `text` and `note`.
  auto lines = [&](const std::vector<PersonLine>& people, size_t from, size_t to) {
    json out = json::array();
    for (size_t i = from; i < to && i < people.size(); ++i) {
      const PersonLine& p = people[i];
      out.push_back({{"text", p.text}, {"role", p.role}, {"name", p.name}, {"note", p.note}, {"chair", p.chair},
                     {"chair_title", a.body->chair_title}});
    }
    return out;
  };
  v["attendees"] = lines(a.attendees, 0, a.attendees.size());
  v["has_attendees"] = !a.attendees.empty();
  // The names style: the chair and vice-chair each on a line, the other members in two columns,
  // the first column the longer by one when they are odd, read down (seed 004).
  v["columns"] = false;
  if (a.membership && a.style == MembershipStyle::names) {
    size_t lead = 0;
    while (lead < a.attendees.size() && a.attendees[lead].chairs) ++lead;
    const size_t half = lead + (a.attendees.size() - lead + 1) / 2;
    json columns{{"first", lines(a.attendees, 0, lead)},
                 {"left", lines(a.attendees, lead, half)},
                 {"right", lines(a.attendees, half, a.attendees.size())}};
    columns["has_first"] = lead > 0;
    columns["has_left"] = half > lead;
    columns["has_right"] = a.attendees.size() > half;
    v["columns"] = columns;
  }
  v["in_attendance"] = lines(a.in_attendance, 0, a.in_attendance.size());
  v["has_in_attendance"] = !a.in_attendance.empty();
  json part1 = json::array(), part2 = json::array();
  for (const auto& e : a.part1) part1.push_back(entry_view(e, diags));
  for (const auto& e : a.part2) part2.push_back(entry_view(e, diags));
  v["has_part1"] = !part1.empty() || !a.supplementary;
  v["part1"] = part1;
  v["part2"] = part2;
  v["has_part2"] = !a.part2.empty();
  v["not_for_publication"] = a.audience == Audience::members && !a.part2.empty();
  return v;
}

}  // namespace panelpack
