#include "pdf/utf8.h"

#include "core/utf8.h"

namespace pdf {

std::u32string decode_utf8(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) out.push_back(panelpack::next_code_point(s, &i));
  return out;
}

std::string utf16be(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 2);
  auto unit = [&](unsigned u) {
    out.push_back(static_cast<char>(u >> 8));
    out.push_back(static_cast<char>(u & 0xFF));
  };
  for (char32_t cp : text) {
    if (cp >= 0x10000) {
      unsigned v = cp - 0x10000;
      unit(0xD800 + (v >> 10));
      unit(0xDC00 + (v & 0x3FF));
    } else {
      unit(cp);
    }
  }
  return out;
}

}  // namespace pdf
