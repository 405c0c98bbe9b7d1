#include "layout/inline_text.h"

#include <algorithm>
#include <cstring>

#include "core/file_system.h"
#include "core/suggest.h"
#include "core/utf8.h"
#include "layout/image_size.h"
#include "layout/item_geometry.h"
#include "layout/layout_context.h"
#include "layout/paper_html.h"
#include "layout/svg_chart.h"

namespace layout {

void InlineText::trim_end() {
  if (!text.empty() && text.back() == ' ' && !spans.empty() && spans.back().end == text.size() &&
      spans.back().atomic < 0) {
    text.pop_back();
    InlineSpan& s = spans.back();
    --s.end;
    if (s.end == s.begin) spans.pop_back();
  }
}

namespace {

InlineSpan make_span(const style::ComputedStyle& s, StructId tag, int link, const pugi::xml_node& node,
                     LayoutContext& ctx, const style::Color& background) {
  InlineSpan sp;
  sp.background = background;
  sp.face = ctx.face(s, node);
  sp.font = ctx.font_spec(s);
  sp.size = s.font_size;
  sp.color = to_color(s.color);
  sp.line_height = s.line_height.resolve(s.font_size);
  sp.underline = s.underline;
  sp.nowrap = s.white_space == style::WhiteSpace::nowrap;
  sp.tag = tag;
  sp.link = link;
  return sp;
}

bool same_style(const InlineSpan& a, const InlineSpan& b) {
  return a.face == b.face && a.font == b.font && a.background == b.background && a.size == b.size && a.color == b.color &&
         a.line_height == b.line_height && a.underline == b.underline && a.nowrap == b.nowrap && a.tag == b.tag &&
         a.link == b.link && a.atomic < 0 && b.atomic < 0;
}

void push_span(InlineText& out, InlineSpan sp) {
  if (sp.end <= sp.begin) return;
  if (!out.spans.empty() && out.spans.back().end == sp.begin && same_style(out.spans.back(), sp)) {
    out.spans.back().end = sp.end;
    return;
  }
  out.spans.push_back(sp);
}

void add_text(const char* text, const style::ComputedStyle& s, StructId tag, int link, const style::Color& bg,
              const pugi::xml_node& node, LayoutContext& ctx, InlineText& out) {
  InlineSpan sp = make_span(s, tag, link, node, ctx, bg);
  sp.begin = static_cast<std::uint32_t>(out.text.size());
  std::string_view t(text);
  for (std::size_t i = 0; i < t.size();) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      ++i;
      if (!out.last_space) {
        out.text += ' ';
        out.last_space = true;
      }
      continue;
    }
    if (c < 0x80) {
      ++i;
      if (c < 0x20) continue;
      out.text += static_cast<char>(c);
      out.last_space = false;
      continue;
    }
    std::size_t start = i;
    char32_t cp = panelpack::next_code_point(t, &i);
    if (cp == 0xfffe || cp == 0xffff) {
      // Not characters (U+FFFF is the line breaker's end of text): shown as the replacement character.
      cp = 0xfffd;
      out.text.append("\ufffd");
    } else if (cp == 0x202f && sp.face && !sp.face->has_glyph(cp)) {
      // A narrow no-break space ("10 000", "£5 m") the font lacks: a no-break space holds the same words together.
      cp = 0xa0;
      out.text.append("\u00a0");
    } else {
      out.text.append(t.substr(start, i - start));
    }
    if (invisible_char(cp)) continue;  // kept for line breaking, never drawn
    out.last_space = false;
    if (sp.face && !sp.face->has_glyph(cp)) ctx.missing_glyph(cp, sp.font.family, node);
  }
  sp.end = static_cast<std::uint32_t>(out.text.size());
  push_span(out, sp);
}

