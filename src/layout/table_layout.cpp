#include "layout/table_layout.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>
#include <string_view>

#include "layout/border_painter.h"
#include "layout/fragment_placer.h"
#include "layout/item_geometry.h"
#include "layout/layout_context.h"
#include "layout/paper_html.h"

namespace layout {
namespace {

struct RowRef {
  pugi::xml_node row;
  pugi::xml_node group;  // thead/tbody, or null
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
    } else if (name == "thead" || name == "tbody") {
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
                "use caption, thead, tbody and tr");
    }
  }
  return g;
}

// What one cell (spanning one column) needs, for squeezing a table that is
// too wide for the page.
struct CellNeed {
  int col;
  double min, floor;   // content: widest unbreakable piece, widest character
  double pad, border;  // left plus right
  double em;
  bool nowrap;
};

struct Columns {
  std::vector<double> min, max, percent;  // percent < 0: none
  std::vector<CellNeed> cells;
};

// Horizontal space a cell's box adds to its content (collapsed borders
// count half on each side).
double cell_padding(const style::ComputedStyle& cs, double ref) {
  return cs.padding[style::kLeft].resolve(ref) + cs.padding[style::kRight].resolve(ref);
}
double cell_border(const style::ComputedStyle& cs) { return cs.border(style::kLeft) / 2 + cs.border(style::kRight) / 2; }
double cell_extra(const style::ComputedStyle& cs, double ref) { return cell_padding(cs, ref) + cell_border(cs); }

Columns measure_columns(BlockLayout& blocks, const Grid& g, const style::ComputedStyle& ts, double avail) {
  LayoutContext& ctx = blocks.context();
  Columns cols;
  cols.min.assign(g.columns, 0);
  cols.max.assign(g.columns, 0);
  cols.percent.assign(g.columns, -1);
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
        cols.min[col] = std::max(cols.min[col], mn);
        cols.max[col] = std::max(cols.max[col], mx);
        if (cs.width.unit == style::Length::percent) cols.percent[col] = std::max(cols.percent[col], cs.width.value);
        cols.cells.push_back(CellNeed{col, w.min, std::min(w.min, w.floor), cell_padding(cs, avail), cell_border(cs),
                                      cs.font_size, cs.white_space == style::WhiteSpace::nowrap});
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
  // A column only colspans reach can go down to a few points.
  std::vector<bool> has_cell(g.columns, false);
  for (const CellNeed& n : cols.cells) has_cell[n.col] = true;
  for (int i = 0; i < g.columns; ++i)
    if (!has_cell[i]) cols.cells.push_back(CellNeed{i, cols.min[i], std::min(cols.min[i], 5.0), 0, 0, 10, false});
  ctx.measuring = was;
  return cols;
}

// A caption's text with its white space collapsed, shortened for a message.
void gather_text(const pugi::xml_node& node, std::string& out) {
  for (pugi::xml_node c : node.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      for (const char* p = c.value(); *p; ++p) {
        bool space = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r';
        if (!space) out += *p;
        else if (!out.empty() && out.back() != ' ') out += ' ';
      }
    } else if (c.type() == pugi::node_element) {
      gather_text(c, out);
    }
  }
}
std::string caption_text(const pugi::xml_node& caption) {
  std::string out;
  gather_text(caption, out);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.size() > 60) {
    std::size_t cut = 57;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xc0) == 0x80) --cut;
    out = out.substr(0, cut) + "...";
  }
  return out;
}

struct Distribution {
  std::vector<double> widths;
  double pad_scale = 1;   // of every cell's left and right padding
  bool overflow = false;  // even one character per column does not fit
};

double sum(const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0); }

// Columns between `hi` and `lo` (lo <= hi) adding up to `room`: the widest
// give way first, down to a common width (water filling).
std::vector<double> fill_between(const std::vector<double>& hi, const std::vector<double>& lo, double room) {
  auto at = [&](double cap) {
    std::vector<double> w(hi.size());
    for (std::size_t i = 0; i < hi.size(); ++i) w[i] = std::max(lo[i], std::min(hi[i], cap));
    return w;
  };
  double a = 0, b = *std::max_element(hi.begin(), hi.end());
  for (int k = 0; k < 60; ++k) {
    double mid = (a + b) / 2;
    (sum(at(mid)) > room ? b : a) = mid;
  }
  return at(a);
}

