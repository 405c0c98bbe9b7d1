#include "layout/layout.h"

#include <cstring>
#include <memory>
#include <set>

#include "layout/block_layout.h"
#include "layout/frame_join.h"
#include "layout/layout_context.h"
#include "layout/margin_boxes.h"
#include "layout/paginator.h"
#include "layout/paper_html.h"

namespace layout {
namespace {

PageGeometry geometry(const style::PageStyle& p) {
  return PageGeometry{p.width, p.height, p.margin[style::kTop], p.margin[style::kRight], p.margin[style::kBottom],
                      p.margin[style::kLeft]};
}

// A link to an id no element has: a warning at the <a>, and the link is
// left out, its structure element a Span (a /Link needs an annotation).
// A link to a kJoinedDestination is kept: another part of a joined document
// holds its target.
void drop_dead_links(Frames& frames, const pugi::xml_node& root, LayoutContext& ctx) {
  std::set<std::string> names;
  for (const Destination& d : frames.destinations) names.insert(d.name);
  auto leads_somewhere = [&](const Link& l) {
    return !l.uri.empty() || names.count(l.dest) || l.dest.rfind(kJoinedDestination, 0) == 0;
  };
  std::set<std::string> warned;
  for (std::size_t p = 0; p < frames.pages.size(); ++p) {
    std::vector<Link>& links = frames.pages[p].links;
    for (const Link& l : links) {
      if (leads_somewhere(l)) continue;
      if (l.tag >= 0 && l.tag < static_cast<StructId>(frames.structure.size()))
        frames.structure[l.tag].role = Role::Span;
      if (!warned.insert(l.dest).second) continue;
      std::string href = "#" + l.dest;
      pugi::xml_node a = root.find_node([&](const pugi::xml_node& n) {
        return std::strcmp(n.name(), "a") == 0 && href == n.attribute("href").value();
      });
      ctx.warning(a, "link to '" + href + "' on page " + std::to_string(p + 1) +
                         " has no target (no element has that id)",
                  "check the id the link points to");
    }
    std::erase_if(links, [&](const Link& l) { return !leads_somewhere(l); });
  }
}

}  // namespace

pugi::xml_parse_result parse_paper_html(std::string_view text, pugi::xml_document& doc) {
  return doc.load_buffer(text.data(), text.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
}

Frames layout_body(const pugi::xml_node& root, const style::StyleSheet& sheet, const LayoutOptions& options,
                   panelpack::Diagnostics& diags) {
  Frames frames;
  std::unique_ptr<fonts::FontRegistry> own_fonts;
  const fonts::FontRegistry* fonts = options.fonts;
  if (!fonts) {
    own_fonts = std::make_unique<fonts::FontRegistry>();
    fonts = own_fonts.get();
  }
  LayoutContext ctx(sheet, *fonts, options, diags, frames.structure);
  ctx.lang = root.attribute("lang").value();
  if (ctx.lang.empty()) ctx.lang = options.lang;
  StructNode doc;
  doc.role = Role::Document;
  doc.lang = ctx.lang;
  doc.id = root.attribute("id").value();
  frames.structure.push_back(doc);

  PageGeometry first = geometry(sheet.page(true)), rest = geometry(sheet.page(false));
  double width = rest.width - rest.left - rest.right;
  // The text width is the same on every page (StyleSheet::parse warns at a
  // :first rule that says otherwise).
  first.left = rest.left;
  first.right = rest.right;
  first.width = rest.width;
  ctx.content_width = width;
  ctx.content_height = std::min(first.content_height(), rest.content_height());

  Flow flow;
  FlowBuilder out(flow);
  BlockLayout blocks(ctx, out);
  ElementKind k = element_kind(root.name());
  if (k == ElementKind::unknown || k == ElementKind::svg_part || !is_block_level(k) || k == ElementKind::list_item ||
      k == ElementKind::table_row || k == ElementKind::table_cell || k == ElementKind::table_group) {
    ctx.error(root, "the paper's root element <" + std::string(root.name()) + "> must be a block such as <article>");
  } else {
    style::ComputedStyle s = sheet.compute(root, sheet.initial());
    BlockLayout::Box box = blocks.begin_box(s, 0, width, root);
    if (!doc.id.empty()) out.add_anchor(doc.id);
    if (k == ElementKind::block || k == ElementKind::figure)
      blocks.children(root, s, box.content_x, box.content_width, 0, false);
    else
      blocks.block(root, sheet.initial(), 0, width, 0);
    blocks.end_box(box, s);
  }

  PaginateOptions po;
  po.first = first;
  po.rest = rest;
  po.first_page_number = options.first_page_number;
  po.blank_text = options.blank_page_text;
  po.blank_font = FontSpec{"Liberation Sans", false, false};
  po.blank_face = fonts->face("Liberation Sans", false, false);
  paginate(flow, po, frames);
  drop_dead_links(frames, root, ctx);
  return frames;
}

Frames layout_document(const pugi::xml_node& root, const style::StyleSheet& sheet, const LayoutOptions& options,
                       panelpack::Diagnostics& diags) {
  Frames frames = layout_body(root, sheet, options, diags);
  fonts::FontRegistry own;
  add_margin_boxes(frames, sheet, options.fonts ? *options.fonts : own, {options.title, ""}, options.first_page_number,
                   diags, options.source_name);
  return frames;
}

}  // namespace layout
