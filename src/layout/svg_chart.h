#pragma once
// Our chart subset of SVG drawn as vector items: svg, g, path (M L H V C Z,
// absolute and relative), line, polyline, polygon, rect, circle, text and
// tspan (x, y, dx, dy, text-anchor, dominant-baseline), with fill, stroke,
// stroke-width, stroke-dasharray, opacity, fill-opacity, stroke-opacity,
// font-size, font-family, font-weight and transform="translate(x, y)".
// <title> and <desc> give the alternative text. Any other element, path
// command or transform is an error.
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "layout/frame.h"

namespace layout {

class LayoutContext;

struct SvgBox {
  double w = 300 * 0.75, h = 150 * 0.75;  // points (CSS default 300 x 150 px)
  double vb_x = 0, vb_y = 0, vb_w = 300, vb_h = 150;
};

// The size from the width and height attributes (px, pt or plain numbers
// taken as px), else from the viewBox.
SvgBox svg_box(const pugi::xml_node& svg);

// The <title> and <desc> texts, joined by ". ".
std::string svg_alt(const pugi::xml_node& svg);

// Draws `svg` into the rectangle (x, y, w, h) of the page, keeping its
// aspect ratio (centred, as preserveAspectRatio="xMidYMid meet").
void draw_svg(const pugi::xml_node& svg, double x, double y, double w, double h, StructId tag, LayoutContext& ctx,
              std::vector<Item>& out);

}  // namespace layout
