#pragma once
// Page furniture from the @page margin boxes: running title, "Page 3 of 12"
// and the like, drawn as artifacts once the page count is known.
#include <string>

#include "fonts/font_registry.h"
#include "layout/frame.h"
#include "style/style_sheet.h"

namespace layout {

// Adds the margin boxes of @page (and @page :first on the first page) to
// every page of `frames`. Page numbers count from `first_page_number`.
void add_margin_boxes(Frames& frames, const style::StyleSheet& sheet, const fonts::FontRegistry& fonts,
                      const std::string& title, int first_page_number);

}  // namespace layout
