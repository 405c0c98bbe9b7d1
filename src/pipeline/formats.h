#pragma once
// The output formats, registered in one table and run in its order for
// every laid-out document (PDF first: the HTML page describes the PDF
// beside it).
#include <map>
#include <set>
#include <span>
#include <string>

#include "core/diagnostics.h"
#include "kinds/document.h"
#include "output/output_sink.h"
#include "pipeline/paint_queue.h"
#include "pipeline/site_context.h"

namespace panelpack {

// PDFs of this meeting's work, by the content they are painted from: the
// same laid-out paper with the same metadata in both trees is painted once.
// They are painted by `queue`, started in document order (start_pdf) and
// read when written.
struct PaintedPdfs {
  struct Pdf {
    std::shared_future<PaintResult> result;
    const Document* started_by = nullptr;  // who reports the painting's messages
  };
  PaintQueue* queue = nullptr;
  std::map<std::string, Pdf> by_content;
  // Frames every holder of which paints the same PDF: numbered in place even
  // when shared, since no holder needs them unnumbered.
  std::set<const layout::Frames*> same_pdf_for_all;
};

// What a document's PDF is painted from: its frames and metadata. Documents
// with the same key get the same bytes.
std::string pdf_key(const Document& doc);

// Numbers the document's frames (running titles, page numbers) and gives
// its PDF to the queue, unless a document with the same key did; the PDF
// either way (nullptr for a document without frames).
const PaintedPdfs::Pdf* start_pdf(Document& doc, const SiteContext& ctx, PaintedPdfs& painted, Diagnostics& diags);

struct Format {
  const char* name;  // "pdf", "html"
  void (*write)(Document& doc, const SiteContext& ctx, PaintedPdfs& painted, OutputSink& out, Diagnostics& diags);
};

std::span<const Format> formats();

void write_pdf(Document& doc, const SiteContext& ctx, PaintedPdfs& painted, OutputSink& out, Diagnostics& diags);
void write_html(Document& doc, const SiteContext& ctx, PaintedPdfs& painted, OutputSink& out, Diagnostics& diags);

}  // namespace panelpack
