#pragma once
// Cutting a fragment taller than a page (a table row with long cells) in
// two between lines: text runs, images and paths wholly above the limit
// stay, the rest move to the second part, which starts at the highest of
// them (so a line that would straddle the limit moves whole, and lines
// keep their order in every cell); backgrounds and borders are clipped to
// each part.
#include "layout/fragment.h"

namespace layout {

// Splits `f` so the first part is at most `max_height` tall. False when
// nothing fits above the limit (the first line alone is taller).
bool split_fragment(const Fragment& f, double max_height, Fragment* first, Fragment* rest);

}  // namespace layout
