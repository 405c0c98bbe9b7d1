#pragma once
// The images a document draws (PNG and JPEG, recognised by their first
// bytes), each loaded into the PDF once however often it appears. A file
// that cannot be read or decoded is a warning and the image is left out.
#include <hpdf.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/diagnostics.h"
#include "layout/frame.h"

namespace pdf {

struct ImageResources {
  std::map<std::string, std::string> names;                  // file -> "Im1"
  std::vector<std::pair<std::string, HPDF_Image>> objects;  // "Im1" -> image, in order
};

ImageResources load_images(HPDF_Doc doc, const layout::Frames& frames, panelpack::Diagnostics& diags);

}  // namespace pdf
