#include "compute/agenda.h"

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

Agenda compute_agenda(const Project& project, const Meeting& meeting, Audience audience, Diagnostics& diags) {
  const Site& site = project.site;
  const Body& body = site.bodies.at(meeting.body);
  Agenda a;
  a.meeting = &meeting;
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
    diags.warning(meeting.field_pos.count("issued") ? meeting.field_pos.at("issued") : meeting.pos,
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

  std::string previous_long, previous_short, next_text;
  std::optional<Date> previous_date = meeting.previous_meeting;
  if (const Meeting* prev = project.previous(meeting)) previous_date = prev->date;
  if (previous_date) {
    previous_long = previous_date->long_uk();
    previous_short = previous_date->day_month_year();
  }
  if (const Meeting* next = project.next(meeting))
    next_text = next->date.long_uk() + " at " + display_time(next->start, body.twelve_hour_clock) + " at " + next->venue;
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

  int number = 0;
  auto add_standing = [&](const std::vector<StandingItem>& items) {
    for (const auto& s : items) {
      std::string description = s.description;
      if (s.preset == "previous-minutes" && previous_long.empty()) {
        diags.error(meeting.pos, "no previous meeting of '" + body.id + "' before " + meeting.date.iso() +
                                     " (the standing item 'previous-minutes' needs one)",
                    "add that meeting's folder, or give 'previous_meeting: YYYY-MM-DD' in " + meeting.file);
      }
      if (s.preset == "next-meeting" && next_text.empty()) description = "To note the date of the next meeting.";
      AgendaEntry e;
      e.number = ++number;
      e.title = fill_fields(s.title, fields);
      e.description = fill_fields(description, fields);
      e.description_pos = s.pos;
      e.standing = true;
      a.part1.push_back(std::move(e));
    }
  };
  auto add_item = [&](const AgendaItem& item, std::vector<AgendaEntry>& into) {
    AgendaEntry e;
    e.number = ++number;
    e.paragraph = item.exempt ? item.exempt->paragraph : 0;
    if (item.part == 2 && audience == Audience::public_) {
      // Nothing of the item but its number, a neutral title and the citation.
      e.withheld = true;
      e.title = item.exempt ? item.exempt->public_title : "Exempt item";
      e.description = exempt_citation(e.paragraph);
    } else {
      e.title = item.title;
      e.description = item.description.source;
      e.description_pos = item.description.pos;
      for (const auto& id : item.report_by) e.report_by.push_back(role_or_name(site, id));
      if (item.exempt) e.exempt_reason = item.exempt->reason;
    }
    into.push_back(std::move(e));
  };

  add_standing(body.opening_items);
  for (const auto& item : meeting.items)
    if (item.part == 1) add_item(item, a.part1);
  add_standing(body.closing_items);
  for (const auto& item : meeting.items)
    if (item.part == 2) add_item(item, a.part2);
  return a;
}

}  // namespace panelpack
