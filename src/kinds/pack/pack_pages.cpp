#include "kinds/pack/pack_pages.h"

#include <cstddef>

namespace panelpack {

PackPages place_parts(const std::vector<PackPart>& parts, bool duplex) {
  PackPages out;
  int next = 1;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    out.first.push_back(next);
    next += parts[k].pages;
    // The next part starts an item (or nothing follows): it must begin on an odd page.
    const bool item_ends = k + 1 == parts.size() || parts[k + 1].starts_item;
    const bool blank = duplex && item_ends && next % 2 == 0;
    out.blank_after.push_back(blank);
    next += blank;
  }
  out.total = next - 1;
  return out;
}

}  // namespace panelpack
