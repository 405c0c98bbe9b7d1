#pragma once
// Explicit destinations ([page /XYZ left top null], built by hand because
// HPDF_Destination_SetXYZ rejects a null zoom) and the catalog's /Dests name
// tree that internal links point into by element id.
#include <hpdf.h>

#include <set>
#include <string>
#include <vector>

#include "layout/frame.h"

namespace pdf {

// y is a layout (top-down) coordinate on a page `page_height` tall.
HPDF_Array xyz_destination(HPDF_Doc doc, HPDF_Page page, double page_height, double y);

// Writes /Names << /Dests … >> for every destination whose page exists and
// returns the names written (the first of duplicate names wins).
std::set<std::string> write_named_destinations(HPDF_Doc doc, const layout::Frames& frames,
                                               const std::vector<HPDF_Page>& pages);

}  // namespace pdf
