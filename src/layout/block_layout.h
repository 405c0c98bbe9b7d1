#pragma once
// Block flow: each block-level element becomes a box with margins (which
// collapse), borders, padding and background around its children; runs of
// inline content between blocks become paragraphs of lines. Lists place
// their markers in the hanging indent; tables go to table_layout.
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "layout/flow_builder.h"
#include "layout/line_breaker.h"

namespace layout {

class LayoutContext;

inline constexpr double kMinContentWidth = 36;  // points: half an inch, a few words

class BlockLayout {
 public:
  BlockLayout(LayoutContext& ctx, FlowBuilder& out) : ctx_(ctx), out_(out) {}

  LayoutContext& context() { return ctx_; }
  FlowBuilder& output() { return out_; }

  // The children of `node` (style `s`) in the content box [x, x + width).
  // In a text container (p, h1 …, li, td …) inline content belongs to
  // `tag`; elsewhere each run of it gets a P structure element.
  void children(const pugi::xml_node& node, const style::ComputedStyle& s, double x, double width, StructId tag,
                bool text_container);

  // One block-level element whose parent has style `parent`.
  void block(const pugi::xml_node& node, const style::ComputedStyle& parent, double x, double width,
             StructId parent_tag);

  // The narrowest and widest the content of `node` can be laid out.
  ContentWidths measure_children(const pugi::xml_node& node, const style::ComputedStyle& s, double avail);
  ContentWidths measure_block(const pugi::xml_node& node, const style::ComputedStyle& parent, double avail);

  struct Box {
    double content_x = 0, content_width = 0;
    int decor = -1;
    double bottom = 0;  // padding + border below the content
    double containing_width = 0;  // what percentages of margins refer to
  };
  // Margins, break rules, border and padding above a box's content …
  // The content is never narrower than kMinContentWidth (nor than `width`):
  // when margins, borders and padding leave less, it keeps that width, ends
  // at the containing block's right edge at the latest, and a warning (once
  // per document) names `node`.
  Box begin_box(const style::ComputedStyle& s, double x, double width, const pugi::xml_node& node = {});
  // … and below it.
  void end_box(const Box& box, const style::ComputedStyle& s);

 private:
  // The items of a list, with their styles, markers and indents.
  struct ListItem {
    pugi::xml_node li;
    style::ComputedStyle style;
    std::string marker;
    double marker_w = 0;  // the marker and the space after it
    double indent = 0;    // the item's own left margin, border and padding
  };
  std::vector<ListItem> list_items(const pugi::xml_node& node, const style::ComputedStyle& s, double width);
  void list(const pugi::xml_node& node, const style::ComputedStyle& s, double x, double width, StructId tag);
  void narrow_content(const pugi::xml_node& node, double left);  // the warning of begin_box

  LayoutContext& ctx_;
  FlowBuilder& out_;
};

// The text of an element with white space collapsed (heading bookmarks).
std::string text_content(const pugi::xml_node& node);

}  // namespace layout
