#pragma once
// Pagination: fragments -> pages. Each page takes fragments until the next
// would overflow, then breaks at the last place a break is allowed (so
// headings stay with what follows and orphans and widows hold); where no
// break is allowed at all the page breaks at the overflow; a table row
// taller than a page is split between lines, starting where it reaches
// (it would be split anyway). Margins vanish at the top of
// a page after an unforced break. Forced breaks start a new page, with a
// blank page ("This page is intentionally left blank") when break-before:
// right (or left) needs an odd (or even) page. Table header rows are
// repeated as artifacts at the top of every page a table continues on
// (unless they are taller than a quarter of the page).
#include <string>

#include "fonts/font_face.h"
#include "layout/fragment.h"

namespace layout {

struct PageGeometry {
  double width = 595.28, height = 841.89;
  double top = 72, right = 72, bottom = 72, left = 72;
  double content_height() const { return height - top - bottom; }
};

struct PaginateOptions {
  PageGeometry first, rest;
  int first_page_number = 1;
  std::string blank_text;
  const fonts::FontFace* blank_face = nullptr;
  FontSpec blank_font;
};

// Appends the pages to frames.pages and the destinations and bookmarks
// they hold to frames.destinations and frames.bookmarks.
void paginate(Flow& flow, const PaginateOptions& options, Frames& frames);

}  // namespace layout
