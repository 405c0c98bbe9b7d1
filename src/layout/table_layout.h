#pragma once
// Tables: column widths from the content (minimum and preferred widths of
// every cell, colspan spread over its columns) or from widths in the style
// sheet; a table too wide for the page gets narrower columns and wrapped
// (if need be broken) cell text, never clipped. Each row becomes one
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
