#pragma once
// What @page says: page size, margins, and the margin boxes (@top-left …
// @bottom-right) with their content.
#include <map>
#include <string>
#include <vector>

#include "core/source_pos.h"
#include "style/css_value.h"

namespace style {

// One piece of a margin box's content: "text", counter(page),
// counter(pages), string(title) (the running title given to layout) or
// string(mark) ("NOT FOR PUBLICATION" on a page holding exempt material,
// else nothing).
struct ContentPart {
  enum Kind { text, page, pages, title, mark } kind = text;
  std::string value;  // for text
};

struct MarginBox {
  std::vector<ContentPart> content;
  double font_size = 9;
  Color color{0, 0, 0, 1};
  bool bold = false;
  bool italic = false;
  std::string font_family = "Liberation Sans";
  panelpack::SourcePos content_pos;  // of the content declaration, for messages
};

struct PageStyle {
  double width = 595.28, height = 841.89;  // A4 portrait, points
  double margin[4] = {72, 72, 72, 72};     // top, right, bottom, left
  // Keyed by the at-rule name without '@': "top-left", "top-center",
  // "top-right", "bottom-left", "bottom-center", "bottom-right".
  std::map<std::string, MarginBox> boxes;
};

}  // namespace style
