#pragma once
// One field of a CSV file we publish (RFC 4180): quoted when it holds a
// comma, a quote or a line end, with quotes doubled.
#include <string>

namespace panelpack {

inline std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

}  // namespace panelpack
