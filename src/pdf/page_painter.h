#pragma once
// Turns one page of layout items into its PDF content stream: y flipped to
// PDF's bottom-up space, consecutive items of one structure element in one
// marked-content sequence (/P <</MCID n>> BDC … EMC), page furniture as
// /Artifact BMC … EMC, colour, font and line state written only when it
// changes. Knows nothing of libharu: resources arrive as names.
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "layout/frame.h"
#include "pdf/face_table.h"

namespace pdf {

struct PageResources {
  const FaceTable* faces = nullptr;
  std::map<std::string, std::string> images;                // file -> "Im1"; absent = not drawn
  std::map<std::pair<double, double>, std::string> alphas;  // (fill, stroke) opacity -> "GS1"
};

struct PaintedPage {
  std::string content;
  std::vector<layout::StructId> mcids;  // structure element of MCID 0, 1, …
};

PaintedPage paint_page(const layout::Page& page, const std::vector<layout::StructNode>& structure,
                       const PageResources& resources);

// The (fill, stroke) opacity pair an item needs an ExtGState for, or (1, 1).
std::pair<double, double> item_alphas(const layout::Item& item);

}  // namespace pdf
