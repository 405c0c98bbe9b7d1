#pragma once
// Cutting a fragment taller than a page (a table row with long cells) in
// two between lines: the cut goes at the lowest point at or above the limit
// that crosses no text run, image or path; backgrounds and borders are
// clipped to each part.
#include "layout/fragment.h"

namespace layout {

// Splits `f` so the first part is at most `max_height` tall. False when no
// such cut exists (the first line alone is taller).
bool split_fragment(const Fragment& f, double max_height, Fragment* first, Fragment* rest);

}  // namespace layout
