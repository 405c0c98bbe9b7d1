#include "core/safe_link.h"

namespace panelpack {

std::string link_scheme(const std::string& url) {
  size_t colon = url.find(':');
  size_t stop = url.find_first_of("/?#");
  if (colon == std::string::npos || (stop != std::string::npos && stop < colon)) return {};
  std::string scheme;
  for (char c : url.substr(0, colon)) scheme += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return scheme;
}

bool safe_link(const std::string& url) {
  std::string scheme = link_scheme(url);
  return scheme.empty() || scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "tel";
}

}  // namespace panelpack
