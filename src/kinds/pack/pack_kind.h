#pragma once
// The agenda pack: a composed document. For each meeting with papers besides
// its agenda, one PDF per audience: the agenda, then every paper in agenda
// order, with continuous page numbers and, in the agenda, "(Pages a - b)"
// against each item with papers, computed from the real layout.
#include "kinds/kind.h"

namespace panelpack {

void plan_pack(const KindContext& ctx, const AudienceView& view, const Scope& scope, const Prepared&,
               std::vector<Document>& out, Diagnostics& diags);
void compose_pack(const KindContext& ctx, Document& pack, const std::vector<const Document*>& group,
                  const LayoutFn& layout, Diagnostics& diags);

// Laying the agenda out again with the page references it prints: at most
// this many layouts before the references must have settled.
inline constexpr int kMaxPackPasses = 4;

// "Page 5" or "Pages 3 - 8".
std::string page_reference(int first, int last);

}  // namespace panelpack
