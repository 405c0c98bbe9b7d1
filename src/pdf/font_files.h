#pragma once
// Which font file paints a FontSpec. The house faces are the Liberation
// families (metric-compatible with Arial, Times New Roman and Courier New),
// so a stylesheet may name either; a CSS family list is tried in order. The
// families and their aliases are the table in fonts/font_families.h.
#include <string>

#include "fonts/font_families.h"
#include "layout/frame.h"

namespace pdf {

using fonts::kDefaultFontDir;

struct FaceFile {
  std::string file;       // "LiberationSans-BoldItalic.ttf"
  std::string base_font;  // PostScript name: "LiberationSans-BoldItalic"
  std::string label;      // for messages: "Liberation Sans Bold Italic"
};

// `known` is set to false when no family in the list is one we carry and
// Liberation Sans stands in.
FaceFile face_file(const layout::FontSpec& spec, bool* known = nullptr);

}  // namespace pdf
