#include "layout/fragment_placer.h"

#include "layout/border_painter.h"
#include "layout/item_geometry.h"

namespace layout {

void FragmentPlacer::open_box(int box, double top, bool first) {
  const BoxDecor& b = flow_.boxes[box];
  std::size_t bg = std::string::npos;
  if (b.background.a > 0) {
    bg = out_->items.size();
    out_->items.push_back(Rect{});
  }
  open_.push_back(Open{box, top, first, bg});
}

void FragmentPlacer::begin_segment(Content& out, double top) {
  out_ = &out;
  std::vector<Open> carried;
  carried.swap(open_);
  for (const Open& o : carried) open_box(o.box, top, false);
}

void FragmentPlacer::draw(const Open& o, double bottom, bool last) {
  const BoxDecor& b = flow_.boxes[o.box];
  double x = b.x + dx_;
  double h = bottom - o.top;
  if (h <= 0) return;
  if (o.background != std::string::npos)
    out_->items[o.background] =
        Rect{x, o.top, b.w, h, Fill{to_color(b.background), b.background.a}, std::nullopt, kArtifact};
  using style::kBottom, style::kLeft, style::kRight, style::kTop;
  if (o.first_segment && b.border[kTop] > 0)
    draw_border_side(out_->items, x, o.top, b.w, b.border[kTop], true, b.border_style[kTop], b.border_color[kTop]);
  if (last && b.border[kBottom] > 0)
    draw_border_side(out_->items, x, bottom - b.border[kBottom], b.w, b.border[kBottom], true, b.border_style[kBottom],
                     b.border_color[kBottom]);
  if (b.border[kLeft] > 0)
    draw_border_side(out_->items, x, o.top, b.border[kLeft], h, false, b.border_style[kLeft], b.border_color[kLeft]);
  if (b.border[kRight] > 0)
    draw_border_side(out_->items, x + b.w - b.border[kRight], o.top, b.border[kRight], h, false,
                     b.border_style[kRight], b.border_color[kRight]);
}

bool FragmentPlacer::place_marker(const Fragment& f, double y) {
  if (f.kind == Fragment::box_open) {
    open_box(f.box, y, true);
    return true;
  }
  if (f.kind == Fragment::box_close) {
    for (std::size_t i = open_.size(); i-- > 0;)
      if (open_[i].box == f.box) {
        draw(open_[i], y, true);
        open_.erase(open_.begin() + static_cast<std::ptrdiff_t>(i));
        break;
      }
    return true;
  }
  return false;
}

void FragmentPlacer::place(const Fragment& f, double y, bool artifact) {
  if (place_marker(f, y) || f.body.empty()) return;
  // Decorations (cell backgrounds and borders) go under the content.
  for (const Rect& r : f.body.decor) {
    out_->items.push_back(r);
    translate(out_->items.back(), dx_, y);
  }
  for (const Item& item : f.body.items) {
    out_->items.push_back(item);
    translate(out_->items.back(), dx_, y);
    if (artifact) std::visit([](auto& x) { x.tag = kArtifact; }, out_->items.back());
  }
  for (Link l : f.body.links) {
    l.x += dx_;
    l.y += y;
    if (artifact) l.tag = kArtifact;
    out_->links.push_back(std::move(l));
  }
  if (artifact) return;
  for (const Anchor& a : f.body.anchors) out_->anchors.push_back(Anchor{a.name, a.y + y});
  for (const Mark& m : f.body.marks) out_->marks.push_back(Mark{m.level, m.title, m.y + y});
}

void FragmentPlacer::place(Fragment&& f, double y) {
  if (place_marker(f, y) || f.body.empty()) return;
  for (const Rect& r : f.body.decor) {
    out_->items.push_back(r);
    translate(out_->items.back(), dx_, y);
  }
  for (Item& item : f.body.items) {
    translate(item, dx_, y);
    out_->items.push_back(std::move(item));
  }
  for (Link& l : f.body.links) {
    l.x += dx_;
    l.y += y;
    out_->links.push_back(std::move(l));
  }
  for (Anchor& a : f.body.anchors) {
    a.y += y;
    out_->anchors.push_back(std::move(a));
  }
  for (Mark& m : f.body.marks) {
    m.y += y;
    out_->marks.push_back(std::move(m));
  }
  f.body = Content{};
}

void FragmentPlacer::end_segment(double bottom) {
  for (const Open& o : open_) draw(o, bottom, false);
}

}  // namespace layout
