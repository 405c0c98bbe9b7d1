#pragma once
// Drawing one side of a border: a filled rectangle for solid borders, two
// thin ones for double, a dashed or dotted stroke along the middle
// otherwise. Borders are page furniture (artifacts).
#include <vector>

#include "layout/frame.h"
#include "style/computed_style.h"

namespace layout {

// The side occupies the rectangle (x, y, w, h); `horizontal` says whether
// it runs left to right (top and bottom sides).
void draw_border_side(std::vector<Item>& out, double x, double y, double w, double h, bool horizontal,
                      style::BorderStyle bs, const style::Color& color);

}  // namespace layout
