#include "layout/block_layout.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

#include "core/suggest.h"
#include "layout/item_geometry.h"
#include "layout/layout_context.h"
#include "layout/paper_html.h"
#include "layout/table_layout.h"

namespace layout {
namespace {

constexpr int kMaxListNumber = 1000000000;  // a list's start or value beyond this is clamped

bool whitespace_only(const char* s) {
  for (; *s; ++s)
    if (*s != ' ' && *s != '\n' && *s != '\t' && *s != '\r') return false;
  return true;
}

void text_of(const pugi::xml_node& n, std::string& out) {
  for (pugi::xml_node c : n.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) out += c.value();
    else if (c.type() == pugi::node_element && std::strcmp(c.name(), "svg") != 0) text_of(c, out);
    if (c.type() == pugi::node_element && std::strcmp(c.name(), "br") == 0) out += ' ';
  }
}

void misplaced(LayoutContext& ctx, const pugi::xml_node& n, ElementKind k) {
  const char* where = k == ElementKind::list_item    ? "<ul> or <ol>"
                      : k == ElementKind::table_cell ? "<tr>"
                      : k == ElementKind::table_row  ? "<table>, <thead> or <tbody>"
                                                     : "<table>";  // thead, tbody, caption
  ctx.error(n, "element <" + std::string(n.name()) + "> must be inside " + where);
}

}  // namespace

void BlockLayout::narrow_content(const pugi::xml_node& node, double left) {
  if (ctx_.narrow_warned || ctx_.measuring) return;  // measuring gives no messages
  ctx_.narrow_warned = true;
  char pt[32];
  std::snprintf(pt, sizeof pt, "%.1fpt", left);
  ctx_.warning(node, "the margins, borders and padding of <" + std::string(node.name()) +
                         "> and the blocks around it leave less than 36pt for their content (" + pt +
                         " left; it is laid out 36pt wide instead)",
               "nest fewer blocks, or give them less padding or margin");
}

