#include "pdf/link_annotations.h"

#include <algorithm>

#include <map>

#include "pdf/hpdf_objects.h"

namespace pdf {

std::string ascii_uri(const std::string& uri) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : uri) {
    if (c > 0x20 && c < 0x7F) {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

std::map<layout::StructId, std::string> link_texts(const layout::Frames& frames) {
  std::map<layout::StructId, std::string> texts;
  bool missing = false;  // a link without its text from layout (frames made by hand)
  for (const layout::Page& page : frames.pages)
    for (const layout::Link& link : page.links) {
      if (link.tag < 0) continue;
      std::string& t = texts[link.tag];
      if (t.empty()) t = link.text;
    }
  for (const auto& [tag, text] : texts) missing = missing || text.empty();
  if (!missing) return texts;
  // Without it, the link's runs joined: a space where one line ends and the
  // next starts (right for links broken at spaces only).
  std::map<layout::StructId, std::string> joined;
  for (const auto& [tag, text] : texts)
    if (text.empty()) joined.emplace(tag, "");
  for (const layout::Page& page : frames.pages)
    for (const layout::Item& item : page.items) {
      const auto* run = std::get_if<layout::TextRun>(&item);
      if (!run) continue;
      auto it = joined.find(run->tag);
      if (it == joined.end()) continue;
      if (!it->second.empty() && it->second.back() != ' ' && !run->text.empty() && run->text.front() != ' ')
        it->second.push_back(' ');
      it->second += run->text;
    }
  for (auto& [tag, text] : joined) texts[tag] = std::move(text);
  return texts;
}

std::vector<TaggedAnnotation> write_links(HPDF_Doc doc, const layout::Frames& frames,
                                          const std::vector<HPDF_Page>& pages,
                                          const std::set<std::string>& destinations,
                                          panelpack::Diagnostics& diags) {
  std::vector<TaggedAnnotation> tagged;
  std::map<layout::StructId, std::string> texts = link_texts(frames);
  std::set<std::string> warned;
  for (size_t p = 0; p < frames.pages.size() && p < pages.size(); ++p) {
    const layout::Page& page = frames.pages[p];
    HPDF_Array annots = nullptr;
    for (const layout::Link& link : page.links) {
      HPDF_Dict action = HPDF_Dict_New(doc->mmgr);
      if (!link.uri.empty()) {
        HPDF_Dict_AddName(action, "S", "URI");
        HPDF_Dict_Add(action, "URI", byte_string(doc, ascii_uri(link.uri)));
      } else {
        std::string name = !link.dest.empty() && link.dest[0] == '#' ? link.dest.substr(1) : link.dest;
        if (!destinations.count(name)) {
          if (warned.insert(name).second)
            diags.warning({}, "link to '#" + name + "' on page " + std::to_string(p + 1) +
                                  " has no target (no element has that id)",
                          "check the id the link points to");
          HPDF_Dict_Free(action);
          continue;
        }
        HPDF_Dict_AddName(action, "S", "GoTo");
        HPDF_Dict_Add(action, "D", byte_string(doc, name));
      }
      HPDF_Dict annot = new_object(doc);
      HPDF_Dict_AddName(annot, "Type", "Annot");
      HPDF_Dict_AddName(annot, "Subtype", "Link");
      // The area is kept on the page: a line taller than the page (an absurd
      // line-height) would otherwise pass the numbers PDF allows.
      auto on_page = [](double v, double size) { return static_cast<HPDF_REAL>(std::clamp(v, 0.0, size)); };
      HPDF_Array rect = HPDF_Array_New(doc->mmgr);
      HPDF_Array_AddReal(rect, on_page(link.x, page.width));
      HPDF_Array_AddReal(rect, on_page(page.height - link.y - link.h, page.height));
      HPDF_Array_AddReal(rect, on_page(link.x + link.w, page.width));
      HPDF_Array_AddReal(rect, on_page(page.height - link.y, page.height));
      HPDF_Dict_Add(annot, "Rect", rect);
      HPDF_Array border = HPDF_Array_New(doc->mmgr);
      for (int i = 0; i < 3; ++i) HPDF_Array_AddNumber(border, 0);
      HPDF_Dict_Add(annot, "Border", border);
      HPDF_Dict_AddNumber(annot, "F", 4);  // print
      HPDF_Dict_Add(annot, "A", action);
      // /Contents: what a screen reader announces for the link.
      auto text = texts.find(link.tag);
      std::string contents = !link.text.empty()                              ? link.text
                             : text != texts.end() && !text->second.empty() ? text->second
                                                                            : link.uri;
      if (!contents.empty()) HPDF_Dict_Add(annot, "Contents", text_string(doc, contents));
      if (!annots) {
        annots = HPDF_Array_New(doc->mmgr);
        HPDF_Dict_Add(pages[p], "Annots", annots);
      }
      HPDF_Array_Add(annots, annot);
      if (link.tag >= 0 && link.tag < static_cast<int>(frames.structure.size()))
        tagged.push_back({static_cast<int>(p), annot, link.tag});
    }
  }
  return tagged;
}

}  // namespace pdf