// A table whose columns' narrowest content does not fit: each step lowers
// what the columns keep, and the first step that fits is filled. First the
// long words are broken while short words (up to 3.5em) and white-space:
// nowrap cells stay whole; then the padding narrows to 40%; then long words
// go down to 2em; then the padding narrows to 20%; then nowrap cells are
// broken too, down to 3.5em; then every column goes down to its widest
// character; then the padding goes.
Distribution squeeze(const Columns& c, double room) {
  const std::size_t n = c.min.size();
  struct Level {
    std::vector<double> w;
    double pad_scale;
    bool linear;  // from the level before by narrowing the padding: every column moves together
  };
  auto level = [&](const std::vector<double>& prev, double pad_scale, auto&& content) {
    std::vector<double> w(n, 0);
    for (const CellNeed& cell : c.cells)
      w[cell.col] = std::max(w[cell.col], content(cell) + cell.pad * pad_scale + cell.border);
    for (std::size_t i = 0; i < n; ++i) w[i] = std::min(w[i], prev[i]);
    return w;
  };
  auto protect = [](const CellNeed& x) { return x.nowrap ? x.min : std::min(x.min, 3.5 * x.em); };
  auto long_words = [&](const CellNeed& x) {
    return x.nowrap || x.min <= 3.5 * x.em ? x.min : std::max(x.floor, std::min(x.min, 2 * x.em));
  };
  auto nowrap_too = [&](const CellNeed& x) {
    return x.nowrap ? std::max(x.floor, std::min(x.min, 3.5 * x.em)) : long_words(x);
  };
  auto hard = [](const CellNeed& x) { return x.floor; };
  constexpr double kPad = 0.4, kTightPad = 0.2;
  std::vector<Level> levels;
  levels.push_back(Level{c.min, 1, false});
  levels.push_back(Level{level(levels.back().w, 1, protect), 1, false});
  levels.push_back(Level{level(levels.back().w, kPad, protect), kPad, true});
  levels.push_back(Level{level(levels.back().w, kPad, long_words), kPad, false});
  levels.push_back(Level{level(levels.back().w, kTightPad, long_words), kTightPad, true});
  levels.push_back(Level{level(levels.back().w, kTightPad, nowrap_too), kTightPad, false});
  levels.push_back(Level{level(levels.back().w, kTightPad, hard), kTightPad, false});
  levels.push_back(Level{level(levels.back().w, 0, hard), 0, true});
  Distribution d;
  for (std::size_t k = 1; k < levels.size(); ++k) {
    const Level& hi = levels[k - 1];
    const Level& lo = levels[k];
    double top = sum(hi.w), bottom = sum(lo.w);
    if (bottom > room + 1e-9) continue;
    if (!lo.linear) {
      d.widths = fill_between(hi.w, lo.w, room);
      d.pad_scale = lo.pad_scale;
      return d;
    }
    double t = top > bottom ? (top - room) / (top - bottom) : 1;
    d.widths.resize(n);
    for (std::size_t i = 0; i < n; ++i) d.widths[i] = hi.w[i] - t * (hi.w[i] - lo.w[i]);
    d.pad_scale = hi.pad_scale - t * (hi.pad_scale - lo.pad_scale);
    return d;
  }
  // Not even one character per column: the last column keeps its
  // character (so nothing passes the margin), the others share the rest and
  // their text overlaps.
  d.overflow = true;
  d.pad_scale = 0;
  d.widths = levels.back().w;
  double last = n > 1 ? std::min(d.widths[n - 1], room) : 0;
  double others = sum(d.widths) - d.widths[n - 1];
  for (std::size_t i = 0; i + 1 < n; ++i) d.widths[i] *= others > 0 ? (room - last) / others : 0;
  d.widths[n - 1] = n > 1 ? last : room;
  return d;
}

