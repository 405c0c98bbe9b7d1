#include "synthetic_frames.h"

#include <string>

namespace bench {

namespace {

constexpr const char* kLines[] = {
    "1.1 The panel noted the commissioner’s report on the precept – a £1.2m increase in the",
    "budget for community safety, victims’ services and rural crime, and resolved that the",
    "performance of the force in the third quarter be reviewed at the next meeting of the café",
    "partnership; members asked for figures on 999 and 101 calls, domestic abuse outcomes and",
    "anti-social behaviour, and were told that the HMICFRS inspection response was published.",
};

layout::TextRun run(double x, double y, std::string text, layout::StructId tag, bool bold = false,
                    double size = 11) {
  layout::TextRun r;
  r.x = x;
  r.y = y;
  r.text = std::move(text);
  r.font.bold = bold;
  r.size = size;
  r.tag = tag;
  return r;
}

int add(layout::Frames& f, layout::Role role, int parent, std::string alt = {}) {
  layout::StructNode n;
  n.role = role;
  n.parent = parent;
  n.alt = std::move(alt);
  f.structure.push_back(std::move(n));
  return static_cast<int>(f.structure.size()) - 1;
}

}  // namespace

layout::Frames synthetic_frames(int pages) {
  layout::Frames f;
  add(f, layout::Role::Document, layout::kArtifact);
  int sect = 0;
  for (int p = 0; p < pages; ++p) {
    layout::Page page;
    page.items.push_back(run(400, 40, "Police and Crime Panel – benchmark pack", layout::kArtifact, false, 8));
    double y = 80;
    if (p % 8 == 0) {
      sect = add(f, layout::Role::Sect, 0);
      int h = add(f, layout::Role::H2, sect);
      std::string title = std::to_string(p / 8 + 1) + ". Agenda item: performance and finance report";
      page.items.push_back(run(51, y, title, h, true, 14));
      f.bookmarks.push_back({1, title, p, y - 14});
      y += 24;
    }
    int kind = p % 10;
    if (kind == 3) {  // a table page: 13 rows x 10 columns
      int table = add(f, layout::Role::Table, sect);
      for (int r = 0; r < 13; ++r) {
        int tr = add(f, layout::Role::TR, table);
        for (int c = 0; c < 10; ++c) {
          int cell = add(f, r == 0 ? layout::Role::TH : layout::Role::TD, tr);
          layout::Rect box;
          box.x = 51 + c * 49.3;
          box.y = y;
          box.w = 49.3;
          box.h = 16;
          box.stroke = layout::Stroke{{0.69, 0.71, 0.71}, 0.5, {}, 1};
          if (r == 0) box.fill = layout::Fill{{0.95, 0.95, 0.94}, 1};
          page.items.push_back(box);
          page.items.push_back(run(box.x + 3, y + 11, c == 0 ? "Burglary" : std::to_string(1000 + r * 37 + c), cell, r == 0, 8.5));
        }
        y += 16;
      }
      y += 12;
    } else if (kind == 6) {  // a chart
      int fig = add(f, layout::Role::Figure, sect, "Monthly calls for service over two years.");
      layout::Path line;
      line.stroke = layout::Stroke{{0.11, 0.21, 0.34}, 1.5, {}, 1};
      line.tag = fig;
      for (int i = 0; i < 24; ++i)
        line.ops.push_back({i ? layout::PathOp::line : layout::PathOp::move, 60.0 + i * 18, y + 100 - (i * 37 % 90)});
      page.items.push_back(line);
      layout::Path mean;
      mean.stroke = layout::Stroke{{0.11, 0.44, 0.72}, 1, {4, 3}, 0.6};
      mean.tag = fig;
      mean.ops = {{layout::PathOp::move, 51, y + 60}, {layout::PathOp::line, 500, y + 60}};
      page.items.push_back(mean);
      y += 220;
    }
    int line = 0;
    while (y < 780) {
      int para = add(f, layout::Role::P, sect);
      for (int l = 0; l < 5 && y < 780; ++l, ++line) {
        page.items.push_back(run(51, y, kLines[(line + p) % 5], para));
        y += 14.85;
      }
      y += 6;
    }
    page.items.push_back(run(280, 815, "Page " + std::to_string(p + 1) + " of " + std::to_string(pages), layout::kArtifact, false, 8));
    f.pages.push_back(std::move(page));
  }
  return f;
}

}  // namespace bench
