#pragma once
// The output formats, registered in one table and run in its order for
// every laid-out document (PDF first: the HTML page describes the PDF
// beside it).
#include <map>
#include <span>
#include <string>

#include "core/diagnostics.h"
#include "kinds/document.h"
#include "output/output_sink.h"
#include "pipeline/site_context.h"

namespace panelpack {

// PDFs already painted in this meeting's work, by the content they were
// painted from: the same laid-out paper with the same metadata in both trees
// is painted once.
struct PaintedPdfs {
  struct Pdf {
    std::string bytes;
    int pages = 0;
  };
  std::map<std::string, Pdf> by_content;
};

struct Format {
  const char* name;  // "pdf", "html"
  void (*write)(Document& doc, const SiteContext& ctx, PaintedPdfs& painted, OutputSink& out, Diagnostics& diags);
};

std::span<const Format> formats();

void write_pdf(Document& doc, const SiteContext& ctx, PaintedPdfs& painted, OutputSink& out, Diagnostics& diags);
void write_html(Document& doc, const SiteContext& ctx, PaintedPdfs& painted, OutputSink& out, Diagnostics& diags);

}  // namespace panelpack
