#pragma once
// The vertical stream layout produces before pagination: fragments stacked
// top to bottom (a line of text, a table row, a margin, a box edge), each
// with what may happen before it (may a page break there? must it?). Items
// inside a fragment are placed relative to it: x from the left edge of the
// page's content area, y from the fragment's top.
#include <string>
#include <vector>

#include "layout/frame.h"
#include "style/computed_style.h"

namespace layout {

struct Anchor {  // becomes a Destination
  std::string name;
  double y = 0;
};

struct Mark {  // becomes a Bookmark
  int level = 1;
  std::string title;
  double y = 0;
};

// What a fragment holds besides its size: drawn items and navigation.
struct Content {
  std::vector<Item> items;
  std::vector<Rect> decor;  // clipped, not moved, when a fragment is split
  std::vector<Link> links;
  std::vector<Anchor> anchors;
  std::vector<Mark> marks;
  bool empty() const { return items.empty() && decor.empty() && links.empty() && anchors.empty() && marks.empty(); }
};

struct Fragment {
  enum Kind {
    content,    // lines, rows, images: never dropped
    margin,     // collapsed vertical margin: dropped at the top of a page
    padding,    // box padding and border: kept
    box_open,   // a box with background or border starts (height 0)
    box_close,  // and ends (height 0)
  } kind = content;
  double height = 0;
  Content body;
  bool break_allowed = true;  // may a page break come right before this fragment?
  style::BreakValue forced = style::BreakValue::automatic;  // page, left or right: a break must come before it
  int box = -1;        // box_open/box_close: index into Flow::boxes
  int table = -1;      // a table row: index into Flow::tables
  bool header_row = false;
  bool splittable = false;  // a table row may be cut between lines when taller than a page
};

// A box whose background and borders are drawn around the fragments
// between its box_open and box_close, once per page it spans.
struct BoxDecor {
  double x = 0, w = 0;  // border box, relative to the content area
  style::Color background;
  double border[4] = {0, 0, 0, 0};
  style::BorderStyle border_style[4] = {};
  style::Color border_color[4];
};

struct TableInfo {
  std::vector<Fragment> header;  // rows repeated at the top of every page the table continues on
  double header_height = 0;
};

struct Flow {
  std::vector<Fragment> fragments;
  std::vector<BoxDecor> boxes;
  std::vector<TableInfo> tables;
};

}  // namespace layout
