#include "layout/frame_join.h"

#include <variant>

namespace layout {

Frames join_frames(const std::vector<FramePart>& parts) {
  Frames out;
  StructNode root;
  root.role = Role::Document;
  if (!parts.empty() && parts[0].frames && !parts[0].frames->structure.empty())
    root.lang = parts[0].frames->structure[0].lang;
  out.structure.push_back(root);
  for (size_t k = 0; k < parts.size(); ++k) {
    const Frames& f = *parts[k].frames;
    const int page_offset = static_cast<int>(out.pages.size());
    const StructId struct_offset = static_cast<StructId>(out.structure.size());
    const std::string prefix = k == 0 ? "" : "part" + std::to_string(k + 1) + "-";
    auto tag = [&](StructId t) { return t < 0 ? t : t + struct_offset; };
    for (size_t i = 0; i < f.structure.size(); ++i) {
      StructNode n = f.structure[i];
      if (i == 0) {
        n.role = Role::Sect;
        n.parent = 0;
        if (n.lang == root.lang) n.lang.clear();
      } else {
        n.parent = tag(n.parent);
      }
      if (!n.id.empty()) n.id = prefix + n.id;
      out.structure.push_back(std::move(n));
    }
    for (const Page& p : f.pages) {
      Page page = p;
      for (Item& item : page.items) std::visit([&](auto& x) { x.tag = tag(x.tag); }, item);
      for (Link& l : page.links) {
        l.tag = tag(l.tag);
        if (!l.dest.empty()) l.dest.insert(l.dest[0] == '#' ? 1 : 0, prefix);
      }
      out.pages.push_back(std::move(page));
    }
    for (Destination d : f.destinations) {
      d.name = prefix + d.name;
      d.page += page_offset;
      out.destinations.push_back(std::move(d));
    }
    int nest = 0;
    if (!parts[k].group.empty()) {
      if (k == 0 || parts[k - 1].group != parts[k].group) out.bookmarks.push_back({1, parts[k].group, page_offset, 0});
      nest = 1;
    }
    if (!parts[k].bookmark.empty() && !f.pages.empty()) {
      out.bookmarks.push_back({nest + 1, parts[k].bookmark, page_offset, 0});
      ++nest;
    }
    for (Bookmark b : f.bookmarks) {
      b.level += nest;
      b.page += page_offset;
      out.bookmarks.push_back(std::move(b));
    }
  }
  return out;
}

}  // namespace layout
