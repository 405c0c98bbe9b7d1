#include "kinds/agenda/agenda.h"

#include <cstdio>

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
  return it->second.role.empty() ? it->second.name : it->second.role;
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
    a.signed_role = p->role;
  }
  if (!meeting.attendees.empty()) {
    for (const auto& at : meeting.attendees) {
      const Person* p = person(at.person);
      if (!p) continue;
      a.attendees.push_back({at.role.empty() ? p->role : at.role, p->name, at.person == body.chair});
    }
  } else {
    a.membership = true;
    if (const Person* chair = person(body.chair)) a.attendees.push_back({chair->role, chair->name, true});
    for (const auto& id : body.members)
      if (const Person* p = person(id); p && id != body.chair) a.attendees.push_back({p->role, p->name, false});
  }

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
          e.recommendations.insert(e.recommendations.end(), r.recommendations.begin(), r.recommendations.end());
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
