#pragma once
// The bounding box of every Figure, for its /BBox layout attribute (PDF 1.7
// requires it of a figure that sits on one page; reflow and assistive
// tools use it). In PDF coordinates (y up); a figure that spans pages gets
// none.
#include <map>

#include "layout/frame.h"
#include "pdf/face_table.h"

namespace pdf {

struct Box {
  int page = -1;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

std::map<layout::StructId, Box> figure_boxes(const layout::Frames& frames, const FaceTable& faces);

}  // namespace pdf
