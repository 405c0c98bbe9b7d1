#include "build/site_build.h"

#include "annex/annex_document.h"
#include "build/formats.h"
#include "build/site_index.h"
#include "compute/agenda.h"
#include "render/agenda_view.h"
#include "render/markdown.h"
#include "validate/project_loader.h"

namespace panelpack {

namespace {

// The fields every document of a meeting shares.
Document meeting_document(const SiteContext& ctx, const Meeting& meeting, Audience audience, const std::string& name) {
  Document doc;
  doc.meeting = &meeting;
  doc.stem = std::string(audience_name(audience)) + "/" + meeting.body + "/" + meeting.date.iso() + "/" + name;
  doc.root = "../../";
  doc.language = ctx.project.site.language;
  doc.audience = audience;
  const Body& body = ctx.project.site.bodies.at(meeting.body);
  doc.author = body.organisation ? body.organisation->name : ctx.project.site.organisation.name;
  doc.crumbs = {body.name, meeting.date.day_month_year()};
  return doc;
}

// Renders `view` through template `name` into the document's paper.
void render_paper(const SiteContext& ctx, Document& doc, const std::string& name, const nlohmann::json& view,
                  Diagnostics& diags) {
  auto html = ctx.templates.render(name, view, doc.source, diags);
  if (!html) return;
  auto src = ctx.templates.source(name);
  doc.paper = parse_paper(std::move(*html), src ? src->shown_as : "templates/" + name + ".html", doc.source, diags);
  check_images(doc.paper, ctx.fs, ctx.project.site.root, doc.source, diags);
}

Document agenda_document(const SiteContext& ctx, const Meeting& meeting, Audience audience, Diagnostics& diags) {
  Agenda agenda = compute_agenda(ctx.project, meeting, audience, diags);
  Document doc = meeting_document(ctx, meeting, audience, "agenda");
  doc.label = "Agenda";
  doc.title = agenda_title(agenda);
  doc.subject = "Agenda";
  doc.date = meeting.issued.value_or(meeting.date);
  doc.source = meeting.file;
  render_paper(ctx, doc, "agenda", agenda_view(agenda, ctx.project.site.language, diags), diags);
  return doc;
}

// The performance annex of a meeting, when its folder holds annex.yaml: the
// same paper in every audience's tree, with its open data beside it.
void annex_documents(const SiteContext& ctx, const Meeting& meeting, const std::vector<Audience>& audiences,
                     std::vector<Document>& documents, OutputSet& out, Diagnostics& diags) {
  const Site& site = ctx.project.site;
  const std::string shown = join_path(meeting.folder, "annex.yaml");
  if (!ctx.fs.is_file(join_path(site.root, shown))) return;
  auto markdown = [&](const std::string& md, const SourcePos& pos) { return markdown_to_paper(md, pos, diags); };
  auto annex = annex::build_annex(ctx.fs, join_path(site.root, shown), shown, site.root, site.data_dir,
                                  site.language, markdown, diags);
  if (!annex || diags.has_errors()) return;
  for (Audience audience : audiences) {
    Document doc = meeting_document(ctx, meeting, audience, "annex");
    doc.label = annex->title;
    doc.title = annex->title + ", " + meeting.date.day_month_year();
    doc.subject = "Performance annex";
    doc.date = meeting.issued.value_or(meeting.date);
    doc.source = shown;
    doc.data_file = "annex.json";
    render_paper(ctx, doc, "annex", annex->view, diags);
    out.add(doc.stem + ".json", annex->open_data.dump(1) + "\n");
    documents.push_back(std::move(doc));
  }
}

// The Markdown of every item is checked whichever audiences are built: an
// error in a Part 2 item must not wait for the members' build to show.
void check_item_text(const Project& project, Diagnostics& diags) {
  for (const auto& meeting : project.meetings)
    for (const auto& item : meeting.items)
      if (!item.description.empty()) markdown_to_paper(item.description.source, item.description.pos, diags);
}

}  // namespace

bool build_site(const FileSystem& fs, const BuildOptions& options, OutputSet& out, BuildStats& stats,
                Diagnostics& diags) {
  auto project = load_project(fs, options.site, diags);
  if (!project || diags.has_errors()) return false;
  SiteContext ctx(fs, *project);
  ctx.load_styles(diags);
  check_item_text(*project, diags);

  std::vector<Document> documents;
  for (const auto& meeting : project->meetings) {
    for (Audience audience : options.audiences) documents.push_back(agenda_document(ctx, meeting, audience, diags));
    annex_documents(ctx, meeting, options.audiences, documents, out, diags);
  }
  if (diags.has_errors()) return false;

  // A paper that is the same in both trees (an annex; an agenda without
  // Part 2 items) is laid out once.
  for (size_t i = 0; i < documents.size(); ++i)
    for (size_t j = 0; j < i && !documents[i].twin; ++j)
      if (documents[j].meeting == documents[i].meeting && same_pdf(documents[j], documents[i]))
        documents[i].twin = &documents[j];
  for (auto& doc : documents)
    for (const auto& format : formats()) format.write(doc, ctx, out, diags);
  for (Audience audience : options.audiences) write_site_index(ctx, documents, audience, out, diags);
  stats.documents = static_cast<int>(documents.size());
  for (const auto& doc : documents) stats.pages += doc.pdf_pages;
  stats.files = static_cast<int>(out.size());
  return !diags.has_errors();
}

}  // namespace panelpack
