#include "site/site_index.h"

namespace panelpack {

void write_site_index(const KindContext& ctx, const AudienceView& view, const std::vector<DocumentRecord>& records,
                      OutputSink& out, Diagnostics& diags) {
  const std::string tree = audience_name(view.audience());
  const Site& site = ctx.site;
  nlohmann::json bodies = nlohmann::json::array();
  auto paper = [&](const DocumentRecord& doc) {
    const std::string rel = doc.stem.substr(tree.size() + 1);
    const std::string folder = rel.substr(0, rel.rfind('/') + 1);
    return nlohmann::json{{"label", doc.label},
                          {"html_page", doc.html_page},
                          {"href", rel + ".html"},
                          {"pdf_href", doc.pdf_stem.substr(tree.size() + 1) + ".pdf"},
                          {"pdf_detail", attachment_detail(doc.pdf_bytes, doc.pdf_pages)},
                          {"data_href", doc.data_file.empty() ? "" : folder + doc.data_file}};
  };
  for (const auto& [id, body] : site.bodies) {
    nlohmann::json own = nlohmann::json::array();  // the body's own papers (its action log)
    for (const auto& doc : records)
      if (doc.meeting.empty() && doc.body == id && doc.audience == view.audience()) own.push_back(paper(doc));
    nlohmann::json meetings = nlohmann::json::array();
    // Newest first, as a committee page lists them.
    for (auto it = view.meetings().rbegin(); it != view.meetings().rend(); ++it) {
      if (it->info.body != id) continue;
      nlohmann::json papers = nlohmann::json::array();
      for (const auto& doc : records)
        if (doc.meeting == it->info.id && doc.audience == view.audience()) papers.push_back(paper(doc));
      meetings.push_back({{"date", it->info.date.long_uk()}, {"papers", papers}});
    }
    if (!meetings.empty() || !own.empty())
      bodies.push_back({{"id", id}, {"name", body.name}, {"meetings", meetings}, {"papers", own}, {"has_papers", !own.empty()}});
  }
  nlohmann::json v;
  for (const auto& doc : records)
    if (doc.kind == "inspection-index" && doc.audience == view.audience()) v["inspections"] = paper(doc);
  v["lang"] = site.language;
  v["site_name"] = site.organisation.name;
  v["bodies"] = bodies;
  v["audience_note"] =
      view.audience() == Audience::members ? "Members' edition: includes exempt information. Not for publication." : "";
  if (auto html = ctx.templates.render("index", v, "panelpack.yaml", diags)) out.add(tree + "/index.html", std::move(*html));
}

}  // namespace panelpack
