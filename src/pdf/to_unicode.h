#pragma once
// The /ToUnicode CMap of a font: it lets viewers and pdftotext turn the
// codes in content streams back into text. Codes are one byte (the
// painter's own encoding) or two bytes (glyph ids, Identity-H). Written as
// bfrange runs where consecutive codes carry consecutive code points and
// bfchar entries otherwise, at most 100 entries per block.
#include <cstdint>
#include <map>
#include <string>

namespace pdf {

// code -> the code point it stands for (one per code).
std::string to_unicode_cmap(const std::map<uint16_t, char32_t>& code_text, int code_bytes = 2);

}  // namespace pdf
