#include "kinds/annex/annex_kind.h"

#include "core/suggest.h"
#include "kinds/annex/annex_document.h"
#include "kinds/person_line.h"
#include "render/markdown.h"

namespace panelpack {

namespace {

// annex.yaml's 'meeting:' must be the meeting whose folder holds it.
void check_meeting(const annex::AnnexSpec& spec, const Scope& scope, const AudienceView& view, Diagnostics& diags) {
  if (spec.meeting.empty() || spec.meeting == scope.meeting) return;
  std::vector<std::string> ids;
  for (const auto& m : view.meetings()) ids.push_back(m.info.id);
  if (view.meeting(spec.meeting))
    diags.error(spec.meeting_pos,
                "the annex names meeting '" + spec.meeting + "' but lies in the folder of meeting '" + scope.meeting +
                    "'",
                "move annex.yaml to the folder of meeting '" + spec.meeting + "', or write 'meeting: " +
                    scope.meeting + "'");
  else
    diags.error(spec.meeting_pos, "unknown meeting '" + spec.meeting + "'",
                suggestion_or(spec.meeting, ids,
                              "write the name of the meeting's folder, 'meeting: " + scope.meeting + "'"));
}

// The entry annex.yaml's 'item:' names in `meeting`; nullptr when it names
// none (an error), or names an item this audience does not see.
const EntryView* paper_item(const annex::AnnexSpec& spec, const MeetingView& meeting, Diagnostics& diags) {
  if (const EntryView* e = meeting.entry(spec.item)) return e;
  if (meeting.withholds(spec.item)) return nullptr;
  std::vector<std::string> ids;
  for (const auto& e : meeting.entries)
    if (!e.withheld) ids.push_back(e.id);
  const std::string hint = suggestion_or(spec.item, ids,
                                        "give the id of one of the meeting's agenda items (its 'id:', or its title "
                                        "in lower case with hyphens, as docs/content.md explains)");
  diags.error(spec.item_pos, "unknown agenda item '" + spec.item + "' in meeting '" + meeting.info.id + "'", hint);
  return nullptr;
}

// The cover block of the annex paper, standalone and in the pack: the body,
// the meeting, the agenda item it is the paper for (its printed number) and
// who reports it (the item's report_by).
nlohmann::json cover(const Site& site, const MeetingView& meeting, const EntryView* item) {
  nlohmann::json c;
  const auto body = site.bodies.find(meeting.info.body);
  c["body"] = body != site.bodies.end() ? body->second.name : meeting.info.body;
  c["meeting"] = meeting.info.date.long_uk() + (meeting.info.start.empty() ? "" : ", " + meeting.info.start);
  c["has_item"] = item != nullptr;
  if (item) {
    c["item"] = "Item " + std::to_string(item->number) + ", " + item->title;
    std::string by;
    for (const auto& id : item->report_by) {
      by += (by.empty() ? "" : "; ") + person_line(site, id);
    }
    c["author"] = by;
    c["has_author"] = !by.empty();
  }
  return c;
}

}  // namespace

namespace {
// The annex of a meeting, computed; nullptr when the meeting has none or its
// spec or data have errors.
struct PreparedAnnex {
  std::unique_ptr<annex::AnnexDocument> annex;
  std::string shown;  // annex.yaml as shown in messages
};
}  // namespace

Prepared prepare_annex(const KindContext& ctx, const Scope& scope, Diagnostics& diags) {
  const Site& site = ctx.site;
  const std::string shown = join_path(join_path(site.meetings_dir, scope.meeting), "annex.yaml");
  if (!ctx.fs.is_file(join_path(site.root, shown))) return nullptr;
  auto markdown = [&](const std::string& md, const SourcePos& pos) { return markdown_to_paper(md, pos, diags); };
  const int errors = diags.error_count();
  auto prepared = std::make_shared<PreparedAnnex>();
  prepared->shown = shown;
  prepared->annex = annex::build_annex(ctx.fs, join_path(site.root, shown), shown, site.root, site.data_dir,
                                       site.language, markdown, diags);
  if (!prepared->annex || diags.error_count() > errors) return nullptr;
  return prepared;
}

void plan_annex(const KindContext& ctx, const AudienceView& view, const Scope& scope, const Prepared& prepared,
                std::vector<Document>& out, Diagnostics& diags) {
  if (!prepared) return;
  const auto& [annex, shown] = *static_cast<const PreparedAnnex*>(prepared.get());
  const MeetingView* meeting = view.meeting(scope.meeting);
  if (!meeting) return;
  const int errors = diags.error_count();
  check_meeting(annex->spec, scope, view, diags);
  const EntryView* item = annex->spec.item.empty() ? nullptr : paper_item(annex->spec, *meeting, diags);
  if (diags.error_count() > errors || (!annex->spec.item.empty() && !item)) return;
  Document doc = ctx.meeting_document(view, *meeting, "annex", "annex");
  doc.item = item ? item->id : "";
  doc.label = annex->title;
  const auto body = ctx.site.bodies.find(meeting->info.body);
  doc.title = annex->title + ", " + (body != ctx.site.bodies.end() ? body->second.title + ", " : std::string()) +
              meeting->info.date.day_month_year();
  doc.page_title = annex->title + ", " + meeting->info.date.day_month_year();
  doc.subject = "Performance annex";
  doc.source = shown;
  doc.data_file = "annex.json";
  const nlohmann::json also = {{"cover", cover(ctx.site, *meeting, item)}};
  ctx.render(doc, "annex", annex->view, diags, &also);
  doc.extras.emplace_back("annex.json", annex->open_data);
  out.push_back(std::move(doc));
}

}  // namespace panelpack
