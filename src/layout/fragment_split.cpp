#include "layout/fragment_split.h"

#include <algorithm>

#include "layout/item_geometry.h"

namespace layout {

bool split_fragment(const Fragment& f, double max_h, Fragment* first, Fragment* rest) {
  // Items wholly above the limit stay; the others go over. The second part
  // starts at the highest item that goes over, so lines that straddle the
  // limit move whole and each cell keeps its lines in order.
  double resume = f.height;
  bool any_first = false;
  for (const Item& it : f.body.items) {
    if (std::holds_alternative<Rect>(it)) continue;  // rectangles are clipped, not moved
    double top = 0, bottom = 0;
    vertical_extent(it, &top, &bottom);
    if (bottom <= max_h + 1e-6) any_first = true;
    else resume = std::min(resume, top);
  }
  resume = std::max(0.0, std::min(resume, max_h));
  if (!any_first || resume <= 0.5) return false;
  const double cut = max_h;
  *first = Fragment{};
  *rest = Fragment{};
  first->kind = rest->kind = f.kind;
  first->table = rest->table = f.table;
  first->header_row = rest->header_row = f.header_row;
  first->splittable = rest->splittable = true;
  first->break_allowed = f.break_allowed;
  first->forced = f.forced;
  rest->break_allowed = true;
  first->height = cut;
  rest->height = f.height - resume;
  for (const Item& it : f.body.items) {
    if (const Rect* r = std::get_if<Rect>(&it)) {  // backgrounds and borders of nested boxes
      if (r->y < cut) {
        Rect a = *r;
        a.h = std::min(r->y + r->h, cut) - r->y;
        first->body.items.push_back(a);
      }
      if (r->y + r->h > resume) {
        Rect b = *r;
        double top = std::max(r->y, resume);
        b.h = r->y + r->h - top;
        b.y = top - resume;
        rest->body.items.push_back(b);
      }
      continue;
    }
    double top = 0, bottom = 0;
    vertical_extent(it, &top, &bottom);
    if (bottom <= max_h + 1e-6) {
      first->body.items.push_back(it);
    } else {
      Item moved = it;
      translate(moved, 0, -resume);
      rest->body.items.push_back(std::move(moved));
    }
  }
  for (const Rect& r : f.body.decor) {
    if (r.y < cut) {
      Rect a = r;
      a.h = std::min(r.y + r.h, cut) - r.y;
      first->body.decor.push_back(a);
    }
    if (r.y + r.h > resume) {
      Rect b = r;
      double top = std::max(r.y, resume);
      b.h = r.y + r.h - top;
      b.y = top - resume;
      rest->body.decor.push_back(b);
    }
  }
  for (const Link& l : f.body.links) {
    if (l.y + l.h <= max_h + 1e-6) {
      first->body.links.push_back(l);
    } else {
      Link m = l;
      m.y -= resume;
      rest->body.links.push_back(m);
    }
  }
  for (const Anchor& a : f.body.anchors) {
    if (a.y < resume) first->body.anchors.push_back(a);
    else rest->body.anchors.push_back(Anchor{a.name, a.y - resume});
  }
  for (const Mark& m : f.body.marks) {
    if (m.y < resume) first->body.marks.push_back(m);
    else rest->body.marks.push_back(Mark{m.level, m.title, m.y - resume});
  }
  return true;
}

}  // namespace layout
