#pragma once
// The table of document kinds. A composed kind comes after the kinds it is
// made from: within one meeting, documents are planned, laid out, composed
// and written in table order.
#include <span>

#include "kinds/kind.h"

namespace panelpack {

std::span<const Kind> kinds();

}  // namespace panelpack
