#pragma once
// The action log kind. For each meeting, the log as at that meeting: every
// action of the body raised earlier that is still open, and those closed
// since the previous meeting, each with its latest update. For each body,
// its current log with every action, and the public actions as open data
// (actions.csv, actions.json).
#include "kinds/kind.h"

namespace panelpack {

void plan_meeting_action_log(const KindContext& ctx, const AudienceView& view, const Scope& scope, const Prepared&,
                             std::vector<Document>& out, Diagnostics& diags);
void plan_body_action_log(const KindContext& ctx, const AudienceView& view, const Scope& scope, const Prepared&,
                          std::vector<Document>& out, Diagnostics& diags);

// Which actions of `body` a log as at `date` shows: raised before `date`, and
// open as at it, or closed (or superseded) by an update recorded after
// `since` (the previous meeting's date; every closed one when null).
std::vector<const ActionView*> log_rows(const AudienceView& view, const std::string& body, const Date& date,
                                        const std::optional<Date>& since);

}  // namespace panelpack
