#pragma once
// The site's pages around the papers: each audience tree's index of
// meetings by body, newest first, listing every document written for it.
#include <vector>

#include "kinds/kind.h"
#include "output/output_sink.h"

namespace panelpack {

void write_site_index(const KindContext& ctx, const AudienceView& view, const std::vector<DocumentRecord>& records,
                      OutputSink& out, Diagnostics& diags);

}  // namespace panelpack
