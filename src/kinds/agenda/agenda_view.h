#pragma once
// The agenda as the view model its template reads: every display string
// prepared, Markdown already turned into paper HTML.
#include <nlohmann/json.hpp>

#include "kinds/agenda/agenda.h"
#include "core/diagnostics.h"

namespace panelpack {

nlohmann::json agenda_view(const Agenda& agenda, const std::string& language, Diagnostics& diags);

// The document title used for the page, the PDF metadata and the index.
std::string agenda_title(const Agenda& agenda);

}  // namespace panelpack
