#pragma once
// The annex kind: a meeting's performance annex, when its folder holds
// annex.yaml. Computed once and the same paper in every audience's tree
// (unless it is the paper of an item an audience does not see), with its
// open data (annex.json) beside it.
#include "kinds/kind.h"

namespace panelpack {

void plan_annexes(const KindContext& ctx, const Scope& scope, std::vector<Document>& out, Diagnostics& diags);

}  // namespace panelpack
