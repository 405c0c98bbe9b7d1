#include "style/computed_style.h"

namespace style {

ComputedStyle ComputedStyle::inherit() const {
  ComputedStyle child;
  child.font_family = font_family;
  child.font_size = font_size;
  child.bold = bold;
  child.italic = italic;
  child.color = color;
  child.text_align = text_align;
  child.line_height = line_height;
  child.list_style_type = list_style_type;
  child.orphans = orphans;
  child.widows = widows;
  child.white_space = white_space;
  child.underline = underline;
  return child;
}

}  // namespace style