// An image's size in points: attributes and CSS width, else its pixels at
// 96 per inch; never wider than the line nor taller than the page.
bool image_box(const pugi::xml_node& node, const style::ComputedStyle& s, double avail_width, LayoutContext& ctx,
               AtomicBox* box) {
  std::string src = node.attribute("src").value();
  if (src.empty()) {
    ctx.error(node, "image has no src attribute", "add src=\"logo.png\"");
    return false;
  }
  std::string path = ctx.options.base_dir.empty() ? src : panelpack::join_path(ctx.options.base_dir, src);
  std::optional<PixelSize> px;
  if (auto known = ctx.image_sizes.find(path); known != ctx.image_sizes.end()) {
    px = PixelSize{known->second.first, known->second.second};
  } else {
    panelpack::DiskFileSystem disk;
    const panelpack::FileSystem& fs = ctx.options.fs ? *ctx.options.fs : disk;
    std::string why;
    auto bytes = fs.read(path, &why, panelpack::read_limit::image);
    if (bytes) px = image_pixel_size(*bytes, &why);
    if (!px) {
      ctx.error(node, "cannot use image " + src + " (" + why + ")", "images must be PNG or JPEG files beside the content");
      return false;
    }
    ctx.image_sizes[path] = {px->width, px->height};
  }
  double nat_w = px->width * 0.75, nat_h = px->height * 0.75;
  double w = node.attribute("width").as_double(0) * 0.75;
  double h = node.attribute("height").as_double(0) * 0.75;
  if (!s.width.is_auto()) w = s.width.resolve(avail_width);
  if (w > 0 && h <= 0) h = w * nat_h / nat_w;
  else if (h > 0 && w <= 0) w = h * nat_w / nat_h;
  else if (w <= 0 && h <= 0) {
    w = nat_w;
    h = nat_h;
  }
  double fit = 1;
  if (w > avail_width && avail_width > 0) fit = avail_width / w;
  if (ctx.content_height > 0 && h * fit > ctx.content_height * 0.95) fit = ctx.content_height * 0.95 / h;
  box->kind = AtomicBox::image;
  box->w = w * fit;
  box->h = h * fit;
  box->file = path;
  return true;
}

// The structure element of an image or chart: a Figure of its own, inside
// the element around it (a <figure>'s caption is the Figure's sibling, so
// the /Alt does not hide it).
StructId figure_tag(StructId tag, const pugi::xml_node& node, const std::string& alt, LayoutContext& ctx) {
  if (ctx.measuring) return kArtifact;
  StructId f = ctx.add_struct(Role::Figure, tag, node);
  ctx.structure[f].alt = alt;
  return f;
}

void add_atomic(AtomicBox box, const style::ComputedStyle& s, StructId tag, int link, const pugi::xml_node& node,
                LayoutContext& ctx, InlineText& out) {
  out.atomics.push_back(std::move(box));
  InlineSpan sp = make_span(s, tag, link, node, ctx, style::Color{0, 0, 0, 0});
  sp.atomic = static_cast<int>(out.atomics.size()) - 1;
  sp.begin = static_cast<std::uint32_t>(out.text.size());
  out.text += "\xef\xbf\xbc";  // U+FFFC
  sp.end = static_cast<std::uint32_t>(out.text.size());
  out.spans.push_back(sp);
  out.last_space = false;
}

