// The HTML format: the paper inside the site chrome (templates/page.html).
#include "build/formats.h"

#include <sstream>

namespace panelpack {

namespace {
// Image paths in paper HTML are relative to the site; the page sits deeper in
// its tree (the images are copied to the tree's root), so prefix its root.
std::string paper_for_page(const Document& doc) {
  if (!doc.paper.doc || doc.paper.html.find("<img") == std::string::npos) return doc.paper.html;
  pugi::xml_document copy;
  copy.reset(*doc.paper.doc);
  for (const auto& x : copy.select_nodes("//img")) {
    pugi::xml_attribute src = x.node().attribute("src");
    src.set_value((doc.root + src.value()).c_str());
  }
  std::ostringstream out;
  copy.save(out, "", pugi::format_raw | pugi::format_no_declaration);
  return out.str();
}
}  // namespace

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
  view["paper"] = paper_for_page(doc);
  if (auto html = ctx.templates.render("page", view, doc.source, diags)) out.add(doc.stem + ".html", std::move(*html));
}

}  // namespace panelpack
