#include "core/slug.h"

namespace panelpack {

namespace {
bool slug_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
}  // namespace

std::string slug_problem(const std::string& s) {
  if (s.empty()) return "it is empty";
  if (s.size() > kMaxSlugLength) return "it is longer than " + std::to_string(kMaxSlugLength) + " characters";
  if (s.find_first_of("/\\") != std::string::npos) return "it has a path separator";
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c >= 'A' && c <= 'Z') return std::string("it has an upper-case letter '") + c + "'";
    if (c == '-') {
      if (i == 0 || i + 1 == s.size()) return "it starts or ends with a hyphen";
      if (s[i + 1] == '-') return "it has two hyphens together";
      continue;
    }
    if (slug_char(c)) continue;
    if (c == ' ') return "it has a space";
    if (c == '/' || c == '\\') return "it has a path separator";
    if (c == '.') return "it has a full stop";
    if (static_cast<unsigned char>(c) >= 0x80) return "it has a character outside a-z, 0-9 and '-'";
    return std::string("it has the character '") + (static_cast<unsigned char>(c) < 0x20 ? '?' : c) + "'";
  }
  return {};
}

bool is_slug(const std::string& s) { return slug_problem(s).empty(); }

std::string slugify(const std::string& title) {
  std::string out;
  bool gap = false;
  for (char c : title) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (slug_char(c)) {
      if (gap && !out.empty()) out += '-';
      out += c;
      gap = false;
    } else {
      gap = true;
    }
  }
  constexpr size_t kMax = 48;
  if (out.size() > kMax) {
    size_t cut = out.rfind('-', kMax);
    out.resize(cut == std::string::npos || cut == 0 ? kMax : cut);
  }
  return out;
}

}  // namespace panelpack
