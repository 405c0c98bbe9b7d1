#pragma once
// Which link targets content may publish.
#include <string>

namespace panelpack {

// Whether a link target may be published: http, https, mailto, tel, or no
// scheme at all (a relative path or #anchor). Never javascript: or data:.
bool safe_link(const std::string& url);

// The scheme of a link target in lower case ("https"); empty when it has none.
std::string link_scheme(const std::string& url);

}  // namespace panelpack
