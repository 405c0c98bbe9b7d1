#pragma once
// The annex kind: a meeting's performance annex, when its folder holds
// annex.yaml. Computed once and the same paper in every audience's tree
// (unless it is the paper of an item an audience does not see), with its
// open data (annex.json) beside it.
#include "kinds/kind.h"

namespace panelpack {

// Reads annex.yaml and its data and computes the annex, once for all audiences.
Prepared prepare_annex(const KindContext& ctx, const Scope& scope, Diagnostics& diags);
void plan_annex(const KindContext& ctx, const AudienceView& view, const Scope& scope, const Prepared& prepared,
                std::vector<Document>& out, Diagnostics& diags);

}  // namespace panelpack
