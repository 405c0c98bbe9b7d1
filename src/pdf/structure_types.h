#pragma once
// The PDF standard structure type of each layout role (ISO 32000-1, 14.8.4),
// as written in /S of a structure element and as the marked-content tag.
#include "layout/frame.h"

namespace pdf {

const char* structure_type(layout::Role role);

}  // namespace pdf
