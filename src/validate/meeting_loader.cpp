#include "validate/meeting_loader.h"

#include <algorithm>
#include <cctype>

#include "core/slug.h"
#include "core/suggest.h"
#include "load/map_reader.h"
#include "load/yaml_file.h"
#include "validate/references.h"

namespace panelpack {

namespace {

const char* const kSchedule12A =
    "paragraphs of Part 1 of Schedule 12A to the Local Government Act 1972: 1 individual, 2 identity of an "
    "individual, 3 financial or business affairs, 4 labour relations, 5 legal professional privilege, 6 notices, "
    "orders or directions, 7 prevention, investigation or prosecution of crime";

Markdown markdown(MapReader& r, const std::string& key) {
  Markdown md;
  md.source = r.text(key, false).value_or("");
  md.pos = r.pos(key);
  return md;
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

// A title as a reader would compare it: lower case, letters and digits only
// (spaces and punctuation dropped; other characters kept as they are), so
// "Sale of Penrith depot." and "sale of penrith  depot" are the same.
std::string folded(const std::string& s) {
  std::string out;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalnum(u)) out += static_cast<char>(std::tolower(u));
  }
  return out;
}

// The exemption of a Part 2 item. With `part_known` false (the item's 'part'
// was not valid) only the exemption's own fields are checked: whether it
// belongs with the item's part cannot be told.
std::optional<ExemptReason> read_exempt(MapReader& item, const std::string& what, const std::string& title,
                                        bool part_known = true) {
  if (!item.has("exempt")) {
    if (part_known)
      item.diags().error(item.pos("part"), what + " is in Part 2 but gives no exemption",
                         "add 'exempt: {paragraph: N, reason: …}' citing one of the " + std::string(kSchedule12A));
    return std::nullopt;
  }
  YAML::Node node = item.get("exempt");
  if (!node.IsMap()) {
    item.diags().error(item.pos("exempt"), "expected the exemption of " + what +
                                               " to be a map of 'key: value' lines (found " + describe_node(node) +
                                               ")",
                       node.IsScalar() && node.Scalar().size() == 1 && node.Scalar()[0] >= '1' &&
                               node.Scalar()[0] <= '7'
                           ? "write 'exempt: {paragraph: " + node.Scalar() +
                                 ", reason: …}': the exemption gives the reason as well as the paragraph"
                           : "write 'exempt: {paragraph: N, reason: …}', citing one of the " +
                                 std::string(kSchedule12A));
    return std::nullopt;
  }
  MapReader r(node, item.file(), "the exemption of " + what, {"paragraph", "reason", "public_title", "title_is_public"},
              item.diags());
  ExemptReason ex;
  ex.pos = r.pos();
  bool ok = true;
  if (!r.has("paragraph")) {
    r.missing("paragraph", "cite one of the " + std::string(kSchedule12A));
    ok = false;
  } else if (auto p = r.integer("paragraph", true, 1, 7, "cite one of the " + std::string(kSchedule12A))) {
    ex.paragraph = *p;
  } else {
    ok = false;
  }
  const char* reason_hint =
      "add 'reason: …' saying why the public interest in keeping the information exempt outweighs the public "
      "interest in disclosing it";
  if (r.get("reason").IsNull()) {
    item.diags().error(r.pos("reason"), "the exemption of " + what + " gives a blank 'reason'", reason_hint);
    ok = false;
  } else if (!r.has("reason")) {
    r.missing("reason", reason_hint);
    ok = false;
  } else if (auto reason = r.text("reason", true)) {
    ex.reason = *reason;
    if (blank(ex.reason)) {
      item.diags().error(r.pos("reason"), "the exemption of " + what + " gives a blank 'reason'",
                         "write why the public interest in keeping the information exempt outweighs the public "
                         "interest in disclosing it, e.g. 'reason: Commercial negotiations are under way.'");
      ok = false;
    }
  } else {
    ok = false;
  }
  const char* neutral = "e.g. 'public_title: Estates matter', or remove the line to show 'Exempt item'";
  YAML::Node public_title = r.get("public_title");
  ex.title_is_public = r.boolean("title_is_public", false).value_or(false);
  if (ex.title_is_public) {
    // Publishing the real title of an exempt item is a choice made here, in words.
    if (public_title.IsDefined()) {
      item.diags().error(r.pos("public_title"),
                         "the exemption of " + what + " gives a 'public_title' and 'title_is_public: true'",
                         "keep 'title_is_public: true' to show the item's own title in public, or the "
                         "public_title to show that instead");
      ok = false;
    }
    ex.public_title = title;
  } else if (!public_title.IsDefined()) {
    ex.public_title = "Exempt item";
  } else if (auto text = r.text("public_title", false); public_title.IsNull() || (text && blank(*text))) {
    item.diags().error(r.pos("public_title"), "the exemption of " + what + " gives a blank 'public_title'",
                       std::string("write the neutral title the public agenda shows, ") + neutral);
    ok = false;
  } else if (text && !blank(title) && folded(*text) == folded(title)) {
    item.diags().error(r.pos("public_title"),
                       "the public title of " + what + " is the item's own title (the public agenda would show it)",
                       "give a neutral title that reveals nothing exempt, e.g. 'public_title: Estates matter', or, "
                       "if the title itself may be published, write 'title_is_public: true' in its place");
    ok = false;
  } else if (text) {
    ex.public_title = *text;
  } else {
    ok = false;
  }
  if (!ok) return std::nullopt;
  return ex;
}

// A text of the meeting file, placed at its key (an alias's value carries
// the position of its anchor, so the key is where the reader wrote it).
struct PlacedText {
  std::string what;  // "the purpose", "the description of item 2, 'Budget'"
  int item = -1;     // its agenda item (0-based), -1 for the meeting's own
  std::string key;
  YAML::Node value;
  SourcePos pos;
};

// The value of `key` in `map`; a null node when there is none (yaml-cpp's
// operator[] gives a node that throws when it is looked at).
YAML::Node child(const YAML::Node& map, const std::string& key) {
  if (map.IsMap())
    for (const auto& kv : map)
      if (kv.first.IsScalar() && kv.first.Scalar() == key) return kv.second;
  return YAML::Node();
}

void add_text(std::vector<PlacedText>& out, const YAML::Node& map, const std::string& key, const std::string& what,
              int item, const std::string& file) {
  if (!map.IsMap()) return;
  for (const auto& kv : map)
    if (kv.first.IsScalar() && kv.first.Scalar() == key && kv.second.IsScalar() && !blank(kv.second.Scalar()))
      out.push_back({what, item, key, kv.second, pos_of(file, kv.first)});
}

// Text published in Part 1 (the purpose, the notice, Part 1 items, the public
// title of a Part 2 item) that is the very text of a Part 2 item (its title,
// description or reason), by a YAML alias or by copying, would show exempt
// text in the public papers: a warning naming both places.
void warn_public_repeats_exempt(const YAML::Node& root, const std::string& file, const std::vector<int>& numbers,
                                Diagnostics& diags) {
  std::vector<PlacedText> open, exempt;
  add_text(open, root, "purpose", "the purpose", -1, file);
  add_text(open, root, "public_notice", "the public notice", -1, file);
  const YAML::Node items = child(root, "items");
  if (!items.IsSequence()) return;
  for (size_t i = 0; i < items.size(); ++i) {
    const YAML::Node item = items[i];
    if (!item.IsMap()) continue;
    const int n = static_cast<int>(i);
    const YAML::Node title = child(item, "title");
    const std::string what = item_name(i < numbers.size() ? numbers[i] : n + 1, title.IsScalar() ? title.Scalar() : "");
    const YAML::Node part = child(item, "part");
    if (part.IsScalar() && part.Scalar() == "2") {
      const YAML::Node public_flag = child(child(item, "exempt"), "title_is_public");
      const bool title_is_public = public_flag.IsScalar() && (public_flag.Scalar() == "true" || public_flag.Scalar() == "yes");
      if (title_is_public)
        add_text(open, item, "title", "the title of " + what, n, file);
      else
        add_text(exempt, item, "title", "the title of " + what, n, file);
      add_text(exempt, item, "description", "the description of " + what, n, file);
      add_text(exempt, child(item, "exempt"), "reason", "the exemption reason of " + what, n, file);
      add_text(open, child(item, "exempt"), "public_title", "the public title of " + what, n, file);
    } else {
      add_text(open, item, "title", "the title of " + what, n, file);
      add_text(open, item, "description", "the description of " + what, n, file);
    }
  }
  for (const auto& p : open)
    for (const auto& x : exempt) {
      if (p.key == "public_title" && x.key == "title" && p.item == x.item) continue;  // an error of its own
      if (!p.value.is(x.value) && folded(p.value.Scalar()) != folded(x.value.Scalar())) continue;
      diags.warning(p.pos,
                    p.what + " is the text of " + x.what + ", which is exempt (Part 2, line " +
                        std::to_string(x.pos.line) + ")",
                    "the public papers would show it: write " + p.what + " in words of its own");
      break;
    }
}

// The part an item node says it is in, as far as can be told before it is
// read (1 when 'part' is missing or not 1 or 2).
int part_of(const YAML::Node& node) {
  if (!node.IsMap()) return 1;
  YAML::Node part = node["part"];
  return part.IsDefined() && part.IsScalar() && part.Scalar() == "2" ? 2 : 1;
}

// The number each item of `items` is printed with: the body's opening
// standing items come first, then Part 1 items, the closing standing items,
// and Part 2 items (as the timeline numbers them).
std::vector<int> printed_numbers(const YAML::Node& items, const Body* body) {
  std::vector<int> numbers;
  if (!items.IsSequence()) return numbers;
  const int opening = body ? static_cast<int>(body->opening_items.size()) : 0;
  const int closing = body ? static_cast<int>(body->closing_items.size()) : 0;
  int part1 = 0;
  for (const auto& node : items) part1 += part_of(node) == 1;
  int next1 = opening, next2 = opening + part1 + closing;
  for (const auto& node : items) numbers.push_back(part_of(node) == 1 ? ++next1 : ++next2);
  return numbers;
}

AgendaItem read_item(const YAML::Node& node, int number, const std::string& file, const Site& site,
                     Diagnostics& diags) {
  AgendaItem item;
  YAML::Node title_node = node.IsMap() ? node["title"] : YAML::Node();
  const std::string what =
      item_name(number, title_node.IsDefined() && title_node.IsScalar() ? title_node.Scalar() : "");
  MapReader r(node, file, what, {"id", "title", "description", "report_by", "part", "exempt", "status"},
              diags);
  item.pos = r.pos();
  if (auto title = r.text("title", true)) {
    item.title = *title;
    if (blank(item.title))
      diags.error(r.pos("title"), what + " gives a blank 'title'",
                  "write the title the agenda prints, e.g. 'title: Budget monitoring'");
  }
  if (auto id = r.text("id", false)) {
    if (std::string why = slug_problem(*id); !why.empty())
      diags.error(r.pos("id"), "the id '" + *id + "' of " + what + " is not a slug (" + why + ")",
                  "write ids in lower-case letters, digits and hyphens, e.g. 'id: " +
                      (slugify(*id).empty() ? std::string("victim-services") : slugify(*id)) + "'");
    else if (id->rfind("withheld-", 0) == 0)
      diags.error(r.pos("id"), "the id '" + *id + "' of " + what + " begins with 'withheld-' (reserved)",
                  "choose another id: the public edition calls an exempt item 'withheld-<number>'");
    else
      item.id = *id;
    item.id_pos = r.pos("id");
    item.id_given = true;
  } else {
    item.id = slugify(item.title);
    if (item.id.empty()) item.id = "item-" + std::to_string(number);
    item.id_pos = r.has("title") ? r.pos("title") : r.pos();
  }
  item.description = markdown(r, "description");
  item.report_by = read_people(r, "report_by", site);
  if (auto status = r.choice("status", false, {"to-follow", "late", "withdrawn", "deferred"})) {
    if (*status == "to-follow") item.status = ItemStatus::to_follow;
    if (*status == "late") item.status = ItemStatus::late;
    if (*status == "withdrawn") item.status = ItemStatus::withdrawn;
    if (*status == "deferred") item.status = ItemStatus::deferred;
    item.status_pos = r.pos("status");
  }
  const bool part_given = r.has("part");
  const auto part = r.integer("part", false, 1, 2,
                              "write 'part: 1' for an item taken in public or 'part: 2' for one taken in private "
                              "(with 'exempt')");
  item.part = part.value_or(1);
  if (part_given && !part) {
    // Which part was meant is unknown: check the exemption's own fields only.
    if (r.has("exempt")) read_exempt(r, what, item.title, false);
  } else if (item.part == 2) {
    item.exempt = read_exempt(r, what, item.title);
  } else if (r.has("exempt")) {
    diags.error(r.key_pos("exempt"), what + " gives an exemption but is in Part 1",
                "add 'part: 2' to take it in private, or remove 'exempt'");
  }
  return item;
}

// status, reason, new_date, next_meeting and publish: whether and where the
// meeting takes place, and whether the public may see it yet.
void read_status(MapReader& r, Meeting& m, const std::optional<Date>& date) {
  Diagnostics& diags = r.diags();
  if (auto status = r.choice("status", false, {"scheduled", "postponed", "cancelled"}))
    m.status = *status == "postponed" ? MeetingStatus::postponed
               : *status == "cancelled" ? MeetingStatus::cancelled
                                        : MeetingStatus::scheduled;
  const bool moved = m.status != MeetingStatus::scheduled;
  if (auto reason = r.text("reason", false)) {
    if (!moved)
      diags.error(r.key_pos("reason"), "the meeting gives a 'reason' but is not postponed or cancelled",
                  "add 'status: postponed' or 'status: cancelled', or remove 'reason'");
    else if (blank(*reason))
      diags.error(r.pos("reason"), "the meeting gives a blank 'reason'",
                  "say why, as the public is told, e.g. 'reason: The venue is unavailable.'");
    m.status_reason = *reason;
  }
  m.new_date = r.date("new_date", false);
  if (m.new_date && m.status != MeetingStatus::postponed)
    diags.error(r.key_pos("new_date"), "the meeting gives a 'new_date' but is not postponed",
                "add 'status: postponed', or remove 'new_date'");
  else if (m.new_date && date && !(*date < *m.new_date))
    diags.error(r.pos("new_date"), "the new date " + m.new_date->iso() + " is not after the meeting (" + date->iso() + ")",
                "a postponed meeting moves to a later date");
  if (r.has("next_meeting")) {
    MapReader n(r.get("next_meeting"), r.file(), "the next meeting", {"date", "start", "venue"}, diags);
    NextMeeting next;
    next.pos = n.pos();
    auto d = n.date("date", true);
    next.start = n.time("start", false).value_or("");
    next.venue = n.text("venue", false).value_or("");
    if (d && date && !(*date < *d))
      diags.error(n.pos("date"), "the next meeting " + d->iso() + " is not after this meeting (" + date->iso() + ")",
                  "give the date the body meets next, e.g. 'next_meeting: {date: " + date->add_days(28).iso() +
                      ", start: \"10:00\", venue: …}'");
    else if (d) {
      next.date = *d;
      m.next_meeting = next;
    }
  }
  m.publish = r.boolean("publish", false).value_or(true);
}

// 'attendees' (who attends, in place of the body's membership) and
// 'in_attendance' (who attends besides it). Each person once across both,
// and no member of the body in attendance: the membership lists them.
void read_attendance(MapReader& r, const Site& site, Meeting& m, Diagnostics& diags) {
  m.attendees = read_people_at(r, "attendees", site);
  m.in_attendance = read_people_at(r, "in_attendance", site);
  std::vector<std::pair<const Attendee*, const char*>> seen;
  for (const auto& [list, key] : {std::pair{&m.attendees, "attendees"}, std::pair{&m.in_attendance, "in_attendance"}})
    for (const Attendee& a : *list) {
      if (a.person.empty()) continue;
      auto first = std::find_if(seen.begin(), seen.end(), [&](const auto& s) { return s.first->person == a.person; });
      if (first != seen.end()) {
        const std::string where = first_at(first->first->pos, a.pos);
        if (first->second == std::string(key))
          diags.error(a.pos, "'" + a.person + "' is listed twice in '" + key + "' (" + where + ")",
                      "remove one of them; give a role for this meeting with '- {person: " + a.person + ", role: …}'");
        else
          diags.error(a.pos, "'" + a.person + "' is listed in both 'attendees' and 'in_attendance' (" + where + ")",
                      "list each person once: 'attendees' replaces the body's membership, 'in_attendance' adds to it");
        continue;
      }
      seen.push_back({&a, key});
    }
  auto body = site.bodies.find(m.body);
  if (body == site.bodies.end()) return;
  const Body& b = body->second;
  for (const Attendee& a : m.in_attendance)
    if (!a.person.empty() &&
        (a.person == b.chair || std::find(b.members.begin(), b.members.end(), a.person) != b.members.end()))
      diags.error(a.pos, "'" + a.person + "' is in 'in_attendance' but is a member of body '" + b.id +
                             "' (the agenda lists the members under 'Membership')",
                  "remove '" + a.person + "' from 'in_attendance': it lists those attending who are not members");
}

}  // namespace

