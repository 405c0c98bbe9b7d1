#include "layout/border_painter.h"

#include "layout/item_geometry.h"

namespace layout {

void draw_border_side(std::vector<Item>& out, double x, double y, double w, double h, bool horizontal,
                      style::BorderStyle bs, const style::Color& color) {
  if (bs == style::BorderStyle::none || w <= 0 || h <= 0 || color.a <= 0) return;
  Fill fill{to_color(color), color.a};
  if (bs == style::BorderStyle::solid || (bs == style::BorderStyle::double_line && (horizontal ? h : w) < 2.25)) {
    out.push_back(Rect{x, y, w, h, fill, std::nullopt, kArtifact});
    return;
  }
  if (bs == style::BorderStyle::double_line) {
    if (horizontal) {
      out.push_back(Rect{x, y, w, h / 3, fill, std::nullopt, kArtifact});
      out.push_back(Rect{x, y + 2 * h / 3, w, h / 3, fill, std::nullopt, kArtifact});
    } else {
      out.push_back(Rect{x, y, w / 3, h, fill, std::nullopt, kArtifact});
      out.push_back(Rect{x + 2 * w / 3, y, w / 3, h, fill, std::nullopt, kArtifact});
    }
    return;
  }
  double t = horizontal ? h : w;
  Stroke s{to_color(color), t, {}, color.a};
  s.dash = bs == style::BorderStyle::dashed ? std::vector<double>{3 * t, 3 * t} : std::vector<double>{t, t};
  Path p;
  if (horizontal) {
    p.ops.push_back(PathOp{PathOp::move, x, y + h / 2});
    p.ops.push_back(PathOp{PathOp::line, x + w, y + h / 2});
  } else {
    p.ops.push_back(PathOp{PathOp::move, x + w / 2, y});
    p.ops.push_back(PathOp{PathOp::line, x + w / 2, y + h});
  }
  p.stroke = s;
  out.push_back(std::move(p));
}

}  // namespace layout
