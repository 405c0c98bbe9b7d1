#include "validate/meeting_loader.h"

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

std::optional<ExemptReason> read_exempt(MapReader& item, const std::string& what) {
  if (!item.has("exempt")) {
    item.diags().error(item.pos("part"), what + " is in Part 2 but gives no exemption",
                       "add 'exempt: {paragraph: N, reason: …}' citing one of the " + std::string(kSchedule12A));
    return std::nullopt;
  }
  MapReader r(item.get("exempt"), item.file(), "the exemption of " + what, {"paragraph", "reason", "public_title"},
              item.diags());
  if (!r.ok()) return std::nullopt;
  ExemptReason ex;
  ex.pos = r.pos();
  if (!r.has("paragraph")) {
    r.missing("paragraph", "cite one of the " + std::string(kSchedule12A));
  } else if (auto p = r.integer("paragraph", true, 1, 7, "cite one of the " + std::string(kSchedule12A))) {
    ex.paragraph = *p;
  } else {
    return std::nullopt;
  }
  const char* reason_hint =
      "add 'reason: …' saying why the public interest in keeping the information exempt outweighs the public "
      "interest in disclosing it";
  if (!r.has("reason"))
    r.missing("reason", reason_hint);
  else
    ex.reason = r.text("reason", true).value_or("");
  ex.public_title = r.text("public_title", false).value_or("Exempt item");
  if (ex.paragraph == 0 || ex.reason.empty()) return std::nullopt;
  return ex;
}

AgendaItem read_item(const YAML::Node& node, size_t index, const std::string& file, const Site& site,
                     Diagnostics& diags) {
  AgendaItem item;
  const std::string what = "agenda item " + std::to_string(index + 1);
  MapReader r(node, file, what, {"title", "description", "report_by", "part", "exempt"}, diags);
  item.pos = r.pos();
  item.title = r.text("title", true).value_or("");
  item.description = markdown(r, "description");
  item.report_by = read_people(r, "report_by", site);
  item.part = r.integer("part", false, 1, 2).value_or(1);
  if (item.part == 2) {
    item.exempt = read_exempt(r, what);
  } else if (r.has("exempt")) {
    diags.error(r.key_pos("exempt"), what + " gives an exemption but is in Part 1",
                "add 'part: 2' to take it in private, or remove 'exempt'");
  }
  return item;
}

}  // namespace

std::optional<Meeting> load_meeting(const FileSystem& fs, const std::string& path, const std::string& shown_as,
                                    const Site& site, Diagnostics& diags) {
  auto yaml = load_yaml(fs, path, shown_as, diags);
  if (!yaml) return std::nullopt;
  Meeting m;
  m.file = shown_as;
  MapReader r(*yaml, shown_as, "the meeting",
              {"body", "date", "start", "venue", "issued", "reference", "enquiries", "signed_by", "previous_meeting",
               "purpose", "public_notice", "attendees", "items"},
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
  m.venue = r.text("venue", true).value_or("");
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
  if (m.previous_meeting && date && !(*m.previous_meeting < *date))
    diags.error(r.pos("previous_meeting"), "the previous meeting " + m.previous_meeting->iso() +
                                               " is not before this meeting (" + date->iso() + ")");
  m.purpose = markdown(r, "purpose");
  m.public_notice = markdown(r, "public_notice");

  for_each_item(r.get("attendees"), shown_as, "'attendees'", diags, [&](const YAML::Node& node, size_t) {
    Attendee a;
    a.pos = pos_of(shown_as, node);
    if (node.IsScalar()) {
      a.person = node.Scalar();
    } else {
      MapReader ar(node, shown_as, "an attendee", {"person", "role"}, diags);
      a.person = ar.text("person", true).value_or("");
      a.role = ar.text("role", false).value_or("");
      a.pos = ar.pos("person");
    }
    check_person(site, a.person, a.pos, diags);
    m.attendees.push_back(std::move(a));
  });

  if (!r.has("items")) r.missing("items", "list the agenda items under 'items:'");
  for_each_item(r.get("items"), shown_as, "'items'", diags, [&](const YAML::Node& node, size_t i) {
    m.items.push_back(read_item(node, i, shown_as, site, diags));
  });
  return m;
}

}  // namespace panelpack
