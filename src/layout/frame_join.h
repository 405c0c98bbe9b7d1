#pragma once
// Composing documents: the frames of several laid-out documents joined into
// one, page after page, as a pack is made from its agenda and papers.
#include <string>
#include <vector>

#include "layout/frame.h"

namespace layout {

struct FramePart {
  const Frames* frames = nullptr;
  std::string bookmark;  // the part's bookmark; its own bookmarks nest below it
  // Optional: a top-level bookmark above the part's, made once for a run of
  // parts with the same group (an agenda item above its report and appendices).
  std::string group;
};

// Links to destinations whose name begins with this point into another part
// of a joined document: layout keeps them although the paper has no such
// id, and whoever joins the parts adds the destinations.
inline constexpr const char* kJoinedDestination = "joined-";

// The parts' pages in order. Each part's structure tree becomes a Sect under
// one new Document root (which keeps the first part's language), its
// destinations after the first part's are renamed "part<N>-<name>" (links
// within the part follow), and its bookmarks nest under its own (and that
// under its group's).
Frames join_frames(const std::vector<FramePart>& parts);

}  // namespace layout
