#pragma once
// The inline content of one paragraph gathered into a single UTF-8 string
// with white space collapsed as CSS does, plus the style of every stretch
// of it (spans), inline images and charts (atomic boxes, one U+FFFC each),
// links and element ids. Line breaking works on this.
#include <cstdint>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "fonts/font_face.h"
#include "layout/frame.h"
#include "style/computed_style.h"

namespace layout {

class LayoutContext;

struct InlineSpan {
  std::uint32_t begin = 0, end = 0;  // bytes of InlineText::text
  const fonts::FontFace* face = nullptr;
  FontSpec font;
  double size = 12;
  Color color;
  double line_height = 13.8;  // points
  bool underline = false;
  bool nowrap = false;
  style::Color background{0, 0, 0, 0};  // of the inline element (or an enclosing one)
  StructId tag = kArtifact;
  int link = -1;    // index into InlineText::links
  int atomic = -1;  // index into InlineText::atomics (the span is one U+FFFC)
};

struct AtomicBox {
  enum Kind { image, svg } kind = image;
  double w = 0, h = 0;   // points
  std::string file;      // image: the resolved path
  pugi::xml_node node;   // svg: the element to draw
  StructId tag = kArtifact;
};

struct InlineLink {
  std::string uri;   // external
  std::string dest;  // "#id" without the '#'
  StructId tag = kArtifact;
};

// Characters kept in the text for line breaking but never drawn and zero
// wide: soft hyphen (a break that shows '-'), zero width space (a break),
// word joiner, zero width (non-)joiner and the byte order mark (no break).
inline bool invisible_char(char32_t cp) {
  return cp == 0xad || cp == 0x200b || cp == 0x200c || cp == 0x200d || cp == 0x2060 || cp == 0xfeff;
}

struct InlineText {
  std::string text;
  std::vector<InlineSpan> spans;
  std::vector<AtomicBox> atomics;
  std::vector<InlineLink> links;
  std::vector<std::pair<std::uint32_t, std::string>> anchors;  // byte offset, element id
  bool last_space = true;  // collapsing state: the text so far ends in white space (or is empty)

  bool empty() const { return spans.empty() && anchors.empty(); }
  // Drops a trailing collapsible space.
  void trim_end();
};

// Adds the inline node `node` (a text node, an inline element, br, img or
// svg) whose parent has style `parent` to `out`. `tag` is the structure
// element the text belongs to.
void collect_inline(const pugi::xml_node& node, const style::ComputedStyle& parent, StructId tag, double avail_width,
                    LayoutContext& ctx, InlineText& out);

}  // namespace layout
