#include "pdf/font_encoding.h"

#include <string>

namespace pdf {

uint16_t FontEncoding::code_of(char32_t cp) const {
  if (cp < 0x10000) return bmp_code.empty() ? 0 : bmp_code[cp];
  auto it = astral_code.find(cp);
  return it == astral_code.end() ? 0 : it->second;
}

FontEncoding make_encoding(const FontSubset& subset) {
  FontEncoding e;
  e.bmp_code.assign(0x10000, 0);
  auto assign = [&](char32_t cp, uint16_t code) {
    if (cp < 0x10000)
      e.bmp_code[cp] = code;
    else
      e.astral_code[cp] = code;
  };
  if (subset.glyphs.size() > 255) {
    for (const auto& [cp, gid] : subset.glyphs) {
      assign(cp, gid);
      e.code_text.emplace(gid, cp);  // the lowest code point of a shared glyph wins
    }
    return e;
  }
  e.code_bytes = 1;
  e.code_gid.assign(256, 0);
  std::vector<bool> taken(256, false);
  taken[0] = true;  // code 0 stays .notdef, for characters the font lacks
  for (const auto& [cp, gid] : subset.glyphs)
    if (cp >= 0x20 && cp <= 0x7E) taken[cp] = true;
  std::vector<uint16_t> pool;
  for (unsigned c = 0x80; c <= 0xFF; ++c) pool.push_back(static_cast<uint16_t>(c));
  for (unsigned c = 0x01; c < 0x20; ++c) pool.push_back(static_cast<uint16_t>(c));
  pool.push_back(0x7F);
  for (unsigned c = 0x20; c < 0x7F; ++c)
    if (!taken[c]) pool.push_back(static_cast<uint16_t>(c));
  size_t next = 0;
  for (const auto& [cp, gid] : subset.glyphs) {
    uint16_t code = cp >= 0x20 && cp <= 0x7E ? static_cast<uint16_t>(cp) : pool[next++];
    assign(cp, code);
    e.code_gid[code] = gid;
    e.code_text.emplace(code, cp);
  }
  return e;
}

std::string encoding_cmap(const std::string& cmap_name) {
  return "%!PS-Adobe-3.0 Resource-CMap\n"
         "/CIDInit /ProcSet findresource begin\n"
         "12 dict begin\n"
         "begincmap\n"
         "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> def\n"
         "/CMapName /" + cmap_name + " def\n"
         "/CMapType 1 def\n"
         "/WMode 0 def\n"
         "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
         "1 begincidrange\n<00> <FF> 0\nendcidrange\n"
         "endcmap\n"
         "CMapName currentdict /CMap defineresource pop\n"
         "end\n"
         "end\n";
}

}  // namespace pdf
