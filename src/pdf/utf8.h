#pragma once
// UTF-8 decoding for the painter: text runs arrive as UTF-8 and the PDF
// wants code points (to find glyphs) and UTF-16BE (for text strings).
#include <string>
#include <string_view>

namespace pdf {

// Decodes UTF-8; a malformed byte becomes U+FFFD, as a browser would show it.
std::u32string decode_utf8(std::string_view text);

// UTF-16BE bytes with surrogate pairs above U+FFFF (no byte order mark).
std::string utf16be(std::u32string_view text);

}  // namespace pdf
