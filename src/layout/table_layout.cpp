#include "layout/table_layout.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

#include "layout/border_painter.h"
#include "layout/fragment_placer.h"
#include "layout/item_geometry.h"
#include "layout/layout_context.h"
#include "layout/paper_html.h"

namespace layout {
namespace {

struct RowRef {
  pugi::xml_node row;
  pugi::xml_node group;  // thead/tbody/tfoot, or null
  bool header = false;
};

struct Grid {
  std::vector<pugi::xml_node> captions;
  std::vector<RowRef> rows;
  int columns = 0;
};

int colspan(const pugi::xml_node& cell) { return std::max(1, std::min(1000, cell.attribute("colspan").as_int(1))); }

bool is_cell(const pugi::xml_node& n) {
  return n.type() == pugi::node_element && (std::strcmp(n.name(), "td") == 0 || std::strcmp(n.name(), "th") == 0);
}

bool whitespace(const pugi::xml_node& n) {
  if (n.type() != pugi::node_pcdata) return false;
  for (const char* s = n.value(); *s; ++s)
    if (*s != ' ' && *s != '\n' && *s != '\t' && *s != '\r') return false;
  return true;
}

Grid gather(const pugi::xml_node& table, LayoutContext& ctx) {
  Grid g;
  auto add_row = [&](const pugi::xml_node& tr, const pugi::xml_node& group, bool header) {
    int cols = 0;
    for (pugi::xml_node c : tr.children()) {
      if (whitespace(c) || c.type() == pugi::node_comment) continue;
      if (!is_cell(c)) {
        ctx.error(c.type() == pugi::node_element ? c : tr,
                  c.type() == pugi::node_element
                      ? "element <" + std::string(c.name()) + "> cannot be a child of <tr> (only <th> and <td> can)"
                      : std::string("text directly inside <tr> must be inside a <td> or <th>"));
        continue;
      }
      if (c.attribute("rowspan") && c.attribute("rowspan").as_int(1) != 1)
        ctx.warning(c, "rowspan is not supported (the cell spans one row)", "repeat the value in each row instead");
      cols += colspan(c);
    }
    g.columns = std::max(g.columns, cols);
    g.rows.push_back(RowRef{tr, group, header});
  };
  for (pugi::xml_node c : table.children()) {
    if (whitespace(c) || c.type() == pugi::node_comment) continue;
    std::string_view name = c.type() == pugi::node_element ? c.name() : "";
    if (name == "caption") {
      g.captions.push_back(c);
    } else if (name == "tr") {
      add_row(c, pugi::xml_node(), false);
    } else if (name == "thead" || name == "tbody" || name == "tfoot") {
      for (pugi::xml_node r : c.children()) {
        if (whitespace(r) || r.type() == pugi::node_comment) continue;
        if (r.type() == pugi::node_element && std::strcmp(r.name(), "tr") == 0) add_row(r, c, name == "thead");
        else ctx.error(r.type() == pugi::node_element ? r : c, "only <tr> can be inside <" + std::string(name) + ">");
      }
    } else {
      ctx.error(c.type() == pugi::node_element ? c : table,
                c.type() == pugi::node_element
                    ? "element <" + std::string(name) + "> cannot be a child of <table>"
                    : std::string("text directly inside <table> must be inside a cell"),
                "use caption, thead, tbody, tfoot and tr");
    }
  }
  return g;
}

struct Columns {
  std::vector<double> min, max, percent;  // percent < 0: none
  std::vector<double> floor;  // padding and borders plus one wide character: narrower would overflow
};

// Horizontal space a cell's box adds to its content (collapsed borders
// count half on each side).
double cell_extra(const style::ComputedStyle& cs, double ref) {
  using style::kLeft, style::kRight;
  return cs.padding[kLeft].resolve(ref) + cs.padding[kRight].resolve(ref) + cs.border(kLeft) / 2 +
         cs.border(kRight) / 2;
}

Columns measure_columns(BlockLayout& blocks, const Grid& g, const style::ComputedStyle& ts, double avail) {
  LayoutContext& ctx = blocks.context();
  Columns cols;
  cols.min.assign(g.columns, 0);
  cols.max.assign(g.columns, 0);
  cols.percent.assign(g.columns, -1);
  cols.floor.assign(g.columns, 0);
  bool was = ctx.measuring;
  ctx.measuring = true;
  struct Spanned {
    int col, span;
    double min, max;
  };
  std::vector<Spanned> spanned;
  pugi::xml_node last_group;
  style::ComputedStyle gs = ts;
  for (const RowRef& r : g.rows) {
    if (r.group && r.group != last_group) gs = ctx.sheet.compute(r.group, ts);
    if (!r.group) gs = ts;
    last_group = r.group;
    style::ComputedStyle rs = ctx.sheet.compute(r.row, gs);
    int col = 0;
    for (pugi::xml_node c : r.row.children()) {
      if (!is_cell(c)) continue;
      int span = std::min(colspan(c), g.columns - col);
      style::ComputedStyle cs = ctx.sheet.compute(c, rs);
      ContentWidths w = blocks.measure_children(c, cs, avail);
      double extra = cell_extra(cs, avail);
      double mn = w.min + extra, mx = std::max(w.max + extra, mn);
      if (cs.width.unit == style::Length::pt) mn = mx = std::max(mn, cs.width.value + extra);
      if (span == 1) {
        cols.floor[col] = std::max(cols.floor[col], std::min(mn, extra + w.floor));
        cols.min[col] = std::max(cols.min[col], mn);
        cols.max[col] = std::max(cols.max[col], mx);
        if (cs.width.unit == style::Length::percent) cols.percent[col] = std::max(cols.percent[col], cs.width.value);
      } else {
        spanned.push_back(Spanned{col, span, mn, mx});
      }
      col += span;
      if (col >= g.columns) break;
    }
  }
  for (const Spanned& s : spanned) {
    double have_min = 0, have_max = 0;
    for (int i = s.col; i < s.col + s.span; ++i) {
      have_min += cols.min[i];
      have_max += cols.max[i];
    }
    for (int i = s.col; i < s.col + s.span; ++i) {
      if (s.min > have_min) cols.min[i] += (s.min - have_min) / s.span;
      if (s.max > have_max) cols.max[i] += (s.max - have_max) / s.span;
      cols.max[i] = std::max(cols.max[i], cols.min[i]);
    }
  }
  ctx.measuring = was;
  return cols;
}

// Column widths filling `target` (or less, for an auto-width table).
std::vector<double> distribute(const Columns& c, double avail, double target, bool fixed_width) {
  const std::size_t n = c.min.size();
  std::vector<double> w(n, 0);
  double total = fixed_width ? target : avail;
  double pct_used = 0;
  std::vector<std::size_t> autos;
  for (std::size_t i = 0; i < n; ++i) {
    if (c.percent[i] > 0) {
      w[i] = std::max(c.min[i], c.percent[i] * total / 100);
      pct_used += w[i];
    } else {
      autos.push_back(i);
    }
  }
  double smin = 0, smax = 0;
  for (std::size_t i : autos) {
    smin += c.min[i];
    smax += c.max[i];
  }
  double room = std::max(0.0, (fixed_width ? target : std::min(avail, smax + pct_used)) - pct_used);
  if (!fixed_width) room = std::min(room, std::max(0.0, avail - pct_used));
  if (room >= smax) {
    double extra = fixed_width ? room - smax : 0;
    for (std::size_t i : autos)
      w[i] = c.max[i] + (smax > 0 ? extra * c.max[i] / smax : extra / static_cast<double>(autos.size()));
  } else if (room >= smin) {
    double f = smax > smin ? (room - smin) / (smax - smin) : 0;
    for (std::size_t i : autos) w[i] = c.min[i] + (c.max[i] - c.min[i]) * f;
  } else {
    // Narrower than the narrowest content: words will be broken, but no
    // column goes below its floor unless even the floors do not fit.
    double sfloor = 0;
    for (std::size_t i : autos) sfloor += std::min(c.floor[i], c.min[i]);
    for (std::size_t i : autos) {
      double fl = std::min(c.floor[i], c.min[i]);
      if (room >= sfloor)
        w[i] = fl + (smin > sfloor ? (c.min[i] - fl) * (room - sfloor) / (smin - sfloor) : 0);
      else
        w[i] = sfloor > 0 ? fl * room / sfloor : room / static_cast<double>(autos.size());
    }
  }
  double sum = std::accumulate(w.begin(), w.end(), 0.0);
  if (sum > avail && sum > 0)
    for (double& x : w) x *= avail / sum;
  return w;
}

// One side of a cell's border, centred on its grid line (collapsed model).
struct Side {
  double x, y, w, h;
  bool horizontal;
  style::BorderStyle style;
  style::Color color;
};

void cell_sides(std::vector<Side>& out, const style::ComputedStyle& cs, double x, double w, double h) {
  using style::kBottom, style::kLeft, style::kRight, style::kTop;
  double t = cs.border(kTop), b = cs.border(kBottom), l = cs.border(kLeft), r = cs.border(kRight);
  if (t > 0) out.push_back(Side{x - l / 2, -t / 2, w + l / 2 + r / 2, t, true, cs.border_style[kTop], cs.border_color[kTop]});
  if (b > 0)
    out.push_back(Side{x - l / 2, h - b / 2, w + l / 2 + r / 2, b, true, cs.border_style[kBottom], cs.border_color[kBottom]});
  if (l > 0) out.push_back(Side{x - l / 2, 0, l, h, false, cs.border_style[kLeft], cs.border_color[kLeft]});
  if (r > 0) out.push_back(Side{x + w - r / 2, 0, r, h, false, cs.border_style[kRight], cs.border_color[kRight]});
}

// Draws a row's cell borders, joining the top (and bottom) sides of
// neighbouring cells into one line and drawing a side two cells share once.
void draw_sides(Content& body, std::vector<Side>& sides) {
  auto same = [](const Side& a, const Side& b) {
    return a.horizontal == b.horizontal && a.style == b.style && a.color == b.color && std::abs(a.y - b.y) < 0.01 &&
           std::abs(a.h - b.h) < 0.01 && (a.horizontal || (std::abs(a.x - b.x) < 0.01 && std::abs(a.w - b.w) < 0.01));
  };
  std::stable_sort(sides.begin(), sides.end(), [](const Side& a, const Side& b) {
    if (a.horizontal != b.horizontal) return a.horizontal;
    if (std::abs(a.y - b.y) >= 0.01) return a.y < b.y;
    return a.x < b.x;
  });
  std::vector<Side> merged;
  for (const Side& s : sides) {
    bool joined = false;
    for (auto it = merged.rbegin(); it != merged.rend() && it->horizontal == s.horizontal; ++it) {
      if (!same(*it, s)) continue;
      if (s.horizontal && s.x <= it->x + it->w + 0.01) {
        it->w = std::max(it->x + it->w, s.x + s.w) - it->x;
        joined = true;
      } else if (!s.horizontal) {
        joined = true;
      }
      break;
    }
    if (!joined) merged.push_back(s);
  }
  std::vector<Item> items;
  for (const Side& s : merged) draw_border_side(items, s.x, s.y, s.w, s.h, s.horizontal, s.style, s.color);
  for (Item& it : items) {
    if (auto* rect = std::get_if<Rect>(&it)) body.decor.push_back(*rect);
    else body.items.push_back(std::move(it));
  }
}

}  // namespace

ContentWidths measure_table(BlockLayout& blocks, const pugi::xml_node& table, const style::ComputedStyle& s,
                            double avail) {
  bool was = blocks.context().measuring;
  blocks.context().measuring = true;
  Grid g = gather(table, blocks.context());
  Columns c = measure_columns(blocks, g, s, avail);
  ContentWidths w{std::accumulate(c.min.begin(), c.min.end(), 0.0), std::accumulate(c.max.begin(), c.max.end(), 0.0),
                  std::accumulate(c.floor.begin(), c.floor.end(), 0.0)};
  // A caption needs room for its widest character too.
  for (const pugi::xml_node& cap : g.captions) {
    style::ComputedStyle cs = blocks.context().sheet.compute(cap, s);
    w.floor = std::max(w.floor, blocks.measure_children(cap, cs, avail).floor);
  }
  blocks.context().measuring = was;
  return w;
}

void layout_table(BlockLayout& blocks, const pugi::xml_node& table, const style::ComputedStyle& s, double x,
                  double width, StructId parent_tag) {
  LayoutContext& ctx = blocks.context();
  FlowBuilder& out = blocks.output();
  Grid g = gather(table, ctx);
  StructId tag = ctx.add_struct(Role::Table, parent_tag, table);
  using style::kLeft, style::kRight;
  double frame = s.margin[kLeft].resolve(width) + s.margin[kRight].resolve(width) + s.border(kLeft) +
                 s.border(kRight) + s.padding[kLeft].resolve(width) + s.padding[kRight].resolve(width);
  double avail = std::max(1.0, width - frame);

  Columns cols = measure_columns(blocks, g, s, avail);
  bool fixed = !s.width.is_auto();
  double target = fixed ? std::min(avail, s.width.resolve(width)) : avail;
  std::vector<double> widths = distribute(cols, avail, target, fixed);
  double table_w = std::accumulate(widths.begin(), widths.end(), 0.0);

  // Captions are as wide as the table's border box and kept with it.
  double outer_w = table_w + frame - s.margin[kLeft].resolve(width) - s.margin[kRight].resolve(width);
  double outer_x = x + s.margin[kLeft].resolve(width);
  if (s.margin[kLeft].is_auto() && s.margin[kRight].is_auto()) outer_x = x + (width - outer_w) / 2;
  // The table's break-before, top margin and id come before its captions.
  if (s.break_before == style::BreakValue::avoid) out.avoid_break();
  else out.force_break(s.break_before);
  out.add_margin(s.margin[style::kTop].resolve(width));
  if (const char* id = table.attribute("id").value(); *id && !ctx.measuring) out.add_anchor(id);
  for (const pugi::xml_node& cap : g.captions) {
    style::ComputedStyle cs = ctx.sheet.compute(cap, s);
    if (cs.display_none) continue;
    StructId ct = ctx.add_struct(Role::Caption, tag, cap);
    BlockLayout::Box b = blocks.begin_box(cs, outer_x, outer_w);
    blocks.children(cap, cs, b.content_x, b.content_width, ct, true);
    blocks.end_box(b, cs);
    out.avoid_break();
  }
  if (g.rows.empty() || g.columns == 0) return;

  style::ComputedStyle box_style = s;
  box_style.width = style::Length::points(table_w);
  box_style.break_before = style::BreakValue::automatic;
  box_style.margin[style::kTop] = style::Length::points(0);
  BlockLayout::Box box = blocks.begin_box(box_style, x, width);

  std::vector<double> col_x(widths.size() + 1, 0);
  for (std::size_t i = 0; i < widths.size(); ++i) col_x[i + 1] = col_x[i] + widths[i];

  out.flow().tables.emplace_back();
  const int table_index = static_cast<int>(out.flow().tables.size()) - 1;
  Flow scratch;
  std::vector<Side> sides;
  pugi::xml_node last_group;
  StructId group_tag = tag;
  style::ComputedStyle gs = s;
  bool previous_header = false;
  for (const RowRef& r : g.rows) {
    if (r.group != last_group) {
      if (r.group) {
        gs = ctx.sheet.compute(r.group, s);
        std::string_view gn = r.group.name();
        group_tag = ctx.add_struct(gn == "thead" ? Role::THead : Role::TBody, tag, r.group);
      } else {
        gs = s;
        group_tag = tag;
      }
      last_group = r.group;
    }
    style::ComputedStyle rs = ctx.sheet.compute(r.row, gs);
    StructId row_tag = ctx.add_struct(Role::TR, group_tag, r.row);
    Fragment row;
    row.table = table_index;
    row.header_row = r.header;
    row.splittable = true;
    struct Placed {
      Content content;
      double height;
      style::VerticalAlign valign;
      double x, w;
      style::ComputedStyle style;
    };
    std::vector<Placed> cells;
    int col = 0;
    for (pugi::xml_node c : r.row.children()) {
      if (!is_cell(c) || col >= g.columns) continue;
      int span = std::min(colspan(c), g.columns - col);
      ctx.check_style_attribute(c);
      style::ComputedStyle cs = ctx.sheet.compute(c, rs);
      if (cs.background.a <= 0) cs.background = rs.background.a > 0 ? rs.background : gs.background;
      bool th = std::strcmp(c.name(), "th") == 0;
      StructId cell_tag = ctx.add_struct(th ? Role::TH : Role::TD, row_tag, c);
      if (cell_tag >= 0) {
        StructNode& sn = ctx.structure[cell_tag];
        sn.col_span = span;
        if (th) {
          std::string scope = style::lower(c.attribute("scope").value());
          sn.scope = scope == "row" ? "Row" : scope == "col" ? "Column" : r.header ? "Column" : col == 0 ? "Row" : "Both";
        }
      }
      double cx = col_x[col], cw = col_x[col + span] - col_x[col];
      using style::kBottom, style::kTop;
      double pl = cs.padding[kLeft].resolve(cw) + cs.border(kLeft) / 2;
      double pt = cs.padding[kTop].resolve(cw) + cs.border(kTop) / 2;
      double pb = cs.padding[kBottom].resolve(cw) + cs.border(kBottom) / 2;
      double inner = std::max(1.0, cw - cell_extra(cs, cw));
      scratch.fragments.clear();
      scratch.boxes.clear();
      FlowBuilder fb(scratch);
      BlockLayout inner_blocks(ctx, fb);
      if (const char* id = c.attribute("id").value(); *id && !ctx.measuring) fb.add_anchor(id);
      inner_blocks.children(c, cs, 0, inner, cell_tag, true);
      Placed p{Content{}, 0, cs.vertical_align, cx, cw, cs};
      FragmentPlacer placer(scratch, p.content, cx + pl);
      double y = 0;
      for (Fragment& f : scratch.fragments) {
        if (f.kind == Fragment::margin && y == 0) continue;
        double h = f.height;
        placer.place(std::move(f), y);
        y += h;
      }
      p.height = y + pt + pb;
      translate(p.content, 0, pt);
      cells.push_back(std::move(p));
      col += span;
    }
    double h = 0;
    for (const Placed& p : cells) h = std::max(h, p.height);
    row.height = h;
    for (Placed& p : cells) {
      double shift = p.valign == style::VerticalAlign::middle   ? (h - p.height) / 2
                     : p.valign == style::VerticalAlign::bottom ? h - p.height
                                                                : 0;
      if (p.style.background.a > 0)
        row.body.decor.push_back(Rect{box.content_x + p.x, 0, p.w, h,
                                      Fill{to_color(p.style.background), p.style.background.a}, std::nullopt, kArtifact});
      cell_sides(sides, p.style, box.content_x + p.x, p.w, h);
      append_moved(row.body, p.content, box.content_x, shift);
    }
    draw_sides(row.body, sides);
    sides.clear();
    // Header rows stay together and with the first body row.
    if (previous_header) out.avoid_break();
    previous_header = r.header;
    if (r.header) {
      TableInfo& info = out.flow().tables[table_index];
      info.header.push_back(row);
      info.header_height += row.height;
    }
    out.emit(std::move(row));
  }
  blocks.end_box(box, s);
}

}  // namespace layout
