// The HTML format: the paper inside the site chrome (templates/page.html).
#include "build/formats.h"

namespace panelpack {

void write_html(Document& doc, const SiteContext& ctx, OutputSet& out, Diagnostics& diags) {
  nlohmann::json view;
  view["lang"] = doc.language;
  view["title"] = doc.title;
  view["site_name"] = ctx.project.site.organisation.name;
  view["root"] = doc.root;
  nlohmann::json crumbs = nlohmann::json::array();
  for (const auto& c : doc.crumbs) crumbs.push_back({{"label", c}});
  view["crumbs"] = crumbs;
  nlohmann::json downloads = nlohmann::json::array();
  if (doc.pdf_pages > 0) {
    std::string file = doc.stem.substr(doc.stem.rfind('/') + 1) + ".pdf";
    downloads.push_back({{"href", file},
                         {"label", doc.title + " (PDF version)"},
                         {"detail", attachment_detail(doc.pdf_bytes, doc.pdf_pages)}});
  }
  view["downloads"] = downloads;
  view["has_downloads"] = !downloads.empty();
  view["audience_note"] = doc.audience == Audience::members ? "Members' edition: not for publication" : "";
  view["paper"] = doc.paper.html;
  if (auto html = ctx.templates.render("page", view, doc.source, diags)) out.add(doc.stem + ".html", std::move(*html));
}

}  // namespace panelpack
