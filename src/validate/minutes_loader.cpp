#include "validate/minutes_loader.h"

#include <algorithm>

#include "core/suggest.h"
#include "load/map_reader.h"
#include "load/yaml_file.h"
#include "validate/references.h"

namespace panelpack {

namespace {

// A list of people at the meeting: ids, or {person, role} for a role of this
// meeting only. Each is checked, and a person given twice in the minutes'
// attendance is an error.
void read_attendance(MapReader& r, const std::string& key, const Site& site, std::vector<const PersonAt*>& seen,
                     std::vector<PersonAt>& into) {
  Diagnostics& diags = r.diags();
  into = read_people_at(r, key, site);
  for (const PersonAt& p : into) {
    for (const PersonAt* q : seen)
      if (!p.person.empty() && q->person == p.person) {
        diags.error(p.pos, "'" + p.person + "' is listed twice in the attendance (" + first_at(q->pos, p.pos) + ")",
                    "list each person once: present, also present, in attendance or apologies");
        break;
      }
    seen.push_back(&p);
  }
}

Lead read_lead(MapReader& r, const Site& site) {
  Lead lead;
  lead.pos = r.pos("lead");
  YAML::Node node = r.get("lead");
  if (!node.IsDefined() || node.IsNull()) {
    r.diags().error(r.key_pos("lead"), "the action has no lead",
                    "say who will carry it out: 'lead: <person id>', or for a team 'lead: {team: Comms & Media team}'");
    return lead;
  }
  if (node.IsScalar()) {
    lead.person = node.Scalar();
    if (!site.people.count(lead.person)) {
      std::vector<std::string> ids;
      for (const auto& [id, _] : site.people) ids.push_back(id);
      r.diags().error(lead.pos, "unknown person '" + lead.person + "' as the action's lead",
                      suggestion_or(lead.person, ids,
                                    "give a person id from 'people' in panelpack.yaml, or for a team write "
                                    "'lead: {team: " + lead.person + "}'"));
    }
    return lead;
  }
  MapReader lr(node, r.file(), "the action's lead", {"team"}, r.diags());
  lead.team = lr.text("team", true).value_or("");
  return lead;
}

Action read_action(const YAML::Node& node, const std::string& file, const Site& site, Diagnostics& diags) {
  Action a;
  MapReader r(node, file, "an action", {"action", "lead", "report_back", "review"}, diags);
  a.pos = r.pos();
  a.text = r.text("action", true).value_or("");
  a.lead = read_lead(r, site);
  a.report_back = r.boolean("report_back", false).value_or(false);
  a.review = r.date("review", false);
  return a;
}

MinuteText text_of(MapReader& r, const std::string& key) { return {r.text(key, false).value_or(""), r.pos(key)}; }

}  // namespace

std::optional<Minutes> load_minutes(const FileSystem& fs, const std::string& path, const std::string& shown_as,
                                    const Site& site, const Meeting& meeting, Diagnostics& diags) {
  auto yaml = load_yaml(fs, path, shown_as, diags);
  if (!yaml) return std::nullopt;
  Minutes m;
  m.file = shown_as;
  MapReader r(*yaml, shown_as, "the minutes",
              {"present", "also_present", "in_attendance", "apologies", "substitutes", "minute_taker",
               "declarations", "minutes", "concluded", "confirmed"},
              diags);
  m.pos = r.pos();
  std::vector<const PersonAt*> seen;
  read_attendance(r, "present", site, seen, m.present);
  read_attendance(r, "also_present", site, seen, m.also_present);
  read_attendance(r, "in_attendance", site, seen, m.in_attendance);
  read_attendance(r, "apologies", site, seen, m.apologies);
  if (!r.has("present")) r.missing("present", "list who was present, the chair first: 'present: [jo-chair, …]'");
  for_each_item(r.get("substitutes"), shown_as, "'substitutes'", diags, [&](const YAML::Node& node, size_t) {
    MapReader sr(node, shown_as, "a substitute", {"person", "for"}, diags);
    Substitute s{sr.text("person", true).value_or(""), sr.text("for", true).value_or(""), sr.pos("person")};
    check_person(site, s.person, sr.pos("person"), diags);
    check_person(site, s.for_person, sr.pos("for"), diags);
    m.substitutes.push_back(std::move(s));
  });
  m.minute_taker = r.text("minute_taker", false).value_or("");
  check_person(site, m.minute_taker, r.pos("minute_taker"), diags);
  m.concluded = r.time("concluded", false).value_or("");
  m.confirmed = r.date("confirmed", false);

  // The agenda entries a minute or declaration may name.
  std::vector<std::string> ids;
  if (auto b = site.bodies.find(meeting.body); b != site.bodies.end()) ids = standing_ids(b->second);
  for (const auto& item : meeting.items) ids.push_back(item.id);
  auto check_item = [&](const std::string& id, const SourcePos& pos) {
    if (id.empty() || std::find(ids.begin(), ids.end(), id) != ids.end()) return;
    diags.error(pos, "unknown agenda item '" + id + "' in " + meeting.file,
                suggestion_or(id, ids,
                              "name the agenda item by its id: its 'id:' in meeting.yaml, its title in lower case "
                              "with hyphens, or a standing item's preset (apologies, declarations …)"));
  };

  for_each_item(r.get("declarations"), shown_as, "'declarations'", diags, [&](const YAML::Node& node, size_t) {
    MapReader dr(node, shown_as, "a declaration", {"person", "item", "interest"}, diags);
    Declaration d{dr.text("person", true).value_or(""), dr.text("item", true).value_or(""),
                  dr.text("interest", true).value_or(""), dr.pos()};
    check_person(site, d.person, dr.pos("person"), diags);
    check_item(d.item, dr.pos("item"));
    m.declarations.push_back(std::move(d));
  });

  if (!r.has("minutes")) r.missing("minutes", "write one minute per agenda item under 'minutes:'");
  for_each_item(r.get("minutes"), shown_as, "'minutes'", diags, [&](const YAML::Node& node, size_t) {
    MapReader mr(node, shown_as, "a minute", {"item", "text", "resolved", "actions"}, diags);
    Minute minute;
    minute.pos = mr.pos();
    minute.item = mr.text("item", false).value_or("");
    minute.item_pos = mr.pos("item");
    if (!mr.has("item") && mr.ok())
      diags.warning(minute.pos, "a minute names no agenda item, so it is left out of the minutes",
                    "add 'item: <id>' naming the agenda item it minutes (an item's id, or a standing item's preset)");
    check_item(minute.item, minute.item_pos);
    for (const Minute& earlier : m.minutes)
      if (!minute.item.empty() && earlier.item == minute.item) {
        diags.error(minute.item_pos, "a second minute for item '" + minute.item + "' (the first is at line " +
                                         std::to_string(earlier.item_pos.line) + ")",
                    "write everything about an item in one minute");
        break;
      }
    minute.text = text_of(mr, "text");
    for_each_item(mr.get("resolved"), shown_as, "'resolved'", diags, [&](const YAML::Node& res, size_t) {
      if (!res.IsScalar()) {
        diags.error(pos_of(shown_as, res), "expected each resolution to be text (found " + describe_node(res) + ")",
                    "write each resolution as one '- …' line under 'resolved:'");
        return;
      }
      minute.resolved.push_back({res.Scalar(), pos_of(shown_as, res)});
    });
    for_each_item(mr.get("actions"), shown_as, "'actions'", diags, [&](const YAML::Node& a, size_t) {
      minute.actions.push_back(read_action(a, shown_as, site, diags));
    });
    m.minutes.push_back(std::move(minute));
  });
  return m;
}

std::vector<ActionUpdate> load_action_updates(const FileSystem& fs, const std::string& path,
                                              const std::string& shown_as, Diagnostics& diags) {
  std::vector<ActionUpdate> updates;
  auto yaml = load_yaml(fs, path, shown_as, diags);
  if (!yaml) return updates;
  MapReader r(*yaml, shown_as, "the action updates", {"updates"}, diags);
  if (!r.has("updates")) r.missing("updates", "list the updates under 'updates:', each with 'action:' and 'update:'");
  for_each_item(r.get("updates"), shown_as, "'updates'", diags, [&](const YAML::Node& node, size_t) {
    MapReader ur(node, shown_as, "an action update", {"action", "update", "status", "closed"}, diags);
    ActionUpdate u;
    u.pos = ur.pos();
    u.action = ur.text("action", true).value_or("");
    u.action_pos = ur.pos("action");
    u.text = ur.text("update", false).value_or("");
    const std::string status = ur.choice("status", false, {"open", "closed", "superseded"}).value_or("open");
    u.status = status == "closed" ? ActionStatus::closed
               : status == "superseded" ? ActionStatus::superseded
                                        : ActionStatus::open;
    u.closed = ur.date("closed", false);
    if (ur.has("closed")) u.closed_pos = ur.pos("closed");
    if (u.closed && u.status == ActionStatus::open)
      diags.error(ur.pos("closed"), "the update gives a date closed but the status 'open'",
                  "write 'status: closed' (or 'superseded'), or remove 'closed'");
    updates.push_back(std::move(u));
  });
  return updates;
}

}  // namespace panelpack
