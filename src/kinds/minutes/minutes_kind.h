#pragma once
// The minutes kind: minutes.html/.pdf for each meeting whose folder holds
// minutes.yaml. Minutes are numbered by the timeline under the body's rule,
// marked draft until confirmed, and a withheld item's minute is its number,
// public title and Schedule 12A paragraph.
#include "kinds/kind.h"

namespace panelpack {

void plan_minutes(const KindContext& ctx, const AudienceView& view, const Scope& scope, const Prepared&,
                  std::vector<Document>& out, Diagnostics& diags);

// "Minutes: Public Accountability Conference, 25 October 2024", or "Draft minutes: …".
std::string minutes_title(const Body& body, const MeetingView& meeting);

}  // namespace panelpack
