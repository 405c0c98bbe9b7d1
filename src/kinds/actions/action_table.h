#pragma once
// Actions as a table: the rows of an action log's view model (seed 000's
// columns), and the same actions as open data.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "kinds/kind.h"

namespace panelpack {

// The log's view model: "rows" in order, each with every column as display
// text; with `as_at`, a review date before it on an open action is overdue.
nlohmann::json action_table_view(const KindContext& ctx, const AudienceView& view,
                                 const std::vector<const ActionView*>& rows, const std::optional<Date>& as_at);

// One row per action: reference, meeting date, minute, topic, action, lead,
// report back, review date, status, date closed, latest update (RFC 4180).
std::string actions_csv(const KindContext& ctx, const AudienceView& view, const std::vector<const ActionView*>& rows);
// The same, with every update (docs/open-data.md).
std::string actions_json(const KindContext& ctx, const AudienceView& view, const std::string& body,
                         const std::vector<const ActionView*>& rows);

}  // namespace panelpack
