#pragma once
// Where the parts of a pack fall: continuous page numbers from the front
// sheet (the agenda) on and, when the body prints duplex, a blank page after
// any item that ends on an odd page, so that every item starts on a
// right-hand (odd) page and the pack has an even number of pages.
#include <vector>

namespace panelpack {

struct PackPart {
  int pages = 0;            // laid out
  bool starts_item = true;  // the first paper of an item (the front sheet counts as one)
};

struct PackPages {
  std::vector<int> first;         // each part's first page, from 1
  std::vector<bool> blank_after;  // a blank page follows the part
  int total = 0;
};

PackPages place_parts(const std::vector<PackPart>& parts, bool duplex);

}  // namespace panelpack
