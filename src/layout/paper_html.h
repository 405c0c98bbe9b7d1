#pragma once
// The elements of paper HTML and how layout treats each one. Anything else
// is an error naming the element.
#include <string>
#include <string_view>
#include <vector>

#include "layout/frame.h"

namespace layout {

enum class ElementKind {
  block,       // div, section, article, header, footer, aside, nav, main, address, blockquote, dl, dt, dd
  heading,     // h1 … h6
  paragraph,   // p
  figure,      // figure
  caption,     // figcaption, caption
  list,        // ul, ol
  list_item,   // li
  table,       // table
  table_group, // thead, tbody, tfoot
  table_row,   // tr
  table_cell,  // th, td
  rule,        // hr
  inline_text, // span, strong, b, em, i, a, small, sub, sup, abbr, time, code, mark, u, s, q, cite
  line_break,  // br
  image,       // img
  svg,         // svg
  unknown,
};

ElementKind element_kind(std::string_view name);

// Block-level (starts a new block) as opposed to inline content.
bool is_block_level(ElementKind k);

// The structure role of a block element.
Role block_role(std::string_view name);

// The names of the supported elements, for "did you mean" hints.
const std::vector<std::string>& paper_html_elements();

}  // namespace layout
