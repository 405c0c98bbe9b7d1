#include "layout/frame.h"

#include <cstdio>

namespace layout {

const char* role_name(Role role) {
  switch (role) {
    case Role::Document: return "Document";
    case Role::Sect: return "Sect";
    case Role::Div: return "Div";
    case Role::H1: return "H1";
    case Role::H2: return "H2";
    case Role::H3: return "H3";
    case Role::H4: return "H4";
    case Role::H5: return "H5";
    case Role::H6: return "H6";
    case Role::P: return "P";
    case Role::L: return "L";
    case Role::LI: return "LI";
    case Role::Lbl: return "Lbl";
    case Role::LBody: return "LBody";
    case Role::Table: return "Table";
    case Role::THead: return "THead";
    case Role::TBody: return "TBody";
    case Role::TR: return "TR";
    case Role::TH: return "TH";
    case Role::TD: return "TD";
    case Role::Caption: return "Caption";
    case Role::Figure: return "Figure";
    case Role::Link: return "Link";
    case Role::Span: return "Span";
  }
  return "Span";
}

namespace {

std::string num(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%.1f", v);
  if (std::string(b) == "-0.0") return "0.0";
  return b;
}

std::string hex(const Color& c) {
  char b[16];
  auto ch = [](double v) { return static_cast<int>(v * 255 + 0.5); };
  std::snprintf(b, sizeof b, "#%02x%02x%02x", ch(c.r), ch(c.g), ch(c.b));
  return b;
}

std::string tag(const Frames& f, StructId t) {
  if (t < 0 || t >= static_cast<StructId>(f.structure.size())) return " artifact";
  return std::string(" ") + role_name(f.structure[t].role) + "#" + std::to_string(t);
}

std::string paint(const std::optional<Fill>& fill, const std::optional<Stroke>& stroke) {
  std::string s;
  if (fill) {
    s += " fill=";
    s += hex(fill->color);
    if (fill->opacity < 1) {
      s += '/';
      s += num(fill->opacity);
    }
  }
  if (stroke) {
    s += " stroke=" + hex(stroke->color) + "/" + num(stroke->width);
    if (!stroke->dash.empty()) {
      s += " dash=";
      for (std::size_t i = 0; i < stroke->dash.size(); ++i) {
        if (i) s += ',';
        s += num(stroke->dash[i]);
      }
    }
    if (stroke->opacity < 1) s += " opacity=" + num(stroke->opacity);
  }
  return s;
}

}  // namespace

std::string dump(const Frames& frames) {
  std::string out;
  for (std::size_t p = 0; p < frames.pages.size(); ++p) {
    const Page& page = frames.pages[p];
    std::string pre = "page " + std::to_string(p + 1) + " ";
    out += pre + "size " + num(page.width) + "x" + num(page.height) + "\n";
    for (const Item& item : page.items) {
      if (const auto* t = std::get_if<TextRun>(&item)) {
        out += pre + "text " + num(t->x) + "," + num(t->y) + " '" + t->text + "' " + num(t->size) + "pt";
        if (t->font.bold) out += " bold";
        if (t->font.italic) out += " italic";
        if (t->font.family != "Liberation Sans") out += " " + t->font.family;
        if (!(t->color == Color{})) {
          out += ' ';
          out += hex(t->color);
        }
        out += tag(frames, t->tag) + "\n";
      } else if (const auto* r = std::get_if<Rect>(&item)) {
        out += pre + "rect " + num(r->x) + "," + num(r->y) + " " + num(r->w) + "x" + num(r->h) + paint(r->fill, r->stroke) +
               tag(frames, r->tag) + "\n";
      } else if (const auto* pa = std::get_if<Path>(&item)) {
        out += pre + "path";
        for (const PathOp& op : pa->ops) {
          switch (op.kind) {
            case PathOp::move: out += " M" + num(op.x) + "," + num(op.y); break;
            case PathOp::line: out += " L" + num(op.x) + "," + num(op.y); break;
            case PathOp::curve:
              out += " C" + num(op.x1) + "," + num(op.y1) + " " + num(op.x2) + "," + num(op.y2) + " " + num(op.x) + "," +
                     num(op.y);
              break;
            case PathOp::close: out += " Z"; break;
          }
        }
        out += paint(pa->fill, pa->stroke) + tag(frames, pa->tag) + "\n";
      } else if (const auto* im = std::get_if<Image>(&item)) {
        out += pre + "image " + num(im->x) + "," + num(im->y) + " " + num(im->w) + "x" + num(im->h) + " '" + im->file +
               "'" + tag(frames, im->tag) + "\n";
      }
    }
    for (const Link& l : page.links)
      out += pre + "link " + num(l.x) + "," + num(l.y) + " " + num(l.w) + "x" + num(l.h) + " -> " +
             (l.dest.empty() ? l.uri : "#" + l.dest) + tag(frames, l.tag) + "\n";
  }
  for (const Bookmark& b : frames.bookmarks)
    out += "bookmark " + std::to_string(b.level) + " '" + b.title + "' page " + std::to_string(b.page + 1) + " y " +
           num(b.y) + "\n";
  for (const Destination& d : frames.destinations)
    out += "dest " + d.name + " page " + std::to_string(d.page + 1) + " y " + num(d.y) + "\n";
  for (std::size_t i = 0; i < frames.structure.size(); ++i) {
    const StructNode& n = frames.structure[i];
    out += "struct " + std::to_string(i) + " " + role_name(n.role);
    if (n.parent >= 0) out += " in " + std::to_string(n.parent);
    if (!n.id.empty()) out += " id=" + n.id;
    if (!n.lang.empty()) out += " lang=" + n.lang;
    if (!n.alt.empty()) out += " alt='" + n.alt + "'";
    if (!n.scope.empty()) out += " scope=" + n.scope;
    if (n.col_span != 1) out += " colspan=" + std::to_string(n.col_span);
    out += "\n";
  }
  return out;
}

}  // namespace layout