std::optional<Meeting> load_meeting(const FileSystem& fs, const std::string& path, const std::string& shown_as,
                                    const Site& site, Diagnostics& diags) {
  auto yaml = load_yaml(fs, path, shown_as, diags);
  if (!yaml) return std::nullopt;
  Meeting m;
  m.file = shown_as;
  MapReader r(*yaml, shown_as, "the meeting",
              {"body", "date", "start", "venue", "issued", "reference", "enquiries", "signed_by", "previous_meeting", "first_minute",
               "status", "reason", "new_date", "next_meeting", "publish", "purpose", "public_notice", "attendees",
               "in_attendance", "items"},
              diags);
  m.pos = r.pos();
  for (const auto& kv : *yaml) m.field_pos[kv.first.Scalar()] = r.pos(kv.first.Scalar());
  if (auto body = r.text("body", true)) {
    if (site.bodies.count(*body)) {
      m.body = *body;
    } else {
      std::vector<std::string> ids;
      for (const auto& [k, _] : site.bodies) ids.push_back(k);
      diags.error(r.pos("body"), "unknown body '" + *body + "'", suggestion(*body, ids));
    }
  }
  auto date = r.date("date", true);
  if (date) m.date = *date;
  m.start = r.time("start", true).value_or("");
  if (auto venue = r.text("venue", true)) {
    m.venue = *venue;
    if (blank(m.venue))
      diags.error(r.pos("venue"), "the meeting gives a blank 'venue'",
                  "write where the meeting is held, e.g. 'venue: County Hall, Exampletown'");
  }
  m.issued = r.date("issued", false);
  if (m.issued && date && !(*m.issued < *date))
    diags.error(r.pos("issued"), "the date of issue " + m.issued->iso() + " is not before the meeting (" +
                                     date->iso() + ")");
  m.reference = r.text("reference", false).value_or("");
  m.enquiries = r.text("enquiries", false).value_or("");
  check_person(site, m.enquiries, r.pos("enquiries"), diags);
  m.signed_by = r.text("signed_by", false).value_or("");
  check_person(site, m.signed_by, r.pos("signed_by"), diags);
  m.previous_meeting = r.date("previous_meeting", false);
  m.first_minute = r.integer("first_minute", false, 1, 9999,
                             "give the number of this meeting's first minute, e.g. 'first_minute: 40'");
  if (m.previous_meeting && date && !(*m.previous_meeting < *date))
    diags.error(r.pos("previous_meeting"), "the previous meeting " + m.previous_meeting->iso() +
                                               " is not before this meeting (" + date->iso() + ")");
  read_status(r, m, date);
  m.purpose = markdown(r, "purpose");
  m.public_notice = markdown(r, "public_notice");

  read_attendance(r, site, m, diags);

  if (!r.has("items")) r.missing("items", "list the agenda items under 'items:'");
  auto body = site.bodies.find(m.body);
  const std::vector<int> numbers = printed_numbers(r.get("items"), body == site.bodies.end() ? nullptr : &body->second);
  std::vector<int> item_numbers;
  for_each_item(
      r.get("items"), shown_as, "'items'", diags,
      [&](const YAML::Node& node, size_t i) {
        const int number = i < numbers.size() ? numbers[i] : static_cast<int>(i) + 1;
        m.items.push_back(read_item(node, number, shown_as, site, diags));
        item_numbers.push_back(number);
      },
      "write each agenda item on its own line starting '  - title: …' below 'items:'");
  for (size_t i = 0; i < m.items.size(); ++i)
    for (size_t j = 0; j < i; ++j)
      if (!m.items[i].id.empty() && m.items[i].id == m.items[j].id) {
        diags.error(m.items[i].id_pos,
                    item_name(item_numbers[i], m.items[i].title) + " has the id '" + m.items[i].id + "'" +
                        (m.items[i].id_given ? "" : " (made from its title)") + ", as " +
                        item_name(item_numbers[j], m.items[j].title) + " has",
                    "give one of them an id of its own with 'id: …' (ids join minutes, reports and annexes to "
                    "their item)");
        break;
      }
  warn_public_repeats_exempt(*yaml, shown_as, numbers, diags);
  return m;
}

}  // namespace panelpack
