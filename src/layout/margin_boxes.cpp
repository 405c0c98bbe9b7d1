#include "layout/margin_boxes.h"

#include "layout/item_geometry.h"

namespace layout {

void add_margin_boxes(Frames& frames, const style::StyleSheet& sheet, const fonts::FontRegistry& fonts,
                      const std::string& title, int first_page_number) {
  const int count = static_cast<int>(frames.pages.size());
  const std::string total = std::to_string(count + first_page_number - 1);
  for (int i = 0; i < count; ++i) {
    Page& page = frames.pages[i];
    const style::PageStyle& ps = sheet.page(i == 0);
    for (const auto& [name, box] : ps.boxes) {
      std::string text;
      for (const style::ContentPart& part : box.content) {
        switch (part.kind) {
          case style::ContentPart::text: text += part.value; break;
          case style::ContentPart::page: text += std::to_string(i + first_page_number); break;
          case style::ContentPart::pages: text += total; break;
          case style::ContentPart::title: text += title; break;
        }
      }
      if (text.empty()) continue;
      const fonts::ResolvedFamily& fam = fonts.resolve(box.font_family);
      const fonts::FontFace* face = fonts.face(fam.family, box.bold, box.italic);
      double asc = face ? face->ascender() : 0.905, desc = face ? face->descender() : 0.212;
      double w = face ? face->width(text, box.font_size) : 0;
      bool top = name.rfind("top-", 0) == 0;
      double band_top = top ? 0 : page.height - ps.margin[style::kBottom];
      double band_h = top ? ps.margin[style::kTop] : ps.margin[style::kBottom];
      double baseline = band_top + (band_h - (asc + desc) * box.font_size) / 2 + asc * box.font_size;
      double x = ps.margin[style::kLeft];
      if (name.find("center") != std::string::npos) x = (page.width - w) / 2;
      else if (name.find("right") != std::string::npos) x = page.width - ps.margin[style::kRight] - w;
      TextRun r;
      r.x = x;
      r.y = baseline;
      r.text = std::move(text);
      r.font = FontSpec{fam.family, box.bold, box.italic};
      r.size = box.font_size;
      r.color = to_color(box.color);
      r.tag = kArtifact;
      page.items.push_back(std::move(r));
    }
  }
}

}  // namespace layout
