#pragma once
// The meeting pack: a composed document. For each meeting with papers, one
// PDF per audience, `pack.pdf` (`pack-members.pdf` when it holds exempt
// material): the agenda, then every paper of the items whose papers are
// ready in agenda order (the previous meeting's minutes and the action log
// under the previous-minutes item), with continuous page numbers and, in the
// agenda, "(Pages a - b)" against each item with papers, computed from the
// real layout and linked to the item's first page. Each item has a bookmark
// with one per paper beneath it. When the body prints duplex, every item
// starts on an odd page ("This page is intentionally left blank").
//
// The supplementary pack (`supplementary-pack.pdf`) does the same for the
// items marked late: a supplementary agenda that lists them under the
// agenda's item numbers, then their papers, numbered from its own page 1.
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
