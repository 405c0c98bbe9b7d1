#include "kinds/inspection/inspection_kind.h"

#include "core/csv_field.h"
#include "kinds/person_line.h"
#include "render/markdown.h"

namespace panelpack {

using nlohmann::json;

namespace {

std::string markdown(const Markdown& m, Diagnostics& diags) {
  return m.empty() ? "" : markdown_to_paper(m.source, m.pos, diags);
}

std::string level_text(const Recommendation& r) {
  return r.level ? "Level " + std::to_string(*r.level) : "";
}

// Short enough for a page title (70 characters): the inspection's own title
// is in the letter's heading block.
std::string letter_title(const Inspection& in) {
  std::string t = "Response to HMICFRS inspection " + in.reference;
  if (t.size() > 70) {
    size_t cut = 67;
    while (cut > 0 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    t = t.substr(0, cut) + "...";
  }
  return t;
}

json letter_view(const KindContext& ctx, const Inspection& in, Diagnostics& diags) {
  const Site& site = ctx.site;
  json v;
  v["lang"] = site.language;
  v["office"] = site.organisation.name;
  v["reference"] = in.reference;
  v["title"] = in.title;
  v["published"] = in.published.day_month_year();
  v["type"] = type_label(in.type);
  v["due"] = response_due(in.published).day_month_year();
  std::string forces;
  for (size_t i = 0; i < in.forces.size(); ++i)
    forces += (i == 0 ? "" : i + 1 == in.forces.size() ? " and " : ", ") + in.forces[i];
  v["forces"] = forces;
  v["report_url"] = in.report_url;
  v["findings_html"] = markdown(in.findings, diags);
  json afis = json::array(), recs = json::array();
  for (const Recommendation& r : in.recommendations) {
    json j{{"id", r.id},
           {"kind", kind_label(r.kind)},
           {"level", level_text(r)},
           {"text", r.text},
           {"addressed_to", r.addressed_to},
           {"response", r.response},
           {"status", r.status},
           {"has_response", !r.response.empty()}};
    (r.kind == "area-for-improvement" ? afis : recs).push_back(j);
  }
  v["afis"] = afis;
  v["recommendations"] = recs;
  v["has_afis"] = !afis.empty();
  v["has_recommendations"] = !recs.empty();
  v["response_html"] = markdown(in.response, diags);
  v["chief_constable_html"] = markdown(in.chief_constable, diags);
  v["signed_by"] = in.signed_by.empty() ? "" : person_line(site, in.signed_by);
  v["response_published"] = in.response_published ? in.response_published->day_month_year() : "";
  json copied = json::array();
  for (const auto& c : in.copied_to) copied.push_back(c);
  v["copied_to"] = copied;
  v["has_copied_to"] = !copied.empty();
  v["not_for_publication"] = !in.is_public;
  // A published response is on time or late by its own date alone.
  v["response_state"] = in.response_published ? (response_state(in, *in.response_published) == ResponseState::on_time
                                                     ? "on time"
                                                     : "late")
                                              : "";
  return v;
}

Document letter_document(const KindContext& ctx, const Inspection& in, Document doc, Diagnostics& diags) {
  doc.label = "Response to HMICFRS inspection " + in.reference;
  doc.title = letter_title(in);
  doc.subject = "Response to an HMICFRS inspection";
  doc.source = in.file;
  doc.date = in.response_published.value_or(in.published);
  ctx.render(doc, "inspection-response", letter_view(ctx, in, diags), diags);
  return doc;
}

Document site_document(const KindContext& ctx, const AudienceView& view, const std::string& kind,
                       const std::string& name) {
  Document doc;
  doc.kind = kind;
  doc.name = name;
  doc.audience = view.audience();
  doc.stem = std::string(audience_name(view.audience())) + "/inspections/" + name;
  doc.root = "../";
  doc.language = ctx.site.language;
  doc.author = ctx.site.organisation.name;
  doc.crumbs = {"Inspection responses"};
  return doc;
}

}  // namespace

Date inspections_as_at(const AudienceView& view, const Date& fallback) {
  std::optional<Date> latest;
  for (const MeetingView& m : view.meetings())
    if (!latest || *latest < m.info.date) latest = m.info.date;
  return latest.value_or(fallback);
}

std::string recommendations_csv(const std::vector<Inspection>& inspections) {
  std::string csv = "inspection,id,kind,level,addressed_to,status,action,published,response_due,response_published\n";
  for (const Inspection& in : inspections)
    for (const Recommendation& r : in.recommendations)
      csv += csv_field(in.reference) + "," + csv_field(r.id) + "," + r.kind + "," +
             (r.level ? std::to_string(*r.level) : "") + "," + r.addressed_to + "," + csv_field(r.status) + "," +
             csv_field(r.response) + "," + in.published.iso() + "," + response_due(in.published).iso() + "," +
             (in.response_published ? in.response_published->iso() : "") + "\n";
  return csv;
}

void plan_inspections(const KindContext& ctx, const AudienceView& view, const Scope&, const Prepared&,
                      std::vector<Document>& out, Diagnostics& diags) {
  const auto& inspections = view.inspections();
  if (inspections.empty()) return;
  Date earliest = inspections.front().published;
  for (const Inspection& in : inspections)
    if (in.published < earliest) earliest = in.published;
  const Date as_at = inspections_as_at(view, earliest);

  json rows = json::array(), data = json::array();
  for (const Inspection& in : inspections) {
    Document doc = letter_document(ctx, in, site_document(ctx, view, "inspection", in.id), diags);
    doc.crumbs.push_back(in.reference);
    out.push_back(std::move(doc));
    const Date due = response_due(in.published);
    const ResponseState state = response_state(in, as_at);
    rows.push_back({{"reference", in.reference},
                    {"title", in.title},
                    {"href", in.id + ".html"},
                    {"type", type_label(in.type)},
                    {"published", in.published.day_month_year()},
                    {"due", due.day_month_year()},
                    {"status", state_label(state)},
                    {"response_published", in.response_published ? in.response_published->day_month_year() : ""},
                    {"report_url", in.report_url}});
    for (const Recommendation& r : in.recommendations)
      data.push_back({{"inspection", in.reference},
                      {"id", r.id},
                      {"kind", r.kind},
                      {"level", r.level ? json(*r.level) : json(nullptr)},
                      {"addressed_to", r.addressed_to},
                      {"status", r.status},
                      {"action", r.response},
                      {"published", in.published.iso()},
                      {"response_due", due.iso()},
                      {"response_published", in.response_published ? json(in.response_published->iso()) : json(nullptr)}});
  }

  Document index = site_document(ctx, view, "inspection-index", "index");
  index.crumbs.clear();
  index.label = "Inspection responses";
  index.title = "Responses to HMICFRS inspections";
  index.subject = "Inspection responses";
  index.source = ctx.site.inspections_dir;
  index.date = as_at;
  json v;
  v["lang"] = ctx.site.language;
  v["office"] = ctx.site.organisation.name;
  v["as_at"] = as_at.day_month_year();
  v["inspections"] = rows;
  ctx.render(index, "inspection-index", v, diags);
  index.extras.emplace_back("recommendations.csv", recommendations_csv(inspections));
  index.extras.emplace_back("recommendations.json", data.dump(2) + "\n");
  index.data_file = "recommendations.csv";
  out.push_back(std::move(index));
}

void plan_inspection_papers(const KindContext& ctx, const AudienceView& view, const Scope& scope, const Prepared&,
                            std::vector<Document>& out, Diagnostics& diags) {
  const MeetingView* meeting = view.meeting(scope.meeting);
  if (!meeting) return;
  for (const Inspection& in : view.inspections()) {
    if (in.meeting != scope.meeting || !meeting->entry(in.item)) continue;  // not here, or a withheld item
    Document doc = letter_document(ctx, in, ctx.meeting_document(view, *meeting, "inspection", "inspection-" + in.id), diags);
    doc.item = in.item;
    out.push_back(std::move(doc));
  }
}

}  // namespace panelpack
