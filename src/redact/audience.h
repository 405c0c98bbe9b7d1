#pragma once
// Who a build is for. The public build never receives exempt content: the
// compute stage replaces it with a placeholder before anything is rendered.
#include <optional>
#include <string>

namespace panelpack {

enum class Audience { public_, members };

inline const char* audience_name(Audience a) { return a == Audience::public_ ? "public" : "members"; }

inline std::optional<Audience> parse_audience(const std::string& s) {
  if (s == "public") return Audience::public_;
  if (s == "members") return Audience::members;
  return std::nullopt;
}

}  // namespace panelpack
