#include "validate/inspection_loader.h"

#include <algorithm>

#include "core/safe_link.h"
#include "core/slug.h"
#include "core/suggest.h"
#include "load/map_reader.h"
#include "load/yaml_file.h"
#include "validate/references.h"

namespace panelpack {

namespace {

Recommendation read_recommendation(const YAML::Node& node, const std::string& file, Diagnostics& diags) {
  Recommendation rec;
  MapReader r(node, file, "a recommendation",
              {"id", "kind", "level", "text", "addressed_to", "response", "status"}, diags);
  rec.pos = r.pos();
  rec.id = r.text("id", true).value_or("");
  rec.id_pos = r.pos("id");
  rec.kind = r.choice("kind", true, {"recommendation", "area-for-improvement"}).value_or("recommendation");
  if (r.has("level")) {
    if (rec.kind != "area-for-improvement")
      diags.error(r.pos("level"), "a level is given for recommendation " + rec.id +
                                      " (the inspectorate grades only areas for improvement)",
                  "remove 'level', or write 'kind: area-for-improvement'");
    else
      rec.level = r.integer("level", false, 1, 3, "the inspectorate grades areas for improvement at level 1, 2 or 3");
  }
  rec.text = r.text("text", true).value_or("");
  rec.addressed_to = r.choice("addressed_to", true, addressees()).value_or("");
  rec.response = r.text("response", false).value_or("");
  rec.status = r.choice("status", false, action_statuses()).value_or("");
  if (!rec.response.empty() && rec.status.empty() && r.ok())
    diags.error(r.key_pos("response"), "the response to " + rec.id + " has no status",
                "add 'status:' with one of: planned, in progress, complete, no action");
  return rec;
}

}  // namespace

std::optional<Inspection> load_inspection(const FileSystem& fs, const std::string& path, const std::string& shown_as,
                                          const Site& site, Diagnostics& diags) {
  auto yaml = load_yaml(fs, path, shown_as, diags);
  if (!yaml) return std::nullopt;
  Inspection in;
  in.file = shown_as;
  MapReader r(*yaml, shown_as, "the inspection",
              {"reference", "title", "published", "type", "forces", "report_url", "findings", "recommendations",
               "responses", "response", "chief_constable", "response_published", "copied_to", "signed_by", "public",
               "meeting", "item"},
              diags);
  if (!r.ok()) return std::nullopt;
  in.pos = r.pos();
  in.reference = r.text("reference", true).value_or("");
  in.title = r.text("title", true).value_or("");
  in.published = r.date("published", true).value_or(Date{});
  in.published_pos = r.pos("published");
  in.type = r.choice("type", true, inspection_types()).value_or("other");
  in.forces = r.text_list("forces", false);
  in.report_url = r.text("report_url", false).value_or("");
  if (!in.report_url.empty() && (link_scheme(in.report_url) != "https" || !safe_link(in.report_url))) {
    diags.error(r.pos("report_url"), "the report address " + in.report_url + " is not an https address",
                "give the inspectorate's page for the report, e.g. "
                "'report_url: https://hmicfrs.justiceinspectorates.gov.uk/publications/…'");
    in.report_url.clear();
  }
  in.findings = {r.text("findings", false).value_or(""), r.pos("findings")};
  in.response = {r.text("response", false).value_or(""), r.pos("response")};
  in.chief_constable = {r.text("chief_constable", false).value_or(""), r.pos("chief_constable")};
  if (!r.has("response")) r.missing("response", "write the commissioner's response to the report under 'response:'");
  in.response_published = r.date("response_published", false);
  if (in.response_published && r.has("published") && *in.response_published < in.published)
    diags.error(r.pos("response_published"),
                "the response is dated " + in.response_published->iso() + ", before the report was published on " +
                    in.published.iso(),
                "correct 'response_published' or 'published'");
  in.copied_to = r.text_list("copied_to", false);
  in.signed_by = r.text("signed_by", false).value_or("");
  check_person(site, in.signed_by, r.pos("signed_by"), diags);
  in.is_public = r.boolean("public", false).value_or(true);
  in.meeting = r.text("meeting", false).value_or("");
  in.meeting_pos = r.pos("meeting");
  in.item = r.text("item", false).value_or("");
  in.item_pos = r.pos("item");
  if (in.meeting.empty() != in.item.empty())
    diags.error(r.key_pos(in.meeting.empty() ? "item" : "meeting"),
                "the inspection names " + std::string(in.meeting.empty() ? "an item but no meeting" : "a meeting but no item"),
                "give both 'meeting:' (the meeting folder's name) and 'item:' (the agenda item's id), or neither");

  for_each_item(r.get("recommendations"), shown_as, "'recommendations'", diags, [&](const YAML::Node& node, size_t) {
    Recommendation rec = read_recommendation(node, shown_as, diags);
    for (const Recommendation& earlier : in.recommendations)
      if (!rec.id.empty() && earlier.id == rec.id) {
        diags.error(rec.id_pos, "recommendation " + rec.id + " is listed twice (first at line " +
                                    std::to_string(earlier.id_pos.line) + ")",
                    "give each recommendation and area for improvement once, with its own id");
        rec.id.clear();
        break;
      }
    if (!rec.id.empty()) in.recommendations.push_back(std::move(rec));
  });

  // Responses written apart from the recommendations, each naming one.
  for_each_item(r.get("responses"), shown_as, "'responses'", diags, [&](const YAML::Node& node, size_t) {
    MapReader rr(node, shown_as, "a response", {"recommendation", "response", "status"}, diags);
    const std::string id = rr.text("recommendation", true).value_or("");
    const std::string text = rr.text("response", true).value_or("");
    const std::string status = rr.choice("status", true, action_statuses()).value_or("");
    if (id.empty()) return;
    auto it = std::find_if(in.recommendations.begin(), in.recommendations.end(),
                           [&](const Recommendation& x) { return x.id == id; });
    if (it == in.recommendations.end()) {
      std::vector<std::string> ids;
      for (const auto& x : in.recommendations) ids.push_back(x.id);
      diags.error(rr.pos("recommendation"), "a response to recommendation " + id + ", which the inspection does not list",
                  suggestion_or(id, ids, "name a recommendation by its id from 'recommendations:'"));
      return;
    }
    if (!it->response.empty()) {
      diags.error(rr.pos("recommendation"), "a second response to recommendation " + id +
                                                " (the first is at line " + std::to_string(it->pos.line) + ")",
                  "write one response for each recommendation");
      return;
    }
    it->response = text;
    it->status = status;
  });

  for (const Recommendation& rec : in.recommendations)
    if (rec.needs_response() && rec.response.empty())
      diags.error(rec.id_pos, std::string(rec.kind == "area-for-improvement" ? "area for improvement " : "recommendation ") +
                                  rec.id + " is addressed to the " + rec.addressed_to + " but has no response",
                  "say what action has been or will be taken, or why none (Police Act 1996 s.55(5B)): "
                  "'response:' and 'status:'");
  return in;
}

std::vector<Inspection> load_inspections(const FileSystem& fs, const Site& site, const std::vector<Meeting>& meetings,
                                         Diagnostics& diags) {
  std::vector<Inspection> out;
  const std::string dir = site.inspections_dir;
  const std::string full = join_path(site.root, dir);
  if (!fs.is_dir(full)) return out;  // no inspections folder: no inspections
  auto names = fs.list(full);
  std::sort(names.begin(), names.end());
  for (const auto& name : names) {
    const std::string shown = join_path(dir, name);
    if (!(name.ends_with(".yaml") || name.ends_with(".yml"))) continue;
    if (!fs.is_file(join_path(full, name))) {
      // A folder, FIFO or dangling link by a YAML name would be skipped without a word: say so.
      std::string why = "it is not a file";
      fs.read(join_path(full, name), &why, read_limit::yaml);
      diags.error({shown, 0, 0}, "failed to read " + shown + " (" + why + ")",
                  "write each inspection in a file of its own in " + dir + " (see docs/content.md), or remove it");
      continue;
    }
    auto in = load_inspection(fs, join_path(full, name), shown, site, diags);
    if (!in) continue;
    in->id = slugify(in->reference);
    if (in->id.empty()) in->id = slugify(in->title);
    if (in->id.empty()) in->id = slugify(name.substr(0, name.rfind('.')));
    bool repeated = false;
    for (const Inspection& earlier : out)
      if (earlier.id == in->id) {
        diags.error(in->pos, "inspection " + in->reference + " is also in " + earlier.file,
                    "keep one file per inspection");
        repeated = true;
      }
    if (!in->meeting.empty()) {
      auto m = std::find_if(meetings.begin(), meetings.end(), [&](const Meeting& x) { return x.id == in->meeting; });
      if (m == meetings.end()) {
        std::vector<std::string> ids;
        for (const auto& x : meetings) ids.push_back(x.id);
        diags.error(in->meeting_pos, "unknown meeting '" + in->meeting + "'",
                    suggestion_or(in->meeting, ids, "name the meeting by its folder's name"));
      } else if (!m->item(in->item)) {
        std::vector<std::string> ids;
        for (const auto& x : m->items) ids.push_back(x.id);
        diags.error(in->item_pos, "unknown agenda item '" + in->item + "' in " + m->file,
                    suggestion_or(in->item, ids, "name the agenda item by its id"));
      }
    }
    if (!repeated) out.push_back(std::move(*in));
  }
  return out;
}

void check_inspection_clock(const std::vector<Inspection>& inspections, const Date& as_of, int warn_days,
                            Diagnostics& diags) {
  for (const Inspection& in : inspections) {
    if (in.response_published) continue;
    const Date due = response_due(in.published);
    const std::string what = "the response to inspection " + in.reference;
    const std::string rule = "56 days beginning with " + in.published.day_month_year();
    if (due < as_of)
      diags.error(in.published_pos, what + " is overdue (it was due by " + due.day_month_year() + ", " + rule + ")",
                  "publish the response and give its date as 'response_published:'");
    else if (due.serial() - as_of.serial() <= warn_days) {
      const long left = due.serial() - as_of.serial();
      diags.warning(in.published_pos, what + " falls due on " + due.day_month_year() + " (" +
                                (left == 0 ? std::string("today") : "in " + std::to_string(left) + (left == 1 ? " day" : " days")) +
                                ", " + rule + ")",
                    "publish the response and give its date as 'response_published:'");
    }
  }
}

}  // namespace panelpack
