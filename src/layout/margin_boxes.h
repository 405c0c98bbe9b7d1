#pragma once
// Page furniture from the @page margin boxes: running title, "Page 3 of 12"
// and the like, drawn as artifacts once the page count is known.
#include <string>

#include "core/diagnostics.h"
#include "fonts/font_registry.h"
#include "layout/frame.h"
#include "style/style_sheet.h"

namespace layout {

// Pages [from, to) of a document; to < 0 means the last page.
struct PageRange {
  int from = 0, to = -1;
};

// What a range of pages shows in its margin boxes: its running title
// (string(title)) and its mark (string(mark): "NOT FOR PUBLICATION" on pages
// holding exempt material, else empty).
struct RunningText {
  std::string title, mark;
};

// Adds the margin boxes of @page (and @page :first on the first page) to
// the pages of `frames` in `range` (every page by default). Page numbers
// count from `first_page_number` for the first page of `frames`, and
// counter(pages) is the number of the last page of `frames`: a composed
// pack gives each part's pages its own running title (and mark) in turn.
//
// The three boxes of a band share the width between the page's left and
// right margins as CSS sizes them: the centre box is centred, and when the
// texts do not fit side by side each box gets a share in proportion to its
// text's width (kept kMarginBoxGap apart), and its text wraps at spaces.
// Lines that still do not fit the band's height end in "…". So boxes never
// overlap.
//
// A character the font lacks is a warning at the box's content declaration
// (css file:line), or for the running title at `source_name`.
void add_margin_boxes(Frames& frames, const style::StyleSheet& sheet, const fonts::FontRegistry& fonts,
                      const RunningText& running, int first_page_number, panelpack::Diagnostics& diags,
                      const std::string& source_name, const PageRange& range = {});

inline constexpr double kMarginBoxGap = 6;  // points between neighbouring boxes

}  // namespace layout