void collect(const pugi::xml_node& node, const style::ComputedStyle& parent, StructId tag, int link,
             const style::Color& bg, double avail_width, LayoutContext& ctx, InlineText& out) {
  if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
    add_text(node.value(), parent, tag, link, bg, node.parent(), ctx, out);
    return;
  }
  if (node.type() != pugi::node_element) return;
  ElementKind kind = element_kind(node.name());
  if (kind == ElementKind::unknown) {
    ctx.error(node, "element <" + std::string(node.name()) + "> is not part of paper HTML",
              panelpack::suggestion(node.name(), paper_html_elements()));
    return;
  }
  if (kind == ElementKind::svg_part) {
    ctx.error(node, "SVG element <" + std::string(node.name()) + "> is outside an <svg>",
              "put the chart's elements inside its <svg>");
    return;
  }
  if (is_block_level(kind)) {
    ctx.error(node, "block element <" + std::string(node.name()) + "> cannot appear inside inline text",
              "close the paragraph or span before it");
    return;
  }
  ctx.check_style_attribute(node);
  style::ComputedStyle s = ctx.sheet.compute(node, parent);
  if (s.display_none) return;
  if (const char* id = node.attribute("id").value(); *id && !ctx.measuring)
    out.anchors.emplace_back(static_cast<std::uint32_t>(out.text.size()), id);
  switch (kind) {
    case ElementKind::line_break: {
      InlineSpan sp = make_span(s, tag, link, node, ctx, style::Color{0, 0, 0, 0});
      sp.begin = static_cast<std::uint32_t>(out.text.size());
      out.text += '\n';
      sp.end = sp.begin + 1;
      out.spans.push_back(sp);
      out.last_space = true;
      return;
    }
    case ElementKind::image: {
      AtomicBox box;
      if (!image_box(node, s, avail_width, ctx, &box)) return;
      std::string alt = node.attribute("alt").value();
      if (!node.attribute("alt") && !ctx.measuring)
        ctx.warning(node, "image " + std::string(node.attribute("src").value()) + " has no alt text",
                    "add alt=\"…\" describing it, or alt=\"\" if it is decoration");
      // alt="" marks a decorative image: page furniture, not a figure.
      box.tag = node.attribute("alt") && alt.empty() ? kArtifact : figure_tag(tag, node, alt, ctx);
      add_atomic(std::move(box), s, tag, link, node, ctx, out);
      return;
    }
    case ElementKind::svg: {
      SvgBox b = svg_box(node);
      AtomicBox box;
      box.kind = AtomicBox::svg;
      box.w = b.w;
      box.h = b.h;
      if (!s.width.is_auto()) {
        box.w = s.width.resolve(avail_width);
        box.h = box.w * b.h / b.w;
      }
      double fit = 1;
      if (box.w > avail_width && avail_width > 0) fit = avail_width / box.w;
      if (ctx.content_height > 0 && box.h * fit > ctx.content_height * 0.95) fit = ctx.content_height * 0.95 / box.h;
      box.w *= fit;
      box.h *= fit;
      box.node = node;
      // aria-hidden="true" marks a decorative drawing (an icon whose meaning
      // the text beside it gives): page furniture, not a figure.
      const bool decoration = std::strcmp(node.attribute("aria-hidden").value(), "true") == 0;
      std::string alt = decoration ? "" : svg_alt(node);
      if (alt.empty() && !decoration && !ctx.measuring)
        ctx.warning(node, "chart has no <title> (the PDF figure gets no alternative text)",
                    "add <title>…</title> as the svg's first child, or aria-hidden=\"true\" if it is decoration");
      box.tag = decoration ? kArtifact : figure_tag(tag, node, alt, ctx);
      add_atomic(std::move(box), s, tag, link, node, ctx, out);
      return;
    }
    default:
      break;
  }
  if (std::strcmp(node.name(), "a") == 0 && node.attribute("href")) {
    InlineLink l;
    std::string href = node.attribute("href").value();
    if (!href.empty() && href[0] == '#') l.dest = href.substr(1);
    else l.uri = href;
    l.tag = ctx.add_struct(Role::Link, tag, node);
    out.links.push_back(std::move(l));
    link = static_cast<int>(out.links.size()) - 1;
    if (!ctx.measuring) tag = out.links.back().tag;
  }
  using style::kBottom, style::kLeft, style::kRight, style::kTop;
  if (!ctx.measuring && (s.border(kTop) > 0 || s.border(kLeft) > 0 || s.border(kBottom) > 0 || s.border(kRight) > 0 ||
                         s.padding[kLeft].value > 0 || s.padding[kRight].value > 0 || s.padding[kTop].value > 0 ||
                         s.padding[kBottom].value > 0 || s.margin[kLeft].value != 0 || s.margin[kRight].value != 0))
    ctx.warning(node, "borders, padding and margins of inline <" + std::string(node.name()) +
                          "> are not drawn in the PDF (only its background is)",
                "put it in a block (div or p) to give it a border");
  const style::Color& inner_bg = s.background.a > 0 ? s.background : bg;
  for (pugi::xml_node c : node.children()) collect(c, s, tag, link, inner_bg, avail_width, ctx, out);
}

}  // namespace

void collect_inline(const pugi::xml_node& node, const style::ComputedStyle& parent, StructId tag, double avail_width,
                    LayoutContext& ctx, InlineText& out) {
  collect(node, parent, tag, -1, style::Color{0, 0, 0, 0}, avail_width, ctx, out);
}

}  // namespace layout
