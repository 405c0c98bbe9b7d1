#pragma once
// How text in one face is coded in content streams. A face that uses at
// most 255 characters (nearly every face of a UK paper) gets a one-byte
// encoding through an embedded CMap: printable ASCII keeps its own byte, so
// content streams read "(The panel noted)" and compress to less than half of
// two-byte glyph ids; other characters take the free bytes. A face that
// uses more falls back to two-byte codes that are glyph ids (Identity-H).
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "pdf/font_subset.h"

namespace pdf {

struct FontEncoding {
  int code_bytes = 2;                       // 1: one-byte CMap; 2: Identity-H
  std::vector<uint16_t> code_gid;           // one-byte: code -> glyph id (256 entries)
  std::vector<uint16_t> bmp_code;           // code point < 0x10000 -> code (0: not in the font)
  std::map<char32_t, uint16_t> astral_code; // code points above U+FFFF -> code
  std::map<uint16_t, char32_t> code_text;   // code -> code point, for /ToUnicode

  uint16_t code_of(char32_t cp) const;
  uint16_t glyph_of(uint16_t code) const { return code_bytes == 1 ? code_gid[code] : code; }
};

FontEncoding make_encoding(const FontSubset& subset);

// The embedded CMap of a one-byte encoding: each code is its own CID (so
// CID 32 is the space, as word spacing in some readers assumes); the
// font's /CIDToGIDMap then maps CIDs to glyphs.
std::string encoding_cmap(const std::string& cmap_name);

}  // namespace pdf
