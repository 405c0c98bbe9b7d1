#include "layout/fragment_split.h"

#include <algorithm>

#include "layout/item_geometry.h"

namespace layout {

bool split_fragment(const Fragment& f, double max_h, Fragment* first, Fragment* rest) {
  struct Span {
    double top, bottom;
  };
  std::vector<Span> spans;
  spans.reserve(f.body.items.size());
  for (const Item& it : f.body.items) {
    Span s{};
    vertical_extent(it, &s.top, &s.bottom);
    // Rects drawn under text (underlines) may hang a little below it.
    spans.push_back(s);
  }
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.top < b.top; });
  // The lowest cut c <= max_h with every item either wholly above or below.
  double cut = 0;
  double reach = 0;  // lowest bottom of the items above the candidate
  for (const Span& s : spans) {
    if (s.top > max_h) break;
    if (s.top >= reach - 1e-6 && s.top > 0) cut = s.top;
    reach = std::max(reach, s.bottom);
  }
  if (reach <= max_h) cut = std::max(cut, std::min(max_h, reach));
  if (cut <= 0.5) return false;
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
  rest->height = f.height - cut;
  for (const Item& it : f.body.items) {
    double top = 0, bottom = 0;
    vertical_extent(it, &top, &bottom);
    if (top < cut - 1e-6) {
      first->body.items.push_back(it);
    } else {
      Item moved = it;
      translate(moved, 0, -cut);
      rest->body.items.push_back(std::move(moved));
    }
  }
  for (const Rect& r : f.body.decor) {
    if (r.y < cut) {
      Rect a = r;
      a.h = std::min(r.y + r.h, cut) - r.y;
      first->body.decor.push_back(a);
    }
    if (r.y + r.h > cut) {
      Rect b = r;
      double top = std::max(r.y, cut);
      b.h = r.y + r.h - top;
      b.y = top - cut;
      rest->body.decor.push_back(b);
    }
  }
  for (const Link& l : f.body.links) {
    if (l.y < cut) first->body.links.push_back(l);
    else {
      Link m = l;
      m.y -= cut;
      rest->body.links.push_back(m);
    }
  }
  for (const Anchor& a : f.body.anchors) {
    if (a.y < cut) first->body.anchors.push_back(a);
    else rest->body.anchors.push_back(Anchor{a.name, a.y - cut});
  }
  for (const Mark& m : f.body.marks) {
    if (m.y < cut) first->body.marks.push_back(m);
    else rest->body.marks.push_back(Mark{m.level, m.title, m.y - cut});
  }
  return true;
}

}  // namespace layout
