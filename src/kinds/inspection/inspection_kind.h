#pragma once
// The inspection response kind: for each HMICFRS inspection in the view, the
// commissioner's response letter (<tree>/inspections/<id>), the index of
// every inspection with its 56-day clock (<tree>/inspections/index) and the
// open data of every recommendation (recommendations.csv and .json). An
// inspection attached to a meeting's agenda item ('meeting' and 'item') is
// also planned as a paper of that item, so the meeting's pack takes it in.
#include "kinds/kind.h"

namespace panelpack {

// Owner::site: the letters, the index and its data.
void plan_inspections(const KindContext& ctx, const AudienceView& view, const Scope& scope, const Prepared&,
                      std::vector<Document>& out, Diagnostics& diags);
// Owner::meeting: a copy of each letter attached to one of the meeting's items.
void plan_inspection_papers(const KindContext& ctx, const AudienceView& view, const Scope& scope, const Prepared&,
                            std::vector<Document>& out, Diagnostics& diags);

// The date the index reports each response's state at: the latest meeting
// in the view (the latest date the content knows), else `fallback`.
Date inspections_as_at(const AudienceView& view, const Date& fallback);

// recommendations.csv: one row per recommendation of every inspection.
std::string recommendations_csv(const std::vector<Inspection>& inspections);

}  // namespace panelpack