std::string text_content(const pugi::xml_node& node) {
  std::string raw, out;
  text_of(node, raw);
  bool space = true;
  for (char c : raw) {
    bool ws = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (ws && space) continue;
    out += ws ? ' ' : c;
    space = ws;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

BlockLayout::Box BlockLayout::begin_box(const style::ComputedStyle& s, double x, double width,
                                        const pugi::xml_node& node) {
  using style::kBottom, style::kLeft, style::kRight, style::kTop;
  double ml = s.margin[kLeft].resolve(width), mr = s.margin[kRight].resolve(width);
  double bl = s.border(kLeft), br = s.border(kRight), bt = s.border(kTop), bb = s.border(kBottom);
  double pl = s.padding[kLeft].resolve(width), pr = s.padding[kRight].resolve(width);
  double pt = s.padding[kTop].resolve(width), pb = s.padding[kBottom].resolve(width);
  double box_w = width - ml - mr;
  if (!s.width.is_auto()) {
    box_w = std::min(s.width.resolve(width) + pl + pr + bl + br, width);
    if (s.margin[kLeft].is_auto() && s.margin[kRight].is_auto()) ml = (width - box_w) / 2;
    else if (s.margin[kLeft].is_auto()) ml = width - box_w - mr;
  }
  double box_x = x + ml;
  if (s.break_before == style::BreakValue::avoid) out_.avoid_break();
  else out_.force_break(s.break_before);
  out_.add_margin(s.margin[kTop].resolve(width));
  if (s.avoid_break_inside) out_.push_avoid_inside();
  Box b;
  bool decorated = s.background.a > 0 || bl > 0 || br > 0 || bt > 0 || bb > 0;
  if (decorated) {
    BoxDecor d;
    d.x = box_x;
    d.w = box_w;
    d.background = s.background;
    for (int i = 0; i < 4; ++i) {
      d.border[i] = s.border(i);
      d.border_style[i] = s.border_style[i];
      d.border_color[i] = s.border_color[i];
    }
    b.decor = out_.open_box(d);
  }
  out_.emit_padding(bt + pt);
  b.content_x = box_x + bl + pl;
  b.content_width = box_w - bl - br - pl - pr;
  if (b.content_width < kMinContentWidth && b.content_width < width) {
    if (node && !ctx_.measuring) narrow_content(node, b.content_width);
    b.content_width = std::max(1.0, std::min(kMinContentWidth, width));
    b.content_x = std::max(x, std::min(b.content_x, x + width - b.content_width));
  }
  b.bottom = pb + bb;
  b.containing_width = width;
  return b;
}

void BlockLayout::end_box(const Box& b, const style::ComputedStyle& s) {
  if (s.avoid_break_inside) out_.pop_avoid_inside();
  if (b.bottom > 0) {
    out_.avoid_break();
    out_.emit_padding(b.bottom);
  }
  if (b.decor >= 0) out_.close_box(b.decor);
  out_.add_margin(s.margin[style::kBottom].resolve(b.containing_width));
  if (s.break_after == style::BreakValue::avoid) out_.avoid_break();
  else out_.force_break(s.break_after);
}

void BlockLayout::children(const pugi::xml_node& node, const style::ComputedStyle& s, double x, double width,
                           StructId tag, bool text_container) {
  InlineText group;
  bool started = false;
  StructId group_tag = tag;
  auto flush = [&] {
    if (!started) return;
    group.trim_end();
    if (!group.empty()) layout_lines(group, paragraph_style(s, ctx_.face(s, node)), x, width, ctx_, out_);
    group = InlineText{};
    started = false;
  };
  auto start = [&] {
    if (started) return;
    started = true;
    group_tag = text_container ? tag : ctx_.add_struct(Role::P, tag, pugi::xml_node());
  };
  for (pugi::xml_node c : node.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      if (!started && whitespace_only(c.value())) continue;
      start();
      collect_inline(c, s, group_tag, width, ctx_, group);
      continue;
    }
    if (c.type() != pugi::node_element) continue;
    ElementKind k = element_kind(c.name());
    if (k == ElementKind::unknown) {
      ctx_.error(c, "element <" + std::string(c.name()) + "> is not part of paper HTML",
                 panelpack::suggestion(c.name(), paper_html_elements()));
      continue;
    }
    if (!is_block_level(k)) {
      start();
      collect_inline(c, s, group_tag, width, ctx_, group);
      continue;
    }
    flush();
    block(c, s, x, width, tag);
  }
  flush();
}

void BlockLayout::block(const pugi::xml_node& node, const style::ComputedStyle& parent, double x, double width,
                        StructId parent_tag) {
  ElementKind k = element_kind(node.name());
  if (k == ElementKind::list_item || k == ElementKind::table_cell || k == ElementKind::table_row ||
      k == ElementKind::table_group) {
    misplaced(ctx_, node, k);
    return;
  }
  if (k == ElementKind::caption && std::strcmp(node.name(), "caption") == 0) {
    misplaced(ctx_, node, k);
    return;
  }
  ctx_.check_style_attribute(node);
  style::ComputedStyle s = ctx_.sheet.compute(node, parent);
  if (s.display_none) return;
  if (k == ElementKind::table) {
    layout_table(*this, node, s, x, width, parent_tag);
    return;
  }
  Role role = k == ElementKind::list ? Role::L : block_role(node.name());
  StructId tag = ctx_.add_struct(role, parent_tag, node);
  Box b = begin_box(s, x, width, node);
  if (const char* id = node.attribute("id").value(); *id && !ctx_.measuring) out_.add_anchor(id);
  if (k == ElementKind::heading && node.name()[1] <= '4' && !ctx_.measuring)
    out_.add_mark(node.name()[1] - '0', text_content(node));
  if (k == ElementKind::list) {
    list(node, s, b.content_x, b.content_width, tag);
  } else {
    bool text = k == ElementKind::heading || k == ElementKind::paragraph || k == ElementKind::caption ||
                k == ElementKind::figure;
    children(node, s, b.content_x, b.content_width, tag, text);
  }
  end_box(b, s);
}

std::vector<BlockLayout::ListItem> BlockLayout::list_items(const pugi::xml_node& node, const style::ComputedStyle& s,
                                                           double width) {
  std::vector<ListItem> items;
  // Numbers beyond a billion are nobody's list; clamped, counting on cannot overflow.
  auto number = [](const pugi::xml_attribute& a, int fallback) {
    return std::clamp(a.as_int(fallback), -kMaxListNumber, kMaxListNumber);
  };
  int n = number(node.attribute("start"), 1);
  for (pugi::xml_node li : node.children()) {
    if (li.type() != pugi::node_element || std::strcmp(li.name(), "li") != 0) continue;
    ListItem it{li, ctx_.sheet.compute(li, s), {}, 0, 0};
    if (it.style.display_none) continue;
    const style::ComputedStyle& ls = it.style;
    if (li.attribute("value")) n = number(li.attribute("value"), n);
    it.marker = ctx_.sheet.marker(ls.list_style_type, n++);
    if (!it.marker.empty()) {
      const fonts::FontFace* face = ctx_.face(ls, li);
      it.marker_w = face ? face->width(it.marker, ls.font_size) + face->width(" ", ls.font_size) : ls.font_size * 0.28;
    }
    using style::kLeft;
    it.indent = ls.margin[kLeft].resolve(width) + ls.border(kLeft) + ls.padding[kLeft].resolve(width);
    items.push_back(std::move(it));
  }
  return items;
}

void BlockLayout::list(const pugi::xml_node& node, const style::ComputedStyle& s, double x, double width,
                       StructId tag) {
  // A marker hangs in the list's indent, ending a space before the text. One
  // wider than the room left of the text must not start left of the flow's
  // content edge (x = 0: the page's content box, or a table cell's): the
  // widest marker moves the text of every item right by what it lacks, so
  // the items' text stays in line. When that would leave the text less than
  // kMinContentWidth, the marker is clamped to the edge instead.
  const double edge = std::min(0.0, x);
  std::vector<ListItem> items = list_items(node, s, width);
  double shift = 0;
  for (const ListItem& it : items)
    if (!it.marker.empty()) shift = std::max(shift, edge + it.marker_w - (x + it.indent));
  shift = std::min(shift, std::max(0.0, width - kMinContentWidth));
  std::size_t next = 0;
  for (pugi::xml_node li : node.children()) {
    if (li.type() == pugi::node_pcdata) {
      if (!whitespace_only(li.value()))
        ctx_.error(node, "text directly inside <" + std::string(node.name()) + "> must be inside an <li>");
      continue;
    }
    if (li.type() != pugi::node_element) continue;
    if (std::strcmp(li.name(), "li") != 0) {
      ctx_.error(li, "element <" + std::string(li.name()) + "> cannot be a child of <" + node.name() +
                         "> (only <li> can)");
      continue;
    }
    ctx_.check_style_attribute(li);
    if (next >= items.size() || items[next].li != li) continue;  // display: none
    const ListItem& it = items[next++];
    const style::ComputedStyle& ls = it.style;
    StructId item = ctx_.add_struct(Role::LI, tag, li);
    Box b = begin_box(ls, x + shift, width - shift, li);
    if (const char* id = li.attribute("id").value(); *id && !ctx_.measuring) out_.add_anchor(id);
    if (!it.marker.empty()) {
      StructId lbl = ctx_.add_struct(Role::Lbl, item, pugi::xml_node());
      TextRun r;
      r.x = std::max(edge, b.content_x - it.marker_w);
      r.text = it.marker;
      r.font = ctx_.font_spec(ls);
      r.size = ls.font_size;
      r.color = to_color(ls.color);
      r.tag = lbl;
      out_.set_marker(std::move(r));
    }
    StructId body = ctx_.add_struct(Role::LBody, item, pugi::xml_node());
    children(li, ls, b.content_x, b.content_width, body, true);
    if (out_.marker_pending()) {
      // An empty item (or one whose blocks are all empty) still shows its
      // marker, on a line of its own, as in browsers.
      ParagraphStyle ps = paragraph_style(ls, ctx_.face(ls, li));
      Fragment line;
      line.height = ps.strut_ascent + ps.strut_descent;
      out_.emit(std::move(line), ps.strut_ascent);
    }
    end_box(b, ls);
  }
}

ContentWidths BlockLayout::measure_children(const pugi::xml_node& node, const style::ComputedStyle& s, double avail) {
  ContentWidths out;
  InlineText group;
  bool started = false;
  auto flush = [&] {
    if (!started) return;
    group.trim_end();
    ContentWidths w = measure_lines(group, ctx_);
    out.min = std::max(out.min, w.min);
    out.max = std::max(out.max, w.max);
    out.floor = std::max(out.floor, w.floor);
    group = InlineText{};
    started = false;
  };
  bool list = std::strcmp(node.name(), "ul") == 0 || std::strcmp(node.name(), "ol") == 0;
  for (pugi::xml_node c : node.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      if (!started && whitespace_only(c.value())) continue;
      started = true;
      collect_inline(c, s, kArtifact, avail, ctx_, group);
      continue;
    }
    if (c.type() != pugi::node_element) continue;
    ElementKind k = element_kind(c.name());
    if (k == ElementKind::unknown || k == ElementKind::svg_part) continue;
    if (!is_block_level(k)) {
      started = true;
      collect_inline(c, s, kArtifact, avail, ctx_, group);
      continue;
    }
    flush();
    if (list && k != ElementKind::list_item) continue;
    ContentWidths w = measure_block(c, s, avail);
    out.min = std::max(out.min, w.min);
    out.max = std::max(out.max, w.max);
    out.floor = std::max(out.floor, w.floor);
  }
  flush();
  return out;
}

