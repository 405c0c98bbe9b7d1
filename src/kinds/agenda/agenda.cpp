#include "kinds/agenda/agenda.h"

#include <cctype>
#include <cstdio>

#include "kinds/person_line.h"

namespace panelpack {

std::string display_time(const std::string& hhmm, bool twelve_hour) {
  if (!twelve_hour || hhmm.size() != 5) return hhmm;
  int h = std::stoi(hhmm.substr(0, 2));
  const std::string mm = hhmm.substr(3, 2);
  if (h == 12 && mm == "00") return "12 noon";
  const char* suffix = h < 12 ? "am" : "pm";
  int h12 = h % 12 == 0 ? 12 : h % 12;
  return std::to_string(h12) + "." + mm + " " + suffix;
}

std::string fill_fields(const std::string& text, const std::vector<std::pair<std::string, std::string>>& fields) {
  std::string out = text;
  for (const auto& [name, value] : fields) {
    const std::string key = "{" + name + "}";
    for (size_t at = out.find(key); at != std::string::npos; at = out.find(key, at + value.size()))
      out.replace(at, key.size(), value);
  }
  return out;
}

std::string exempt_citation(int paragraph) {
  return "Exempt information under paragraph " + std::to_string(paragraph) +
         " of Part 1 of Schedule 12A to the Local Government Act 1972.";
}

namespace {

const char* number_word(int n) {
  static const char* words[] = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
  return n >= 0 && n <= 10 ? words[n] : nullptr;
}

std::string role_or_name(const Site& site, const std::string& id) {
  auto it = site.people.find(id);
  if (it == site.people.end()) return id;
  const std::string role = role_text(it->second);
  return role.empty() ? it->second.name : role;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// A line of the front sheet. A member in the names style prints the name
// alone; anyone else in it "Name, Role, Organisation"; in the roles style
// "Role – Name". The note follows in brackets, unless the role says it already.
PersonLine person_line_of(const Person& p, const std::string& role, std::string note, bool member,
                          MembershipStyle style) {
  PersonLine line{role_text(p, role), p.name, std::move(note), "", false, false};
  const bool said = !line.note.empty() && lower(line.note) == lower(line.role);
  if (style == MembershipStyle::names)
    line.text = member ? p.name : person_line(p, role);
  else
    line.text = line.role.empty() ? p.name : line.role + " – " + p.name;
  if (!line.note.empty() && !(style == MembershipStyle::roles && said)) line.text += " (" + line.note + ")";
  return line;
}

const char* place_note(MemberPlace place) {
  switch (place) {
    case MemberPlace::co_opted: return "Co-opted member";
    case MemberPlace::independent: return "Independent member";
    default: return "";
  }
}

}  // namespace

Agenda compute_agenda(const AudienceView& view, const MeetingView& mv, Diagnostics& diags) {
  const Site& site = view.site();
  const MeetingInfo& meeting = mv.info;
  const Audience audience = view.audience();
  const Body& body = site.bodies.at(meeting.body);
  Agenda a;
  a.meeting = &mv;
  a.body = &body;
  a.organisation = body.organisation ? &*body.organisation : &site.organisation;
  a.audience = audience;
  a.title = body.title;
  a.date = meeting.date.long_uk();
  a.time = display_time(meeting.start, body.twelve_hour_clock);
  if (meeting.issued) a.issued = meeting.issued->day_month_year();
  auto person = [&](const std::string& id) -> const Person* {
    auto it = site.people.find(id);
    return it == site.people.end() ? nullptr : &it->second;
  };
  if (const Person* p = person(meeting.enquiries)) {
    a.enquiries_name = p->name;
    a.enquiries_phone = p->telephone;
    a.enquiries_email = p->email;
  }
  if (const Person* p = person(meeting.signed_by)) {
    a.signed_name = p->name;
    a.signed_role = role_text(*p);
  }
  a.style = body.membership_style;
  // The chair and vice-chair are marked with the body's titles wherever they appear.
  auto title_of = [&](const std::string& id) {
    return id == body.chair ? body.chair_title : id == body.vice_chair ? body.vice_chair_title : std::string();
  };
  if (!meeting.attendees.empty()) {
    for (const auto& at : meeting.attendees)
      if (const Person* p = person(at.person)) {
        a.attendees.push_back(person_line_of(*p, at.role, title_of(at.person), false, a.style));
        a.attendees.back().chair = at.person == body.chair;
      }
  } else {
    a.membership = true;
    for (const MemberEntry& m : membership(body))
      if (const Person* p = person(m.person)) {
        const bool chairs = m.place == MemberPlace::chair || m.place == MemberPlace::vice_chair;
        a.attendees.push_back(
            person_line_of(*p, "", chairs ? title_of(m.person) : place_note(m.place), true, a.style));
        a.attendees.back().chair = m.place == MemberPlace::chair;
        a.attendees.back().chairs = chairs;
      }
  }
  for (const auto& at : meeting.in_attendance)
    if (const Person* p = person(at.person)) a.in_attendance.push_back(person_line_of(*p, at.role, "", false, a.style));

  ClearDayRule rule{body.count_weekends, body.count_bank_holidays};
  Date publish_by = latest_date_with_clear_days(meeting.date, body.publication_clear_days, rule);
  a.publish_by = publish_by.day_month_year();
  if (meeting.issued && publish_by < *meeting.issued) {
    int clear = clear_days_between(*meeting.issued, meeting.date, rule);
    diags.warning(meeting.field("issued"),
                  "the agenda is issued " + std::to_string(clear) + (clear == 1 ? " clear day" : " clear days") +
                      " before the meeting (the " + body.name + " requires " +
                      std::to_string(body.publication_clear_days) + ")",
                  "issue it by " + publish_by.long_uk() +
                      " and set 'issued' to the day it goes out (the rule is 'publication.clear_days' of body '" +
                      body.id + "' in panelpack.yaml)");
  }
  ClearDayRule working{false, false};
  Date question_by = latest_date_with_clear_days(meeting.date, body.question_clear_days, working);
  a.question_deadline = question_by.long_uk();
  if (!body.question_time.empty())  // "12.00 pm on Friday 31 January 2020"
    a.question_deadline = display_time(body.question_time, body.twelve_hour_clock) + " on " + a.question_deadline;

  std::string previous_long, previous_short, next_text;
  std::optional<Date> previous_date = meeting.previous_meeting;
  if (mv.previous) previous_date = mv.previous->info.date;
  if (previous_date) {
    previous_long = previous_date->long_uk();
    previous_short = previous_date->day_month_year();
  }
  if (const MeetingView* next = mv.next) {
    next_text = next->info.date.long_uk() + " at " + display_time(next->info.start, body.twelve_hour_clock) + " at " +
                next->info.venue;
  } else if (const auto& given = meeting.next_meeting) {  // not yet in the site: as meeting.yaml gives it
    next_text = given->date.long_uk();
    if (!given->start.empty()) next_text += " at " + display_time(given->start, body.twelve_hour_clock);
    if (!given->venue.empty()) next_text += " at " + given->venue;
  }
  const char* days_word = number_word(body.question_clear_days);
  const std::vector<std::pair<std::string, std::string>> fields = {
      {"body", body.name},
      {"previous_meeting", previous_long},
      {"previous_date", previous_short},
      {"question_days", days_word ? days_word : std::to_string(body.question_clear_days)},
      {"question_deadline", a.question_deadline},
      {"question_recipient", body.question_recipient},
      {"next_meeting", next_text},
      {"chair_title", body.chair_title},
  };

  for (const EntryView& entry : mv.entries) {
    AgendaEntry e;
    e.id = entry.id;
    e.number = entry.number;
    e.standing = entry.standing;
    e.paragraph = entry.paragraph;
    e.withheld = entry.withheld;
    e.status = entry.status;
    e.status_pos = entry.status_pos;
    e.pos = entry.pos;
    if (entry.standing) {
      std::string description = entry.description.source;
      if (entry.preset == "previous-minutes" && previous_long.empty()) {
        diags.error(meeting.pos, "no previous meeting of '" + body.id + "' before " + meeting.date.iso() +
                                     " (the standing item 'previous-minutes' needs one)",
                    "add that meeting's folder, or give 'previous_meeting: YYYY-MM-DD' in " + meeting.file);
      }
      if (entry.preset == "next-meeting" && next_text.empty()) description = "To note the date of the next meeting.";
      e.title = fill_fields(entry.title, fields);
      e.description = fill_fields(description, fields);
      e.description_pos = entry.description.pos;
      if (entry.preset == "previous-minutes" && mv.previous && mv.previous->minutes) {
        // The minutes are a paper of this item: they sit in the previous meeting's folder.
        e.link_href = "../" + mv.previous->info.date.iso() + "/minutes.html";
        e.link_text = std::string(mv.previous->minutes->confirmed ? "Minutes" : "Draft minutes") +
                      " of the meeting held on " + mv.previous->info.date.day_month_year();
      }
    } else if (entry.withheld) {
      e.title = entry.title;
      e.description = exempt_citation(entry.paragraph);
    } else {
      e.title = entry.title;
      e.description = entry.description.source;
      e.description_pos = entry.description.pos;
      for (const auto& id : entry.report_by) e.report_by.push_back(role_or_name(site, id));
      e.exempt_reason = entry.exempt_reason;
      for (const Report& r : mv.reports)
        if (r.item == entry.id) {
          auto& to = r.late ? e.late_recommendations : e.recommendations;
          to.insert(to.end(), r.recommendations.begin(), r.recommendations.end());
          if (e.link_href.empty()) {
            e.link_href = "report-" + r.id + ".html";
            e.link_text = "Report: " + r.subject;
          }
        }
    }
    (entry.part == 2 ? a.part2 : a.part1).push_back(std::move(e));
  }
  return a;
}

}  // namespace panelpack
