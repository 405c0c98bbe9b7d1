#pragma once
// The paper HTML subset: the one list of elements that templates may produce.
// render/ refuses anything else, layout/ lays each element out by its kind,
// and docs/templates.md lists the same names (a test compares them).
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace panelpack {

// What an element of the subset is, for layout; unknown is outside it.
enum class PaperKind {
  block,        // article, section, div, header, footer
  heading,      // h1 … h6
  paragraph,    // p
  figure,       // figure
  caption,      // figcaption, caption
  list,         // ul, ol
  list_item,    // li
  table,        // table
  table_group,  // thead, tbody
  table_row,    // tr
  table_cell,   // th, td
  inline_text,  // strong, b, em, i, a, span, small
  line_break,   // br
  image,        // img
  svg,          // svg: a chart
  svg_part,     // the chart subset of SVG, only inside <svg>
  unknown,      // not in the subset
};

struct PaperElement {
  std::string_view name;
  PaperKind kind;
};

// Every element of the subset, in the order docs/templates.md lists them.
std::span<const PaperElement> paper_elements();

// The kind of element `name`; PaperKind::unknown when it is not in the subset.
PaperKind paper_kind(std::string_view name);

// The names of the HTML elements (not the SVG parts), for "did you mean" hints.
const std::vector<std::string>& paper_html_names();

// The names of the SVG elements allowed inside <svg>, for "did you mean" hints.
const std::vector<std::string>& paper_svg_names();

}  // namespace panelpack
