#include "layout/paginator.h"

#include "layout/fragment_placer.h"
#include "layout/fragment_split.h"

namespace layout {
namespace {

constexpr double kSlack = 0.01;

void blank_page(const PaginateOptions& o, Frames& frames) {
  const PageGeometry& g = frames.pages.empty() ? o.first : o.rest;
  Page p;
  p.width = g.width;
  p.height = g.height;
  if (!o.blank_text.empty()) {
    TextRun r;
    r.size = 11;
    double w = o.blank_face ? o.blank_face->width(o.blank_text, r.size) : 0;
    r.x = (g.width - w) / 2;
    r.y = g.height / 2;
    r.text = o.blank_text;
    r.font = o.blank_font;
    r.tag = kArtifact;
    p.items.push_back(std::move(r));
  }
  frames.pages.push_back(std::move(p));
}

// Whether the next page (about to be made) has the parity a forced break asks for.
bool parity_ok(style::BreakValue v, int page_number) {
  if (v == style::BreakValue::right) return page_number % 2 == 1;
  if (v == style::BreakValue::left) return page_number % 2 == 0;
  return true;
}

// The height a fragment could have on a page of its own (less the table
// header repeated there).
double fresh_page_room(const Flow& flow, const PaginateOptions& o, const Fragment& f) {
  double room = o.rest.content_height();
  if (f.table >= 0 && !f.header_row) {
    const TableInfo& t = flow.tables[f.table];
    if (!t.header.empty() && t.header_height <= room / 4) room -= t.header_height;
  }
  return room;
}

}  // namespace

void paginate(Flow& flow, const PaginateOptions& o, Frames& frames) {
  std::vector<Fragment>& F = flow.fragments;
  std::size_t i = 0;
  bool after_forced = true;  // margins survive at the top of the first page and after forced breaks
  Content c;
  FragmentPlacer placer(flow, c, o.rest.left);
  if (!F.empty() && !parity_ok(F[0].forced, o.first_page_number)) blank_page(o, frames);
  while (i < F.size()) {
    const PageGeometry& g = frames.pages.empty() ? o.first : o.rest;
    const double avail = g.content_height();
    const TableInfo* header = nullptr;
    // Header rows are repeated unless they would take more than a quarter
    // of the page (as browsers do).
    if (F[i].table >= 0 && !F[i].header_row && !flow.tables[F[i].table].header.empty() &&
        flow.tables[F[i].table].header_height <= avail / 4)
      header = &flow.tables[F[i].table];
    double y = header ? header->header_height : 0;
    std::size_t end = F.size();
    std::size_t last_break = 0;
    bool leading = !after_forced;
    for (std::size_t j = i; j < F.size(); ++j) {
      const Fragment& f = F[j];
      if (j > i && f.forced != style::BreakValue::automatic) {
        end = j;
        break;
      }
      if (j > i && f.break_allowed) last_break = j;
      if (f.kind != Fragment::margin && f.kind != Fragment::box_open) leading = false;
      double h = (leading && f.kind == Fragment::margin) ? 0 : f.height;
      if (y + h > avail + kSlack) {
        // A row taller than a whole page is split wherever it starts: start
        // it here rather than leave the rest of this page empty.
        if (j > i && f.splittable && f.height > fresh_page_room(flow, o, f) + kSlack) {
          Fragment a, b;
          if (split_fragment(f, avail - y, &a, &b)) {
            F[j] = std::move(a);
            F.insert(F.begin() + static_cast<std::ptrdiff_t>(j) + 1, std::move(b));
            end = j + 1;
            break;
          }
        }
        if (last_break > i) {
          end = last_break;
        } else if (j > i) {
          end = j;
        } else {
          end = i + 1;
          Fragment a, b;
          if (f.splittable && split_fragment(f, avail - y, &a, &b)) {
            F[i] = std::move(a);
            F.insert(F.begin() + static_cast<std::ptrdiff_t>(i) + 1, std::move(b));
          }
        }
        break;
      }
      y += h;
    }

    Page page;
    page.width = g.width;
    page.height = g.height;
    c = Content{};
    double top = g.top;
    placer.begin_segment(c, top);
    double at = top;
    if (header)
      for (const Fragment& h : header->header) {
        placer.place(h, at, true);
        at += h.height;
      }
    leading = !after_forced;
    for (std::size_t k = i; k < end; ++k) {
      Fragment& f = F[k];
      if (f.kind != Fragment::margin && f.kind != Fragment::box_open) leading = false;
      if (leading && f.kind == Fragment::margin) continue;
      at += f.height;
      placer.place(std::move(f), at - f.height);
    }
    placer.end_segment(at);
    page.items = std::move(c.items);
    page.links = std::move(c.links);
    const int index = static_cast<int>(frames.pages.size());
    for (Anchor& a : c.anchors) frames.destinations.push_back(Destination{std::move(a.name), index, a.y});
    for (Mark& m : c.marks) frames.bookmarks.push_back(Bookmark{m.level, std::move(m.title), index, m.y});
    frames.pages.push_back(std::move(page));

    after_forced = end < F.size() && F[end].forced != style::BreakValue::automatic;
    if (after_forced) {
      int next_number = static_cast<int>(frames.pages.size()) + o.first_page_number;
      if (!parity_ok(F[end].forced, next_number)) blank_page(o, frames);
    }
    i = end;
  }
  if (frames.pages.empty()) {
    Page p;
    p.width = o.first.width;
    p.height = o.first.height;
    frames.pages.push_back(std::move(p));
  }
}

}  // namespace layout