ContentWidths BlockLayout::measure_block(const pugi::xml_node& node, const style::ComputedStyle& parent, double avail) {
  style::ComputedStyle s = ctx_.sheet.compute(node, parent);
  if (s.display_none) return {};
  using style::kLeft, style::kRight;
  double extra = s.margin[kLeft].resolve(0) + s.margin[kRight].resolve(0) + s.border(kLeft) + s.border(kRight) +
                 s.padding[kLeft].resolve(0) + s.padding[kRight].resolve(0);
  ContentWidths w = element_kind(node.name()) == ElementKind::table ? measure_table(*this, node, s, avail)
                                                                    : measure_children(node, s, avail);
  if (element_kind(node.name()) == ElementKind::list) {
    // The widest marker, where it is wider than the indent it hangs in.
    double indent = s.margin[kLeft].resolve(0) + s.border(kLeft) + s.padding[kLeft].resolve(0), over = 0;
    for (const ListItem& it : list_items(node, s, avail))
      if (!it.marker.empty()) over = std::max(over, it.marker_w - indent - it.indent);
    if (over > 0) {  // and the text beside it, at least kMinContentWidth (see list())
      w.min = std::max(w.min, kMinContentWidth) + over;
      w.max = std::max(w.max + over, w.min);
      w.floor += over;
    }
  }
  if (s.width.unit == style::Length::pt) w.min = w.max = std::max(w.min, s.width.value);
  return ContentWidths{w.min + extra, w.max + extra, w.floor + extra};
}

}  // namespace layout
