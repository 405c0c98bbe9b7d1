#include "layout/item_geometry.h"

#include <algorithm>

namespace layout {

void translate(Item& item, double dx, double dy) {
  std::visit(
      [&](auto& it) {
        using T = std::decay_t<decltype(it)>;
        if constexpr (std::is_same_v<T, Path>) {
          for (PathOp& op : it.ops) {
            op.x += dx;
            op.y += dy;
            op.x1 += dx;
            op.y1 += dy;
            op.x2 += dx;
            op.y2 += dy;
          }
        } else {
          it.x += dx;
          it.y += dy;
        }
      },
      item);
}

void translate(Content& c, double dx, double dy) {
  for (Item& i : c.items) translate(i, dx, dy);
  for (Rect& r : c.decor) {
    r.x += dx;
    r.y += dy;
  }
  for (Link& l : c.links) {
    l.x += dx;
    l.y += dy;
  }
  for (Anchor& a : c.anchors) a.y += dy;
  for (Mark& m : c.marks) m.y += dy;
}

void vertical_extent(const Item& item, double* top, double* bottom) {
  if (const auto* t = std::get_if<TextRun>(&item)) {
    *top = t->y - 0.905 * t->size;
    *bottom = t->y + 0.212 * t->size;
  } else if (const auto* r = std::get_if<Rect>(&item)) {
    *top = r->y;
    *bottom = r->y + r->h;
  } else if (const auto* im = std::get_if<Image>(&item)) {
    *top = im->y;
    *bottom = im->y + im->h;
  } else if (const auto* p = std::get_if<Path>(&item)) {
    *top = 1e300;
    *bottom = -1e300;
    for (const PathOp& op : p->ops) {
      *top = std::min(*top, op.y);
      *bottom = std::max(*bottom, op.y);
      if (op.kind == PathOp::curve) {
        *top = std::min({*top, op.y1, op.y2});
        *bottom = std::max({*bottom, op.y1, op.y2});
      }
    }
    if (p->ops.empty()) *top = *bottom = 0;
  }
}

void append_moved(Content& to, const Content& from, double dx, double dy, bool artifact) {
  for (Item it : from.items) {
    translate(it, dx, dy);
    if (artifact) std::visit([](auto& x) { x.tag = kArtifact; }, it);
    to.items.push_back(std::move(it));
  }
  for (Rect r : from.decor) {
    r.x += dx;
    r.y += dy;
    to.decor.push_back(r);
  }
  for (Link l : from.links) {
    l.x += dx;
    l.y += dy;
    if (artifact) l.tag = kArtifact;
    to.links.push_back(std::move(l));
  }
  if (artifact) return;
  for (Anchor a : from.anchors) {
    a.y += dy;
    to.anchors.push_back(std::move(a));
  }
  for (Mark m : from.marks) {
    m.y += dy;
    to.marks.push_back(std::move(m));
  }
}

Color to_color(const style::Color& c) { return Color{c.r, c.g, c.b}; }

}  // namespace layout
