#pragma once
// Moving items about and asking how tall they are.
#include "layout/fragment.h"

namespace layout {

void translate(Item& item, double dx, double dy);
void translate(Content& content, double dx, double dy);

// Top and bottom of the ink of an item (a text run from its ascender to its
// descender).
void vertical_extent(const Item& item, double* top, double* bottom);

// Appends all of `from`, moved by (dx, dy), to `to`. Items become artifacts
// when `artifact` is set (repeated table headers).
void append_moved(Content& to, const Content& from, double dx, double dy, bool artifact = false);

Color to_color(const style::Color& c);

}  // namespace layout
