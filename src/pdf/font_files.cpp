#include "pdf/font_files.h"

#include "fonts/font_families.h"

namespace pdf {

FaceFile face_file(const layout::FontSpec& spec, bool* known) {
  const fonts::FontFamily* family = fonts::find_font_family(spec.family);
  if (known) *known = family != nullptr;
  if (!family) family = &fonts::font_families().front();
  const std::string stem(family->file_stem);
  const std::string style(fonts::face_style(spec.bold, spec.italic));
  FaceFile f;
  f.base_font = style == "Regular" ? stem : stem + "-" + style;
  f.file = stem + "-" + style + ".ttf";
  f.label = family->name;
  if (spec.bold) f.label += " Bold";
  if (spec.italic) f.label += " Italic";
  return f;
}

}  // namespace pdf
