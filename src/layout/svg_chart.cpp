#include "layout/svg_chart.h"

#include <cmath>
#include <cstdlib>
#include <cstring>

#include "core/paper_subset.h"
#include "core/suggest.h"
#include "core/utf8.h"
#include "layout/item_geometry.h"
#include "layout/layout_context.h"
#include "style/css_value.h"

namespace layout {
namespace {

struct Paint {
  bool none = false;
  style::Color color{0, 0, 0, 1};
};

struct State {
  Paint fill;
  Paint stroke{true, {}};
  double stroke_width = 1;
  std::vector<double> dash;
  double opacity = 1, fill_opacity = 1, stroke_opacity = 1;
  double font_size = 16;
  std::string font_family = "sans-serif";
  bool bold = false;
  std::string anchor = "start";
  std::string baseline = "auto";  // dominant-baseline
  double tx = 0, ty = 0;  // accumulated translate, user units
};

// Reads numbers from SVG number lists ("10,20 30-4.5e1").
class Numbers {
 public:
  explicit Numbers(const char* s) : s_(s) {}
  bool next(double* out) {
    while (*s_ == ' ' || *s_ == ',' || *s_ == '\n' || *s_ == '\t' || *s_ == '\r') ++s_;
    if (!*s_ || !(std::isdigit(static_cast<unsigned char>(*s_)) || *s_ == '-' || *s_ == '+' || *s_ == '.')) return false;
    char* end = nullptr;
    *out = std::strtod(s_, &end);
    if (end == s_) return false;
    s_ = end;
    return true;
  }
  const char* rest() const { return s_; }
  void skip(std::size_t n) { s_ += n; }

 private:
  const char* s_;
};

double length_attr(const char* v, double fallback) {
  if (!*v) return fallback;
  char* end = nullptr;
  double d = std::strtod(v, &end);
  if (end == v) return fallback;
  if (std::strcmp(end, "pt") == 0) return d;
  if (std::strcmp(end, "mm") == 0) return d * 72 / 25.4;
  return d * 0.75;  // px and plain numbers
}

class Painter {
 public:
  Painter(LayoutContext& ctx, std::vector<Item>& out, StructId tag, double scale, double ox, double oy)
      : ctx_(ctx), out_(out), tag_(tag), scale_(scale), ox_(ox), oy_(oy) {}

  void children(const pugi::xml_node& parent, const State& st) {
    for (pugi::xml_node c : parent.children()) {
      if (c.type() != pugi::node_element) continue;
      element(c, st);
    }
  }

 private:
  double X(const State& st, double x) const { return ox_ + (x + st.tx) * scale_; }
  double Y(const State& st, double y) const { return oy_ + (y + st.ty) * scale_; }

  void paint_attr(const pugi::xml_node& n, const char* name, const std::string& value, State& st) {
    std::string v = style::lower(style::trim(value));
    auto colour = [&](Paint& p) {
      if (v == "none") {
        p.none = true;
      } else if (v == "currentcolor") {
        p = Paint{false, {0, 0, 0, 1}};
      } else if (auto c = style::parse_color(v)) {
        p = Paint{c->a <= 0, *c};
      } else {
        ctx_.error(n, std::string("SVG ") + name + " '" + value + "' is not a colour this chart subset knows");
      }
    };
    if (!std::strcmp(name, "fill")) colour(st.fill);
    else if (!std::strcmp(name, "stroke")) colour(st.stroke);
    else if (!std::strcmp(name, "stroke-width")) st.stroke_width = std::strtod(v.c_str(), nullptr);
    else if (!std::strcmp(name, "stroke-dasharray")) {
      st.dash.clear();
      if (v != "none") {
        Numbers nums(v.c_str());
        double d;
        while (nums.next(&d)) st.dash.push_back(d);
      }
    } else if (!std::strcmp(name, "opacity")) st.opacity *= std::strtod(v.c_str(), nullptr);
    else if (!std::strcmp(name, "fill-opacity")) st.fill_opacity = std::strtod(v.c_str(), nullptr);
    else if (!std::strcmp(name, "stroke-opacity")) st.stroke_opacity = std::strtod(v.c_str(), nullptr);
    else if (!std::strcmp(name, "font-size")) st.font_size = length_attr(v.c_str(), 12) / 0.75;
    else if (!std::strcmp(name, "font-family")) st.font_family = value;
    else if (!std::strcmp(name, "font-weight")) st.bold = v == "bold" || v == "bolder" || std::atoi(v.c_str()) >= 600;
    else if (!std::strcmp(name, "text-anchor")) st.anchor = v;
    else if (!std::strcmp(name, "dominant-baseline")) st.baseline = v;
    else if (!std::strcmp(name, "transform")) {
      if (v.rfind("translate(", 0) != 0 || v.back() != ')') {
        ctx_.error(n, "SVG transform '" + value + "' is not supported (only translate(x, y))");
        return;
      }
      Numbers nums(v.c_str() + 10);
      double dx = 0, dy = 0;
      nums.next(&dx);
      nums.next(&dy);
      st.tx += dx;
      st.ty += dy;
    }
  }

