#pragma once
// The document outline (bookmarks): entries nested by level, each opening
// its page at the heading's height. A level deeper than the one before it
// by more than one nests under the nearest shallower entry.
#include <hpdf.h>

#include <vector>

#include "layout/frame.h"

namespace pdf {

void write_outline(HPDF_Doc doc, const layout::Frames& frames, const std::vector<HPDF_Page>& pages);

}  // namespace pdf
