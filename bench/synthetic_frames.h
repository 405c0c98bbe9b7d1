#pragma once
// Frames shaped like the laid-out synthetic pack (text lines, table grids,
// chart paths, page furniture, a structure tree), built directly so the
// painter can be timed on its own, without layout.
#include "layout/frame.h"

namespace bench {

layout::Frames synthetic_frames(int pages);

}  // namespace bench
