#pragma once
// Composing documents: the frames of several laid-out documents joined into
// one, page after page, as a pack is made from its agenda and papers.
#include <string>
#include <vector>

#include "layout/frame.h"

namespace layout {

struct FramePart {
  const Frames* frames = nullptr;
  std::string bookmark;  // the part's top-level bookmark; its own bookmarks nest below it
};

// The parts' pages in order. Each part's structure tree becomes a Sect under
// one new Document root (which keeps the first part's language), its
// destinations after the first part's are renamed "part<N>-<name>" (links
// within the part follow), and its bookmarks nest under its own.
Frames join_frames(const std::vector<FramePart>& parts);

}  // namespace layout
