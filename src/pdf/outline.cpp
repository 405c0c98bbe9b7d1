#include "pdf/outline.h"

#include "pdf/destinations.h"
#include "pdf/hpdf_objects.h"

namespace pdf {

void write_outline(HPDF_Doc doc, const layout::Frames& frames, const std::vector<HPDF_Page>& pages) {
  struct Open {
    int level;
    HPDF_Outline outline;
  };
  std::vector<Open> stack;
  bool any = false;
  for (const layout::Bookmark& b : frames.bookmarks) {
    if (b.page < 0 || b.page >= static_cast<int>(pages.size())) continue;
    while (!stack.empty() && stack.back().level >= b.level) stack.pop_back();
    HPDF_Outline parent = stack.empty() ? nullptr : stack.back().outline;
    HPDF_Outline o = HPDF_CreateOutline(doc, parent, "", nullptr);
    if (!o) continue;
    HPDF_Dict_RemoveElement(o, "Type");  // only the outline root has a /Type
    HPDF_Dict_Add(o, "Title", text_string(doc, b.title));
    HPDF_Dict_Add(o, "Dest", xyz_destination(doc, pages[b.page], frames.pages[b.page].height, b.y));
    if (b.level <= 1) HPDF_Outline_SetOpened(o, HPDF_TRUE);
    stack.push_back({b.level, o});
    any = true;
  }
  if (any) HPDF_SetPageMode(doc, HPDF_PAGE_MODE_USE_OUTLINE);
}

}  // namespace pdf
