#pragma once
// The output formats, registered in one table and run in its order for
// every document (PDF first: the HTML page describes the PDF beside it).
#include <span>

#include "build/document.h"
#include "build/site_context.h"
#include "core/diagnostics.h"
#include "output/output_set.h"

namespace panelpack {

struct Format {
  const char* name;  // "pdf", "html"
  void (*write)(Document& doc, const SiteContext& ctx, OutputSet& out, Diagnostics& diags);
};

std::span<const Format> formats();

void write_pdf(Document& doc, const SiteContext& ctx, OutputSet& out, Diagnostics& diags);
void write_html(Document& doc, const SiteContext& ctx, OutputSet& out, Diagnostics& diags);

}  // namespace panelpack
