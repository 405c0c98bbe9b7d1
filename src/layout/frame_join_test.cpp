#include "layout/frame_join.h"

#include <doctest/doctest.h>

namespace {
// `pages` pages, each its own bookmark at level 1.
layout::Frames part(int pages, const std::string& name) {
  layout::Frames f;
  f.structure.push_back({layout::Role::Document});
  for (int i = 0; i < pages; ++i) {
    f.pages.emplace_back();
    f.bookmarks.push_back({1, name + " " + std::to_string(i + 1), i, 0});
  }
  return f;
}

std::vector<std::string> outline(const layout::Frames& f) {
  std::vector<std::string> out;
  for (const auto& b : f.bookmarks)
    out.push_back(std::string(static_cast<size_t>(b.level - 1) * 2, ' ') + b.title + " p" + std::to_string(b.page + 1));
  return out;
}
}  // namespace

TEST_CASE("joined parts: each part's bookmark above its own, a group's bookmark once above its run of parts") {
  const layout::Frames agenda = part(1, "Agenda"), report = part(2, "Report"), appendix = part(1, "Appendix"),
                       minutes = part(1, "Minutes");
  layout::Frames padding;
  padding.structure.push_back({layout::Role::Document});
  padding.pages.emplace_back();
  const layout::Frames joined = layout::join_frames({{&agenda, "The agenda"},
                                                     {&padding, ""},
                                                     {&minutes, "Minutes", "Item 1: Minutes"},
                                                     {&padding, "", "Item 1: Minutes"},
                                                     {&report, "Report", "Item 5: Budget"},
                                                     {&appendix, "Appendix A", "Item 5: Budget"}});
  CHECK(joined.pages.size() == 7);
  CHECK(outline(joined) == std::vector<std::string>{"The agenda p1", "  Agenda 1 p1", "Item 1: Minutes p3",
                                                    "  Minutes p3", "    Minutes 1 p3", "Item 5: Budget p5",
                                                    "  Report p5", "    Report 1 p5", "    Report 2 p6",
                                                    "  Appendix A p7", "    Appendix 1 p7"});
}