// Column widths filling `target` (or less, for an auto-width table), as
// CSS's automatic table layout does: every column its widest line if that
// fits, else its narrowest content plus a share of the rest in proportion
// to how much more it could use; narrower than that, `squeeze`.
Distribution distribute(const Columns& c, double avail, double target, bool fixed_width) {
  const std::size_t n = c.min.size();
  Distribution d;
  std::vector<double>& w = d.widths;
  w.assign(n, 0);
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
  if (pct_used <= total + 1e-9 && room >= smax) {
    double extra = fixed_width ? room - smax : 0;
    for (std::size_t i : autos)
      w[i] = c.max[i] + (smax > 0 ? extra * c.max[i] / smax : extra / static_cast<double>(autos.size()));
    return d;
  }
  if (pct_used <= total + 1e-9 && room >= smin) {
    double f = smax > smin ? (room - smin) / (smax - smin) : 0;
    for (std::size_t i : autos) w[i] = c.min[i] + (c.max[i] - c.min[i]) * f;
    return d;
  }
  // The minimums with the percentages do not fit. If the minimums alone
  // fit the line, every column gets its minimum and a share of what is
  // left towards its percentage or widest line.
  double all_min = sum(c.min);
  if (all_min <= avail + 1e-9) {
    std::vector<double> want(n);
    for (std::size_t i = 0; i < n; ++i)
      want[i] = std::max(c.min[i], c.percent[i] > 0 ? c.percent[i] * total / 100 : c.max[i]);
    double fill = std::min(avail, std::max(all_min, total));
    double grow = sum(want) - all_min;
    double f = grow > 0 ? std::min(1.0, (fill - all_min) / grow) : 0;
    for (std::size_t i = 0; i < n; ++i) w[i] = c.min[i] + (want[i] - c.min[i]) * f;
    return d;
  }
  return squeeze(c, avail);
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
  std::vector<double> floor(c.min.size(), 0);
  for (const CellNeed& n : c.cells) floor[n.col] = std::max(floor[n.col], n.floor + n.pad + n.border);
  ContentWidths w{sum(c.min), sum(c.max), sum(floor)};
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
  // A layout table (role="presentation": columns of a list, not data) is tagged as divisions, as a
  // browser hands it to a screen reader: no table, rows or cells.
  const bool presentation = std::string_view(table.attribute("role").value()) == "presentation";
  StructId tag = ctx.add_struct(presentation ? Role::Div : Role::Table, parent_tag, table);
  using style::kLeft, style::kRight;
  double frame = s.margin[kLeft].resolve(width) + s.margin[kRight].resolve(width) + s.border(kLeft) +
                 s.border(kRight) + s.padding[kLeft].resolve(width) + s.padding[kRight].resolve(width);
  double avail = std::max(1.0, width - frame);

  Columns cols = measure_columns(blocks, g, s, avail);
  bool fixed = !s.width.is_auto();
  double target = fixed ? std::min(avail, s.width.resolve(width)) : avail;
  Distribution dist = distribute(cols, avail, target, fixed);
  const std::vector<double>& widths = dist.widths;
  double table_w = sum(widths);
  if (dist.overflow) {
    std::string name;
    if (const char* id = table.attribute("id").value(); *id) name = std::string(" #") + id;
    else if (!g.captions.empty()) name = " '" + caption_text(g.captions[0]) + "'";
    ctx.warning(table,
                "table" + name + " is too wide for the page: its " + std::to_string(g.columns) +
                    " columns do not fit the " + std::to_string(static_cast<int>(avail)) +
                    "pt line even one character wide, so their text overlaps",
                "split it into narrower tables, or give it a smaller font (class compact) or a landscape page");
  }

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
        group_tag = presentation ? tag : ctx.add_struct(gn == "thead" ? Role::THead : Role::TBody, tag, r.group);
      } else {
        gs = s;
        group_tag = tag;
      }
      last_group = r.group;
    }
    style::ComputedStyle rs = ctx.sheet.compute(r.row, gs);
    StructId row_tag = presentation ? group_tag : ctx.add_struct(Role::TR, group_tag, r.row);
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
      StructId cell_tag = ctx.add_struct(presentation ? Role::Div : th ? Role::TH : Role::TD, row_tag, c);
      if (cell_tag >= 0) {
        StructNode& sn = ctx.structure[cell_tag];
        sn.col_span = span;
        if (th) {
          std::string scope = style::lower(c.attribute("scope").value());
          sn.scope = scope == "row" ? "Row" : scope == "col" ? "Column" : r.header ? "Column" : col == 0 ? "Row" : "Both";
        }
      }
      double cx = col_x[col], cw = col_x[col + span] - col_x[col];
      if (dist.pad_scale < 1)
        for (int side : {kLeft, kRight}) cs.padding[side] = style::Length::points(cs.padding[side].resolve(cw) * dist.pad_scale);
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
