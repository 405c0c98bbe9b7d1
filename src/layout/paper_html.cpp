#include "layout/paper_html.h"

#include <string>
#include <vector>

namespace layout {

bool is_block_level(ElementKind k) {
  switch (k) {
    case ElementKind::inline_text:
    case ElementKind::line_break:
    case ElementKind::image:
    case ElementKind::svg:
    case ElementKind::svg_part:  // misplaced outside <svg>; reported where it is met
      return false;
    default:
      return true;
  }
}

Role block_role(std::string_view name) {
  if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6')
    return static_cast<Role>(static_cast<int>(Role::H1) + (name[1] - '1'));
  if (name == "p") return Role::P;
  if (name == "section" || name == "article") return Role::Sect;
  // A <figure> groups its image and caption: the image is the Figure (its
  // /Alt stands for the image alone) and the caption, with its links, is
  // its sibling, read as text.
  if (name == "figcaption" || name == "caption") return Role::Caption;
  return Role::Div;
}

}  // namespace layout
