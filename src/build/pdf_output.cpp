// The PDF format: the paper laid out with the house style and painted.
#include "build/formats.h"
#include "layout/layout.h"
#include "pdf/painter.h"

namespace panelpack {

void write_pdf(Document& doc, const SiteContext& ctx, OutputSet& out, Diagnostics& diags) {
  if (doc.twin) {
    doc.pdf_pages = doc.twin->pdf_pages;
    doc.pdf_bytes = doc.twin->pdf_bytes;
    out.add(doc.stem + ".pdf", out.at(doc.twin->stem + ".pdf"));
    return;
  }
  layout::LayoutOptions options;
  options.title = doc.title;
  options.lang = doc.language;
  options.base_dir = ctx.project.site.root;
  // Layout's warnings (a character the font lacks) concern the content; the
  // rendered markup has no lines of the user's to point at.
  options.source_name = doc.source;
  options.fs = &ctx.fs;
  options.fonts = &ctx.fonts;
  layout::Frames frames = layout::layout_document(doc.paper.root(), ctx.sheet, options, diags);
  pdf::DocumentInfo info;
  info.title = doc.title;
  info.author = doc.author;
  info.subject = doc.subject;
  info.language = doc.language;
  info.date = doc.date.iso();
  pdf::PaintOptions paint;
  // Layout has warned for every character it placed (text, SVG charts and
  // margin boxes), naming the paper or the style sheet.
  paint.warn_missing_glyphs = false;
  std::string bytes = pdf::paint(frames, info, diags, paint);
  doc.pdf_pages = static_cast<int>(frames.pages.size());
  doc.pdf_bytes = bytes.size();
  out.add(doc.stem + ".pdf", std::move(bytes));
}

}  // namespace panelpack
