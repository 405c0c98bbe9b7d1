#include "layout/margin_boxes.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/utf8.h"
#include "layout/item_geometry.h"

namespace layout {
namespace {

// One box of one page, before it is placed.
struct Pending {
  const style::MarginBox* box = nullptr;
  std::string text;
  FontSpec font;
  const fonts::FontFace* face = nullptr;
  double natural = 0;      // width of the text on one line (max-content)
  double min = 0;          // of its widest word (min-content)
  double x = 0, w = 0;     // the box, once sized
  int align = 0;           // -1 left, 0 centre, 1 right
};

double width_of(const Pending& p, std::string_view s) { return p.face ? p.face->width(s, p.box->font_size) : 0; }

// Greedy lines at spaces; a word wider than the box is cut between characters.
std::vector<std::string> wrap(const Pending& p) {
  std::vector<std::string> lines;
  if (!p.face || p.natural <= p.w) return {p.text};
  std::string line;
  auto place_word = [&](const std::string& word) {
    std::string candidate = line.empty() ? word : line + " " + word;
    if (width_of(p, candidate) <= p.w) {
      line = std::move(candidate);
      return;
    }
    if (!line.empty()) lines.push_back(std::move(line));
    line.clear();
    for (std::size_t i = 0; i < word.size();) {
      std::size_t start = i;
      panelpack::next_code_point(word, &i);
      std::string more = line + word.substr(start, i - start);
      if (!line.empty() && width_of(p, more) > p.w) {
        lines.push_back(std::move(line));
        line = word.substr(start, i - start);
      } else {
        line = std::move(more);
      }
    }
  };
  std::size_t start = 0;
  while (start <= p.text.size()) {
    std::size_t sp = p.text.find(' ', start);
    std::string word = p.text.substr(start, sp == std::string::npos ? std::string::npos : sp - start);
    if (!word.empty()) place_word(word);
    if (sp == std::string::npos) break;
    start = sp + 1;
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

// Ends `line` with an ellipsis, dropping characters until it fits.
std::string ellipsize(const Pending& p, std::string line) {
  const std::string dots = "\u2026";
  while (!line.empty() && width_of(p, line + dots) > p.w) {
    std::size_t cut = line.size() - 1;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xc0) == 0x80) --cut;
    line.erase(cut);
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  return line + dots;
}

// Shares `avail` between two boxes much as CSS does for margin boxes: by
// their max-content widths when both fit; else the shorter text keeps its
// line when the longer can still have its min-content width (so "Page 3"
// never wraps beside a long title); else each gets its min-content width
// and the rest goes in proportion to how much more each could use; else in
// proportion to the min-content widths. Returns the first box's share.
double share(double min_a, double max_a, double min_b, double max_b, double avail) {
  if (max_a + max_b <= avail) return max_a + max_b > 0 ? avail * max_a / (max_a + max_b) : avail / 2;
  if (max_b <= max_a && max_b + min_a <= avail) return avail - max_b;
  if (max_a <= max_b && max_a + min_b <= avail) return max_a;
  if (min_a + min_b <= avail) {
    double flex_a = max_a - min_a, flex_b = max_b - min_b;
    double extra = avail - min_a - min_b;
    return min_a + (flex_a + flex_b > 0 ? extra * flex_a / (flex_a + flex_b) : extra / 2);
  }
  return min_a + min_b > 0 ? avail * min_a / (min_a + min_b) : avail / 2;
}

// Sizes the boxes of one band (left, centre, right; any may be absent)
// between x0 and x1.
void size_band(Pending* left, Pending* centre, Pending* right, double x0, double x1) {
  double avail = x1 - x0;
  auto min_of = [](const Pending* p) { return p ? p->min : 0.0; };
  auto max_of = [](const Pending* p) { return p ? p->natural : 0.0; };
  if (centre) {
    double cw = avail;
    if (left || right) {
      // The centre box against twice the wider side (it stays centred).
      double side_min = std::max(min_of(left), min_of(right)) + kMarginBoxGap;
      double side_max = std::max(max_of(left), max_of(right)) + kMarginBoxGap;
      cw = share(centre->min, centre->natural, 2 * side_min, 2 * side_max, avail);
    }
    centre->w = cw;
    centre->x = x0 + (avail - cw) / 2;
    double side_w = std::max(0.0, (avail - cw) / 2 - kMarginBoxGap);
    if (left) left->x = x0, left->w = side_w;
    if (right) right->x = x1 - side_w, right->w = side_w;
    return;
  }
  if (left && right) {
    double room = std::max(0.0, avail - kMarginBoxGap);
    left->w = share(left->min, left->natural, right->min, right->natural, room);
    right->w = room - left->w;
  } else if (left) {
    left->w = avail;
  } else if (right) {
    right->w = avail;
  }
  if (left) left->x = x0;
  if (right) right->x = x1 - right->w;
}

}  // namespace

void add_margin_boxes(Frames& frames, const style::StyleSheet& sheet, const fonts::FontRegistry& fonts,
                      const RunningText& running, int first_page_number, panelpack::Diagnostics& diags,
                      const std::string& source_name, const PageRange& range) {
  const int count = static_cast<int>(frames.pages.size());
  const std::string total = std::to_string(count + first_page_number - 1);
  const int from = range.from, to = range.to < 0 ? count : std::min(range.to, count);
  auto check_glyphs = [&](const std::string& text, const fonts::FontFace* face, const std::string& family,
                          const panelpack::SourcePos& pos, const std::string& where) {
    if (!face) return;
    for (std::size_t k = 0; k < text.size();) {
      char32_t cp = panelpack::next_code_point(text, &k);
      if (cp < 0x20 || face->has_glyph(cp)) continue;  // a repeat of the same warning is dropped by diags
      char code[16];
      std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
      std::string ch;
      panelpack::append_utf8(ch, cp);
      diags.warning(pos,
                    "character '" + ch + "' (" + code + ") " + where + " is not in the font " + family +
                        " (it prints as a blank box)",
                    "replace it, or use a character the font has");
    }
  };
  for (int i = from; i < to; ++i) {
    Page& page = frames.pages[i];
    const style::PageStyle& ps = sheet.page(i == 0);
    std::map<std::string, Pending> boxes;
    for (const auto& [name, box] : ps.boxes) {
      Pending p;
      p.box = &box;
      const fonts::ResolvedFamily& fam = fonts.resolve(box.font_family);
      p.face = fonts.face(fam.family, box.bold, box.italic);
      p.font = FontSpec{fam.family, box.bold, box.italic};
      for (const style::ContentPart& part : box.content) {
        switch (part.kind) {
          case style::ContentPart::text:
            check_glyphs(part.value, p.face, fam.family, box.content_pos, "in the @" + name + " margin box");
            p.text += part.value;
            break;
          case style::ContentPart::page: p.text += std::to_string(i + first_page_number); break;
          case style::ContentPart::pages: p.text += total; break;
          case style::ContentPart::title:
            check_glyphs(running.title, p.face, fam.family, panelpack::SourcePos{source_name, 0, 0},
                         "in the running title (string(title) in @" + name + ")");
            p.text += running.title;
            break;
          case style::ContentPart::mark: p.text += running.mark; break;
        }
      }
      if (p.text.empty()) continue;
      p.natural = width_of(p, p.text);
      for (std::size_t start = 0; start <= p.text.size();) {
        std::size_t sp = std::min(p.text.find(' ', start), p.text.size());
        p.min = std::max(p.min, width_of(p, std::string_view(p.text).substr(start, sp - start)));
        start = sp + 1;
      }
      p.align = name.find("left") != std::string::npos ? -1 : name.find("right") != std::string::npos ? 1 : 0;
      boxes.emplace(name, std::move(p));
    }
    auto find = [&](const std::string& n) -> Pending* {
      auto it = boxes.find(n);
      return it == boxes.end() ? nullptr : &it->second;
    };
    const double x0 = ps.margin[style::kLeft], x1 = page.width - ps.margin[style::kRight];
    for (const char* band : {"top-", "bottom-"}) {
      std::string b = band;
      size_band(find(b + "left"), find(b + "center"), find(b + "right"), x0, x1);
    }
    for (auto& [name, p] : boxes) {
      const style::MarginBox& box = *p.box;
      double asc = p.face ? p.face->ascender() : 0.905, desc = p.face ? p.face->descender() : 0.212;
      double line_h = (asc + desc) * box.font_size;
      bool top = name.rfind("top-", 0) == 0;
      double band_top = top ? 0 : page.height - ps.margin[style::kBottom];
      double band_h = top ? ps.margin[style::kTop] : ps.margin[style::kBottom];
      std::vector<std::string> lines = wrap(p);
      std::size_t max_lines = line_h > 0 ? static_cast<std::size_t>(std::max(1.0, std::floor(band_h / line_h))) : 1;
      if (lines.size() > max_lines) {
        lines.resize(max_lines);
        lines.back() = ellipsize(p, lines.back());
      }
      double first = band_top + (band_h - static_cast<double>(lines.size()) * line_h) / 2 + asc * box.font_size;
      for (std::size_t k = 0; k < lines.size(); ++k) {
        double w = width_of(p, lines[k]);
        TextRun r;
        r.x = p.align < 0 ? p.x : p.align > 0 ? p.x + p.w - w : p.x + (p.w - w) / 2;
        r.y = first + static_cast<double>(k) * line_h;
        r.text = std::move(lines[k]);
        r.font = p.font;
        r.size = box.font_size;
        r.color = to_color(box.color);
        r.tag = kArtifact;
        page.items.push_back(std::move(r));
      }
    }
  }
}

}  // namespace layout
