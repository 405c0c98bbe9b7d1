// The HTML format: the paper inside the site chrome (templates/page.html).
#include "pipeline/formats.h"

#include <sstream>

#include "site/page_chrome.h"

namespace panelpack {

namespace {
// Drops every data-src attribute (where in the content an element came
// from, for layout's messages): the page does not publish file paths.
// Attribute values are escaped, so the first '"' after the name ends it.
std::string without_sources(const std::string& html) {
  const std::string_view name = " data-src=\"";
  std::string out;
  out.reserve(html.size());
  size_t from = 0;
  for (size_t at = html.find(name); at != std::string::npos; at = html.find(name, from)) {
    const size_t end = html.find('"', at + name.size());
    if (end == std::string::npos) break;
    out.append(html, from, at - from);
    from = end + 1;
  }
  out.append(html, from);
  return out;
}

// Image paths in paper HTML are relative to the site; the page sits deeper in
// its tree (the images are copied to the tree's root), so prefix its root.
std::string paper_for_page(const Document& doc) {
  if (!doc.paper.doc || doc.paper.html.find("<img") == std::string::npos) return without_sources(doc.paper.html);
  pugi::xml_document copy;
  copy.reset(*doc.paper.doc);
  for (const auto& x : copy.select_nodes("//img")) {
    pugi::xml_attribute src = x.node().attribute("src");
    src.set_value((doc.root + src.value()).c_str());
  }
  std::ostringstream out;
  copy.save(out, "", pugi::format_raw | pugi::format_no_declaration);
  return without_sources(out.str());
}

// The images the paper uses, at the same paths relative to its tree.
void copy_images(const Document& doc, const SiteContext& ctx, OutputSink& out) {
  const std::string tree = audience_name(doc.audience);
  for (const auto& x : doc.paper.doc->select_nodes("//img")) {
    const std::string src = x.node().attribute("src").value();
    if (out.has(tree + "/" + src)) continue;
    if (auto bytes = ctx.fs.read(join_path(ctx.site.root, src), nullptr)) out.add(tree + "/" + src, std::move(*bytes));
  }
}

}  // namespace

void write_html(Document& doc, const SiteContext& ctx, PaintedPdfs&, OutputSink& out, Diagnostics& diags) {
  if (!doc.html_page || !doc.paper.doc) return;
  copy_images(doc, ctx, out);
  // Breadcrumbs: each folder above the document (a body's, a meeting's) has its page.
  PageChrome page{doc.page_title.empty() ? doc.title : doc.page_title, doc.root, doc.body, {}};
  const std::string rel = doc.stem.substr(doc.stem.find('/') + 1);  // "pac/2025-01-20/agenda"
  std::vector<size_t> folder_ends;
  for (size_t slash = rel.find('/'); slash != std::string::npos; slash = rel.find('/', slash + 1))
    folder_ends.push_back(slash + 1);
  for (size_t i = 0; i < doc.crumbs.size(); ++i)
    page.crumbs.push_back(
        {doc.crumbs[i], i < folder_ends.size() ? doc.root + rel.substr(0, folder_ends[i]) + "index.html" : ""});
  page.search = ctx.search;
  nlohmann::json view = chrome_view(ctx.site, doc.audience, page);
  view["paper_css"] = true;
  nlohmann::json downloads = nlohmann::json::array();
  if (doc.pdf_pages > 0) {
    const std::string stem = pdf_stem(doc);
    downloads.push_back({{"href", stem.substr(stem.rfind('/') + 1) + ".pdf"},
                         {"label", pdf_title(doc) + " (PDF version)"},
                         {"detail", attachment_detail(doc.pdf_bytes, doc.pdf_pages)}});
  }
  view["downloads"] = downloads;
  view["has_downloads"] = !downloads.empty();
  view["paper"] = paper_for_page(doc);
  if (auto html = ctx.templates.render("page", view, doc.source, diags)) out.add(doc.stem + ".html", std::move(*html));
}

}  // namespace panelpack
