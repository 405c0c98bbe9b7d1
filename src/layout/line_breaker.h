#pragma once
// Lines from inline text: break opportunities from UAX #14 (libunibreak),
// filled greedily; a soft hyphen is a break that shows '-', a zero width
// space one that shows nothing. A nowrap line wider than the box breaks
// at its spaces, and a word wider than the line after punctuation or else
// between characters, so no line is ever overfull. Lines are justified by spacing
// the words, or aligned left, right or centre. Each line becomes one
// fragment; orphans and widows decide where a page may break between them.
#include "layout/flow_builder.h"
#include "layout/inline_text.h"

namespace layout {

class LayoutContext;

struct ParagraphStyle {
  style::TextAlign align = style::TextAlign::left;
  double strut_ascent = 0, strut_descent = 0;  // the block's own line box, leading included
  int orphans = 2, widows = 2;
};

// The block's strut: its font's ascent and descent with half the leading.
ParagraphStyle paragraph_style(const style::ComputedStyle& s, const fonts::FontFace* face);

// Appends the lines of `text`, `width` wide starting at `x`.
void layout_lines(const InlineText& text, const ParagraphStyle& ps, double x, double width, LayoutContext& ctx,
                  FlowBuilder& out);

struct ContentWidths {
  double min = 0;  // the widest word or image
  double max = 0;  // the widest line without wrapping
  double floor = 0;  // the widest single character or image: narrower would overflow
};

ContentWidths measure_lines(const InlineText& text, LayoutContext& ctx);

}  // namespace layout