  State state_for(const pugi::xml_node& n, const State& parent) {
    State st = parent;
    static const char* kAttrs[] = {"fill", "stroke", "stroke-width", "stroke-dasharray", "opacity", "fill-opacity",
                                   "stroke-opacity", "font-size", "font-family", "font-weight", "text-anchor",
                                   "dominant-baseline", "transform"};
    for (const char* a : kAttrs)
      if (pugi::xml_attribute at = n.attribute(a)) paint_attr(n, a, at.value(), st);
    if (pugi::xml_attribute css = n.attribute("style")) {
      std::string s = css.value();
      std::size_t start = 0;
      while (start < s.size()) {
        std::size_t semi = s.find(';', start);
        std::string decl = s.substr(start, semi == std::string::npos ? std::string::npos : semi - start);
        auto colon = decl.find(':');
        if (colon != std::string::npos) {
          std::string name = style::lower(style::trim(decl.substr(0, colon)));
          bool known = false;
          for (const char* a : kAttrs)
            if (name == a) {
              paint_attr(n, a, decl.substr(colon + 1), st);
              known = true;
            }
          if (!known) ctx_.error(n, "SVG style property '" + name + "' is not supported in charts");
        }
        if (semi == std::string::npos) break;
        start = semi + 1;
      }
    }
    return st;
  }

  void finish(Path p, const State& st, bool fillable) {
    if (fillable && !st.fill.none)
      p.fill = Fill{to_color(st.fill.color), st.fill.color.a * st.opacity * st.fill_opacity};
    if (!st.stroke.none && st.stroke_width > 0) {
      Stroke s{to_color(st.stroke.color), st.stroke_width * scale_, {}, st.stroke.color.a * st.opacity * st.stroke_opacity};
      for (double d : st.dash) s.dash.push_back(d * scale_);
      p.stroke = s;
    }
    if (!p.fill && !p.stroke) return;
    p.tag = tag_;
    out_.push_back(std::move(p));
  }

