#pragma once
// Embeds a font subset as a Type0 font with a CIDFontType2 descendant:
// CIDs are the subset's glyph ids (/CIDToGIDMap /Identity), codes one byte
// through an embedded CMap or two-byte glyph ids (Identity-H, see
// FontEncoding), widths for exactly the subset's glyphs, the subset as
// /FontFile2, a correct bfchar/bfrange /ToUnicode, and a BaseFont
// "TAG+Name" whose tag is a hash of the subset. Built by hand rather than through HPDF_LoadTTFont: libharu
// keys codes by Unicode and writes a 128 KB CIDToGIDMap, a whole-font /W and
// a malformed ToUnicode CMap for every font.
#include <hpdf.h>

#include <string>

#include "pdf/font_encoding.h"
#include "pdf/font_files.h"
#include "pdf/font_subset.h"

namespace pdf {

// Returns the Type0 font dictionary (indirect), ready for a /Font resource.
HPDF_Dict embed_font(HPDF_Doc doc, const FontSubset& subset, const FontEncoding& encoding,
                     const FaceFile& face);

}  // namespace pdf
