#pragma once
// Escaping text for HTML and XML element content and attribute values.
#include <string>

namespace panelpack {

// & < > " become entities; everything else (UTF-8 included) is kept.
std::string escape_markup(const std::string& text);

}  // namespace panelpack