  void path(const pugi::xml_node& n, const State& st) {
    Path p;
    const char* d = n.attribute("d").value();
    double cx = 0, cy = 0, sx = 0, sy = 0;
    char cmd = 0;
    Numbers nums(d);
    while (true) {
      const char* r = nums.rest();
      while (*r == ' ' || *r == ',' || *r == '\n' || *r == '\t' || *r == '\r') ++r;
      if (!*r) break;
      if (std::isalpha(static_cast<unsigned char>(*r))) {
        cmd = *r;
        nums = Numbers(r + 1);
        if (cmd == 'Z' || cmd == 'z') {
          p.ops.push_back(PathOp{PathOp::close});
          cx = sx;
          cy = sy;
          continue;
        }
        if (!std::strchr("MmLlHhVvCc", cmd)) {
          ctx_.error(n, std::string("SVG path command '") + cmd + "' is not supported (use M, L, H, V, C and Z)");
          return;
        }
      } else if (!cmd) {
        ctx_.error(n, "SVG path data must start with a command");
        return;
      }
      bool rel = std::islower(static_cast<unsigned char>(cmd));
      double a[6];
      int need = (cmd == 'C' || cmd == 'c') ? 6 : (cmd == 'H' || cmd == 'h' || cmd == 'V' || cmd == 'v') ? 1 : 2;
      for (int i = 0; i < need; ++i)
        if (!nums.next(&a[i])) {
          ctx_.error(n, std::string("SVG path command '") + cmd + "' is missing numbers");
          return;
        }
      switch (cmd) {
        case 'M': case 'm':
          cx = rel ? cx + a[0] : a[0];
          cy = rel ? cy + a[1] : a[1];
          sx = cx;
          sy = cy;
          p.ops.push_back(PathOp{PathOp::move, X(st, cx), Y(st, cy)});
          cmd = rel ? 'l' : 'L';  // further pairs are lines
          break;
        case 'L': case 'l':
          cx = rel ? cx + a[0] : a[0];
          cy = rel ? cy + a[1] : a[1];
          p.ops.push_back(PathOp{PathOp::line, X(st, cx), Y(st, cy)});
          break;
        case 'H': case 'h':
          cx = rel ? cx + a[0] : a[0];
          p.ops.push_back(PathOp{PathOp::line, X(st, cx), Y(st, cy)});
          break;
        case 'V': case 'v':
          cy = rel ? cy + a[0] : a[0];
          p.ops.push_back(PathOp{PathOp::line, X(st, cx), Y(st, cy)});
          break;
        default: {  // C, c
          double bx = rel ? cx : 0, by = rel ? cy : 0;
          PathOp op{PathOp::curve, X(st, bx + a[4]), Y(st, by + a[5]), X(st, bx + a[0]), Y(st, by + a[1]),
                    X(st, bx + a[2]), Y(st, by + a[3])};
          p.ops.push_back(op);
          cx = bx + a[4];
          cy = by + a[5];
        }
      }
    }
    finish(std::move(p), st, true);
  }

  void points(const pugi::xml_node& n, const State& st, bool close) {
    Path p;
    Numbers nums(n.attribute("points").value());
    double x, y;
    while (nums.next(&x) && nums.next(&y))
      p.ops.push_back(PathOp{p.ops.empty() ? PathOp::move : PathOp::line, X(st, x), Y(st, y)});
    if (close && !p.ops.empty()) p.ops.push_back(PathOp{PathOp::close});
    finish(std::move(p), st, true);  // SVG fills open polylines too
  }

  double num(const pugi::xml_node& n, const char* a) { return n.attribute(a).as_double(0); }

  void element(const pugi::xml_node& n, const State& parent) {
    std::string_view name = n.name();
    if (name == "title" || name == "desc") return;
    State st = state_for(n, parent);
    if (name == "g") {
      children(n, st);
    } else if (name == "path") {
      path(n, st);
    } else if (name == "line") {
      Path p;
      p.ops.push_back(PathOp{PathOp::move, X(st, num(n, "x1")), Y(st, num(n, "y1"))});
      p.ops.push_back(PathOp{PathOp::line, X(st, num(n, "x2")), Y(st, num(n, "y2"))});
      finish(std::move(p), st, false);
    } else if (name == "polyline") {
      points(n, st, false);
    } else if (name == "polygon") {
      points(n, st, true);
    } else if (name == "rect") {
      double x = X(st, num(n, "x")), y = Y(st, num(n, "y"));
      double w = num(n, "width") * scale_, h = num(n, "height") * scale_;
      Rect r{x, y, w, h, std::nullopt, std::nullopt, tag_};
      if (!st.fill.none) r.fill = Fill{to_color(st.fill.color), st.fill.color.a * st.opacity * st.fill_opacity};
      if (!st.stroke.none && st.stroke_width > 0) {
        Stroke s{to_color(st.stroke.color), st.stroke_width * scale_, {}, st.stroke.color.a * st.opacity * st.stroke_opacity};
        for (double d : st.dash) s.dash.push_back(d * scale_);
        r.stroke = s;
      }
      if (r.fill || r.stroke) out_.push_back(r);
    } else if (name == "circle") {
      double cx = num(n, "cx"), cy = num(n, "cy"), rr = num(n, "r");
      const double k = 0.5522847498 * rr;
      Path p;
      p.ops.push_back(PathOp{PathOp::move, X(st, cx + rr), Y(st, cy)});
      p.ops.push_back(PathOp{PathOp::curve, X(st, cx), Y(st, cy + rr), X(st, cx + rr), Y(st, cy + k), X(st, cx + k), Y(st, cy + rr)});
      p.ops.push_back(PathOp{PathOp::curve, X(st, cx - rr), Y(st, cy), X(st, cx - k), Y(st, cy + rr), X(st, cx - rr), Y(st, cy + k)});
      p.ops.push_back(PathOp{PathOp::curve, X(st, cx), Y(st, cy - rr), X(st, cx - rr), Y(st, cy - k), X(st, cx - k), Y(st, cy - rr)});
      p.ops.push_back(PathOp{PathOp::curve, X(st, cx + rr), Y(st, cy), X(st, cx + k), Y(st, cy - rr), X(st, cx + rr), Y(st, cy - k)});
      p.ops.push_back(PathOp{PathOp::close});
      finish(std::move(p), st, true);
    } else if (name == "text") {
      text(n, st);
    } else if (name == "tspan") {
      ctx_.error(n, "SVG element <tspan> is not supported outside <text>");
    } else {
      ctx_.error(n, "SVG element <" + std::string(name) + "> is not part of the chart subset",
                 panelpack::suggestion(std::string(name), panelpack::paper_svg_names()));
    }
  }

