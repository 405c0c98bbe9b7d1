#pragma once
// Tables: column widths from the content (minimum and preferred widths of
// every cell, colspan spread over its columns) or from widths in the style
// sheet, as CSS's automatic table layout. A table whose narrowest content
// is too wide for the page breaks its longest words first, keeping short
// words and nowrap cells whole as long as it can, then narrows the cell
// padding; one that does not fit even a character a column is a warning.
// Text is never clipped. Each row becomes one
// fragment that pagination keeps whole unless it is taller than a page;
// header rows (thead) are repeated on every page the table continues on;
// captions are kept with the table. Borders follow the collapsed model.
#include <pugixml.hpp>

#include "layout/block_layout.h"

namespace layout {

void layout_table(BlockLayout& blocks, const pugi::xml_node& table, const style::ComputedStyle& s, double x,
                  double width, StructId parent_tag);

ContentWidths measure_table(BlockLayout& blocks, const pugi::xml_node& table, const style::ComputedStyle& s,
                            double avail);

}  // namespace layout
