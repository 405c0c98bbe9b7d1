#include "build/site_build.h"

#include "build/formats.h"
#include "build/site_index.h"
#include "compute/agenda.h"
#include "render/agenda_view.h"
#include "validate/project_loader.h"

namespace panelpack {

namespace {

Document agenda_document(const SiteContext& ctx, const Meeting& meeting, Audience audience, Diagnostics& diags) {
  const Project& project = ctx.project;
  Agenda agenda = compute_agenda(project, meeting, audience, diags);
  Document doc;
  doc.stem = std::string(audience_name(audience)) + "/" + meeting.body + "/" + meeting.date.iso() + "/agenda";
  doc.root = "../../";
  doc.title = agenda_title(agenda);
  doc.subject = "Agenda";
  doc.author = agenda.organisation->name;
  doc.language = project.site.language;
  doc.date = meeting.issued.value_or(meeting.date);
  doc.source = meeting.file;
  doc.audience = audience;
  doc.crumbs = {agenda.body->name, meeting.date.day_month_year()};
  nlohmann::json view = agenda_view(agenda, project.site.language, diags);
  auto html = ctx.templates.render("agenda", view, meeting.file, diags);
  if (!html) return doc;
  auto src = ctx.templates.source("agenda");
  doc.paper = parse_paper(std::move(*html), src ? src->shown_as : "templates/agenda.html", meeting.file, diags);
  check_images(doc.paper, ctx.fs, project.site.root, meeting.file, diags);
  return doc;
}

}  // namespace

bool build_site(const FileSystem& fs, const BuildOptions& options, OutputSet& out, BuildStats& stats,
                Diagnostics& diags) {
  auto project = load_project(fs, options.site, diags);
  if (!project || diags.has_errors()) return false;
  SiteContext ctx(fs, *project);
  ctx.load_styles(diags);

  std::vector<Document> documents;
  for (Audience audience : options.audiences)
    for (const auto& meeting : project->meetings)
      documents.push_back(agenda_document(ctx, meeting, audience, diags));
  if (diags.has_errors()) return false;

  for (auto& doc : documents)
    for (const auto& format : formats()) format.write(doc, ctx, out, diags);
  for (Audience audience : options.audiences) write_site_index(ctx, documents, audience, out, diags);
  stats.documents = static_cast<int>(documents.size());
  for (const auto& doc : documents) stats.pages += doc.pdf_pages;
  stats.files = static_cast<int>(out.size());
  return !diags.has_errors();
}

}  // namespace panelpack
