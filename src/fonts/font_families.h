#pragma once
// The one table of font families: the Liberation families we carry and the
// CSS names each stands in for (Liberation Sans for Arial, Helvetica and
// sans-serif; Liberation Serif for Times New Roman, Times and serif;
// Liberation Mono for Courier New, Courier and monospace; Liberation Sans
// Narrow for Arial Narrow). Layout measures with it (FontRegistry) and the
// PDF painter picks files with it (pdf/font_files.h).
#include <span>
#include <string>
#include <string_view>

namespace fonts {

// Where fonts-liberation installs the TTF files.
inline constexpr const char* kDefaultFontDir = "/usr/share/fonts/truetype/liberation";

struct FontFamily {
  std::string_view name;       // canonical: "Liberation Sans"
  std::string_view file_stem;  // file and PostScript family name: "LiberationSans"
  std::span<const std::string_view> aliases;  // lower case, the canonical name first
};

// Every family; the first, Liberation Sans, stands in for unknown ones.
std::span<const FontFamily> font_families();

// The first family of a CSS list ("'Frutiger', Arial, sans-serif") that we
// carry (names compared without case or quotes); nullptr when none is.
const FontFamily* find_font_family(std::string_view css_family_list);

// The style part of a face's file name: "Regular", "Bold", "Italic" or "BoldItalic".
std::string_view face_style(bool bold, bool italic);

// The warning for a family list none of whose names we carry, and its hint
// (layout and the painter say the same).
std::string unknown_family_message(std::string_view css_family_list);
inline constexpr const char* kUnknownFamilyHint =
    "use Arial, Helvetica, Times New Roman, Courier New or the generic sans-serif, serif, monospace";

}  // namespace fonts
