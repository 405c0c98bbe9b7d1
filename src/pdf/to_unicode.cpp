#include "pdf/to_unicode.h"

#include <vector>

#include "pdf/utf8.h"

namespace pdf {

namespace {

void hex_code(std::string& out, unsigned v, int bytes) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out.push_back('<');
  for (int shift = bytes * 8 - 4; shift >= 0; shift -= 4) out.push_back(kHex[(v >> shift) & 15]);
  out.push_back('>');
}

void hex_text(std::string& out, char32_t cp) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string units = utf16be(std::u32string(1, cp));
  out.push_back('<');
  for (unsigned char c : units) {
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 15]);
  }
  out.push_back('>');
}

struct Range {
  uint16_t first_glyph, last_glyph;
  char32_t first_cp;
};

template <typename T, typename F>
void write_blocks(std::string& out, const std::vector<T>& entries, const char* begin,
                  const char* end, F write_entry) {
  for (size_t i = 0; i < entries.size(); i += 100) {
    size_t n = std::min<size_t>(100, entries.size() - i);
    out += std::to_string(n);
    out += begin;
    for (size_t k = i; k < i + n; ++k) write_entry(entries[k]);
    out += end;
  }
}

}  // namespace

std::string to_unicode_cmap(const std::map<uint16_t, char32_t>& glyph_text, int code_bytes) {
  // Group runs: consecutive glyph ids with consecutive BMP code points that
  // stay within one high byte of the glyph id and of the code point.
  std::vector<Range> ranges;
  std::vector<std::pair<uint16_t, char32_t>> singles;
  auto it = glyph_text.begin();
  while (it != glyph_text.end()) {
    Range r{it->first, it->first, it->second};
    auto next = std::next(it);
    while (next != glyph_text.end() && r.first_cp < 0x10000 &&
           next->first == r.last_glyph + 1 &&
           next->second == r.first_cp + (next->first - r.first_glyph) &&
           (next->first >> 8) == (r.first_glyph >> 8) &&
           (next->second >> 8) == (r.first_cp >> 8)) {
      r.last_glyph = next->first;
      ++next;
    }
    if (r.last_glyph > r.first_glyph)
      ranges.push_back(r);
    else
      singles.emplace_back(it->first, it->second);
    it = next;
  }

  std::string out =
      "/CIDInit /ProcSet findresource begin\n"
      "12 dict begin\n"
      "begincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n"
      "/CMapType 2 def\n"
      "1 begincodespacerange\n";
  out += code_bytes == 1 ? "<00> <FF>" : "<0000> <FFFF>";
  out += "\nendcodespacerange\n";
  write_blocks(out, singles, " beginbfchar\n", "endbfchar\n", [&](const auto& e) {
    hex_code(out, e.first, code_bytes);
    out.push_back(' ');
    hex_text(out, e.second);
    out.push_back('\n');
  });
  write_blocks(out, ranges, " beginbfrange\n", "endbfrange\n", [&](const Range& r) {
    hex_code(out, r.first_glyph, code_bytes);
    out.push_back(' ');
    hex_code(out, r.last_glyph, code_bytes);
    out.push_back(' ');
    hex_text(out, r.first_cp);
    out.push_back('\n');
  });
  out +=
      "endcmap\n"
      "CMapName currentdict /CMap defineresource pop\n"
      "end\n"
      "end\n";
  return out;
}

}  // namespace pdf
