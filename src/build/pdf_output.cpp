// The PDF format: the paper laid out with the house style and painted.
#include "build/formats.h"
#include "layout/layout.h"
#include "pdf/painter.h"

namespace panelpack {

void write_pdf(Document& doc, const SiteContext& ctx, OutputSet& out, Diagnostics& diags) {
  layout::LayoutOptions options;
  options.title = doc.title;
  options.lang = doc.language;
  options.base_dir = ctx.project.site.root;
  options.source_name = doc.paper.template_file;
  options.source_text = doc.paper.html;
  options.fs = &ctx.fs;
  options.fonts = &ctx.fonts;
  layout::Frames frames = layout::layout_document(doc.paper.root(), ctx.sheet, options, diags);
  pdf::DocumentInfo info;
  info.title = doc.title;
  info.author = doc.author;
  info.subject = doc.subject;
  info.language = doc.language;
  info.date = doc.date.iso();
  std::string bytes = pdf::paint(frames, info, diags);
  doc.pdf_pages = static_cast<int>(frames.pages.size());
  doc.pdf_bytes = bytes.size();
  out.add(doc.stem + ".pdf", std::move(bytes));
}

}  // namespace panelpack
