#pragma once
// The /ToUnicode CMap of a font whose codes are two-byte glyph ids
// (Identity-H): it lets viewers and pdftotext turn glyphs back into text.
// Written as bfrange runs where consecutive glyphs carry consecutive code
// points and bfchar entries otherwise, at most 100 entries per block.
#include <cstdint>
#include <map>
#include <string>

namespace pdf {

// glyph id -> the code point it stands for (one per glyph).
std::string to_unicode_cmap(const std::map<uint16_t, char32_t>& glyph_text);

}  // namespace pdf