  // A run of text in one style within a chunk of text (a chunk starts at
  // every absolute x or y and is anchored as a whole).
  struct Segment {
    std::string text;
    State state;
    double dx = 0, dy = 0;  // user units, before the segment
  };

  // Draws a chunk starting at (x, y); returns where it ends.
  double flush_chunk(std::vector<Segment>& chunk, double x, double y, const pugi::xml_node& n) {
    while (!chunk.empty() && !chunk.back().text.empty() && chunk.back().text.back() == ' ') chunk.back().text.pop_back();
    struct Placed {
      const fonts::FontFace* face;
      FontSpec font;
      double size, width;
    };
    std::vector<Placed> placed;
    double total = 0;
    for (const Segment& seg : chunk) {
      style::ComputedStyle cs;
      cs.font_family = seg.state.font_family;
      cs.bold = seg.state.bold;
      const fonts::FontFace* face = ctx_.face(cs, n);
      double size = seg.state.font_size * 0.75 * scale_;
      double w = face ? face->width(seg.text, size) : 0;
      FontSpec spec = ctx_.font_spec(cs);
      if (face)
        for (std::size_t k = 0; k < seg.text.size();)
          if (char32_t cp = panelpack::next_code_point(seg.text, &k); cp >= 0x20 && !face->has_glyph(cp))
            ctx_.missing_glyph(cp, spec.family, n);
      placed.push_back(Placed{face, std::move(spec), size, w});
      total += w + seg.dx * scale_;
    }
    if (!chunk.empty()) {
      const std::string& anchor = chunk.front().state.anchor;
      if (anchor == "middle") x -= total / 2;
      else if (anchor == "end") x -= total;
    }
    double dy = 0;
    for (std::size_t i = 0; i < chunk.size(); ++i) {
      const Segment& seg = chunk[i];
      dy += seg.dy * scale_;
      x += seg.dx * scale_;
      if (!seg.text.empty() && !seg.state.fill.none) {
        TextRun r;
        r.x = x;
        r.y = y + dy + baseline_shift(seg.state, placed[i].face) * placed[i].size;
        r.text = seg.text;
        r.font = placed[i].font;
        r.size = placed[i].size;
        r.color = to_color(seg.state.fill.color);
        r.tag = tag_;
        out_.push_back(std::move(r));
      }
      x += placed[i].width;
    }
    chunk.clear();
    return x;
  }

  // dominant-baseline, as a fraction of the font size to move the baseline down.
  static double baseline_shift(const State& st, const fonts::FontFace* face) {
    double asc = face ? face->ascender() : 0.905, desc = face ? face->descender() : 0.212;
    if (st.baseline == "middle") return 0.26;  // half the x-height
    if (st.baseline == "central") return (asc - desc) / 2;
    if (st.baseline == "hanging" || st.baseline == "text-before-edge") return asc;
    if (st.baseline == "text-after-edge" || st.baseline == "ideographic") return -desc;
    return 0;
  }

