#pragma once
// The agenda kind: one agenda (front sheet) per meeting and audience.
#include "kinds/agenda/agenda.h"
#include "kinds/kind.h"

namespace panelpack {

void plan_agenda(const KindContext& ctx, const AudienceView& view, const Scope& scope, const Prepared&,
                 std::vector<Document>& out, Diagnostics& diags);

// Renders `agenda` into doc.paper: the page references its entries carry
// ("Pages 3 - 8") are printed against their items.
void render_agenda(const KindContext& ctx, Document& doc, const Agenda& agenda, Diagnostics& diags);

}  // namespace panelpack
