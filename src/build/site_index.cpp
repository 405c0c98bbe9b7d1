#include "build/site_index.h"

namespace panelpack {

void write_site_index(const SiteContext& ctx, const std::vector<Document>& documents, Audience audience,
                      OutputSet& out, Diagnostics& diags) {
  const std::string tree = audience_name(audience);
  const Site& site = ctx.project.site;
  nlohmann::json bodies = nlohmann::json::array();
  for (const auto& [id, body] : site.bodies) {
    nlohmann::json meetings = nlohmann::json::array();
    // Newest first, as a committee page lists them.
    for (auto it = ctx.project.meetings.rbegin(); it != ctx.project.meetings.rend(); ++it) {
      if (it->body != id) continue;
      nlohmann::json papers = nlohmann::json::array();
      for (const auto& doc : documents) {
        if (doc.meeting != &*it || doc.audience != audience) continue;
        const std::string rel = doc.stem.substr(tree.size() + 1);
        const std::string folder = rel.substr(0, rel.rfind('/') + 1);
        papers.push_back({{"label", doc.label},
                          {"href", rel + ".html"},
                          {"pdf_href", rel + ".pdf"},
                          {"pdf_detail", attachment_detail(doc.pdf_bytes, doc.pdf_pages)},
                          {"data_href", doc.data_file.empty() ? "" : folder + doc.data_file}});
      }
      meetings.push_back({{"date", it->date.long_uk()}, {"papers", papers}});
    }
    if (!meetings.empty()) bodies.push_back({{"id", id}, {"name", body.name}, {"meetings", meetings}});
  }
  nlohmann::json view;
  view["lang"] = site.language;
  view["site_name"] = site.organisation.name;
  view["bodies"] = bodies;
  view["audience_note"] =
      audience == Audience::members ? "Members' edition: includes exempt information. Not for publication." : "";
  if (auto html = ctx.templates.render("index", view, "panelpack.yaml", diags))
    out.add(tree + "/index.html", std::move(*html));
  // The images the papers use, at the same paths relative to the tree.
  for (const auto& doc : documents) {
    if (doc.audience != audience || !doc.paper.doc) continue;
    for (const auto& x : doc.paper.doc->select_nodes("//img")) {
      const std::string src = x.node().attribute("src").value();
      if (out.has(tree + "/" + src)) continue;
      if (auto bytes = ctx.fs.read(join_path(site.root, src), nullptr)) out.add(tree + "/" + src, std::move(*bytes));
    }
  }
  out.add(tree + "/assets/paper.css", ctx.paper_css);
  out.add(tree + "/assets/site.css", ctx.site_css);
}

}  // namespace panelpack
