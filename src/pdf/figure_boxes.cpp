#include "pdf/figure_boxes.h"

#include <algorithm>

#include "pdf/utf8.h"

namespace pdf {

namespace {

struct Extent {
  double x0, top, x1, bottom;  // layout coordinates, y down
};

Extent extent(const layout::Item& item, const FaceTable& faces) {
  if (const auto* r = std::get_if<layout::Rect>(&item))
    return {std::min(r->x, r->x + r->w), std::min(r->y, r->y + r->h), std::max(r->x, r->x + r->w),
            std::max(r->y, r->y + r->h)};
  if (const auto* i = std::get_if<layout::Image>(&item)) return {i->x, i->y, i->x + i->w, i->y + i->h};
  if (const auto* p = std::get_if<layout::Path>(&item)) {
    Extent e{1e9, 1e9, -1e9, -1e9};
    for (const layout::PathOp& o : p->ops) {
      if (o.kind == layout::PathOp::close) continue;
      e = {std::min(e.x0, o.x), std::min(e.top, o.y), std::max(e.x1, o.x), std::max(e.bottom, o.y)};
      if (o.kind == layout::PathOp::curve)
        e = {std::min({e.x0, o.x1, o.x2}), std::min({e.top, o.y1, o.y2}), std::max({e.x1, o.x1, o.x2}),
             std::max({e.bottom, o.y1, o.y2})};
    }
    double half = p->stroke ? p->stroke->width / 2 : 0;
    return {e.x0 - half, e.top - half, e.x1 + half, e.bottom + half};
  }
  const auto& t = std::get<layout::TextRun>(item);
  std::string codes;
  int face = faces.face_index(t.font);
  faces.codes(face, decode_utf8(t.text), codes);
  double width = faces.advance(face, codes) * t.size / 1000;
  return {t.x, t.y - 0.9 * t.size, t.x + width, t.y + 0.25 * t.size};
}

}  // namespace

std::map<layout::StructId, Box> figure_boxes(const layout::Frames& frames, const FaceTable& faces) {
  std::map<layout::StructId, Box> boxes;
  std::map<layout::StructId, bool> split;
  const int n = static_cast<int>(frames.structure.size());
  for (size_t p = 0; p < frames.pages.size(); ++p) {
    const layout::Page& page = frames.pages[p];
    for (const layout::Item& item : page.items) {
      layout::StructId tag = std::visit([](const auto& i) { return i.tag; }, item);
      if (tag < 0 || tag >= n || frames.structure[tag].role != layout::Role::Figure) continue;
      Extent e = extent(item, faces);
      if (!(e.x1 >= e.x0) || !(e.bottom >= e.top)) continue;
      Box b{static_cast<int>(p), e.x0, page.height - e.bottom, e.x1, page.height - e.top};
      auto [it, fresh] = boxes.emplace(tag, b);
      if (fresh) continue;
      Box& a = it->second;
      if (a.page != b.page) split[tag] = true;
      a = {a.page, std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
    }
  }
  for (const auto& [tag, s] : split) boxes.erase(tag);
  return boxes;
}

}  // namespace pdf
