#pragma once
// A real subset of a TrueType font (hb-subset): only the glyphs for the
// code points a document uses, with glyph ids renumbered from 1 (0 stays
// .notdef), layout tables and hinting dropped. What the PDF embeds as
// /FontFile2.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pdf {

struct FontMetrics {  // in 1/1000 em, as PDF font descriptors want them
  double ascent = 0, descent = 0, cap_height = 0, x_height = 0;
  double bbox[4] = {0, 0, 0, 0};  // llx lly urx ury
  double italic_angle = 0;
  bool fixed_pitch = false;
  bool serif = false;
};

struct FontSubset {
  std::string data;                        // the subset font file
  std::map<char32_t, uint16_t> glyphs;     // code point -> glyph id in the subset
  std::vector<double> widths;              // advance per subset glyph id, 1/1000 em
  std::vector<char32_t> missing;           // asked-for code points the font lacks
  FontMetrics metrics;
};

// Subsets the font file at `path` to `codepoints`. nullopt if the file cannot
// be read or subset; *why then says which.
std::optional<FontSubset> subset_font(const std::string& path,
                                      const std::vector<char32_t>& codepoints,
                                      std::string* why = nullptr);

}  // namespace pdf
