#pragma once
// The pages around the papers: each audience tree's index of meetings by
// body, and the stylesheets.
#include <vector>

#include "build/document.h"
#include "build/site_context.h"
#include "output/output_set.h"

namespace panelpack {

void write_site_index(const SiteContext& ctx, const std::vector<Document>& documents, Audience audience,
                      OutputSet& out, Diagnostics& diags);

}  // namespace panelpack