  void text(const pugi::xml_node& n, const State& st) {
    std::vector<Segment> chunk;
    double x = X(st, num(n, "x") + num(n, "dx")), y = Y(st, num(n, "y") + num(n, "dy"));
    bool space = true;
    auto add = [&](const pugi::xml_node& from, const State& state, double dx, double dy) {
      chunk.push_back(Segment{{}, state, dx, dy});
      for (pugi::xml_node t : from.children()) {
        if (t.type() == pugi::node_element) {
          ctx_.error(t, "SVG element <" + std::string(t.name()) + "> is not supported inside <" + from.name() + ">");
          continue;
        }
        for (const char* p = t.value(); *p; ++p) {
          bool ws = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r';
          if (ws && space) continue;
          chunk.back().text += ws ? ' ' : *p;
          space = ws;
        }
      }
    };
    for (pugi::xml_node c : n.children()) {
      if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
        chunk.push_back(Segment{{}, st, 0, 0});
        for (const char* p = c.value(); *p; ++p) {
          bool ws = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r';
          if (ws && space) continue;
          chunk.back().text += ws ? ' ' : *p;
          space = ws;
        }
        continue;
      }
      if (c.type() != pugi::node_element) continue;
      if (std::strcmp(c.name(), "tspan") != 0) {
        ctx_.error(c, "SVG element <" + std::string(c.name()) + "> is not supported inside <text> (only <tspan>)");
        continue;
      }
      if (c.attribute("x") || c.attribute("y")) {  // a new chunk, anchored on its own
        double end = flush_chunk(chunk, x, y, n);
        x = c.attribute("x") ? X(st, num(c, "x")) : end;
        if (c.attribute("y")) y = Y(st, num(c, "y"));
        space = true;
      }
      add(c, state_for(c, st), num(c, "dx"), num(c, "dy"));
    }
    flush_chunk(chunk, x, y, n);
  }

  LayoutContext& ctx_;
  std::vector<Item>& out_;
  StructId tag_;
  double scale_, ox_, oy_;
};

}  // namespace

SvgBox svg_box(const pugi::xml_node& svg) {
  SvgBox b;
  bool has_vb = false;
  if (const char* vb = svg.attribute("viewBox").value(); *vb) {
    Numbers nums(vb);
    double v[4];
    if (nums.next(&v[0]) && nums.next(&v[1]) && nums.next(&v[2]) && nums.next(&v[3]) && v[2] > 0 && v[3] > 0) {
      b.vb_x = v[0];
      b.vb_y = v[1];
      b.vb_w = v[2];
      b.vb_h = v[3];
      has_vb = true;
    }
  }
  const char* w = svg.attribute("width").value();
  const char* h = svg.attribute("height").value();
  bool pct_w = std::strchr(w, '%') != nullptr, pct_h = std::strchr(h, '%') != nullptr;
  double ww = pct_w ? 0 : length_attr(w, 0), hh = pct_h ? 0 : length_attr(h, 0);
  if (!has_vb) {
    b.vb_w = ww > 0 ? ww / 0.75 : 300;
    b.vb_h = hh > 0 ? hh / 0.75 : 150;
  }
  if (ww > 0 && hh > 0) {
    b.w = ww;
    b.h = hh;
  } else if (ww > 0) {
    b.w = ww;
    b.h = ww * b.vb_h / b.vb_w;
  } else if (hh > 0) {
    b.h = hh;
    b.w = hh * b.vb_w / b.vb_h;
  } else {
    b.w = b.vb_w * 0.75;
    b.h = b.vb_h * 0.75;
  }
  return b;
}

std::string svg_alt(const pugi::xml_node& svg) {
  std::string title = svg.child("title").text().get();
  std::string desc = svg.child("desc").text().get();
  if (title.empty()) title = svg.attribute("aria-label").value();
  if (!title.empty() && !desc.empty()) return title + ". " + desc;
  return title.empty() ? desc : title;
}

void draw_svg(const pugi::xml_node& svg, double x, double y, double w, double h, StructId tag, LayoutContext& ctx,
              std::vector<Item>& out) {
  SvgBox b = svg_box(svg);
  double scale = std::min(w / b.vb_w, h / b.vb_h);
  double ox = x + (w - b.vb_w * scale) / 2 - b.vb_x * scale;
  double oy = y + (h - b.vb_h * scale) / 2 - b.vb_y * scale;
  Painter p(ctx, out, tag, scale, ox, oy);
  State st;
  st.stroke.none = true;
  p.children(svg, st);
}

}  // namespace layout
