#include "style/declaration.h"

#include <cmath>
#include <cstdlib>

namespace style {
namespace {

struct Ctx {
  const RawDeclaration& raw;
  std::vector<Declaration>* out;
  panelpack::Diagnostics& diags;

  Declaration make(Prop p, int side = 0) const {
    Declaration d;
    d.prop = p;
    d.side = side;
    d.important = raw.important;
    d.pos = raw.pos;
    return d;
  }
  // CSS forbids negative values for this property: the declaration is dropped.
  void negative(const std::string& what) const {
    diags.warning(raw.pos, "value '" + raw.value + "' of '" + raw.name + "' is ignored (" + what + " cannot be negative)",
                  "use 0 or a positive length");
  }
  void bad(const std::string& expected) const {
    diags.warning(raw.pos, "value '" + raw.value + "' of '" + raw.name + "' is not supported (expected " + expected + ")",
                  "see docs/styles.md for the supported values");
  }
};

std::optional<double> border_width_value(const std::string& w) {
  std::string l = lower(w);
  if (l == "thin") return 0.75;
  if (l == "medium") return 2.25;
  if (l == "thick") return 3.75;
  auto len = parse_length(w, false, false);
  if (!len || len->unit != Length::pt) return std::nullopt;
  return len->value;
}

std::optional<BorderStyle> border_style_value(const std::string& w) {
  std::string l = lower(w);
  if (l == "none" || l == "hidden") return BorderStyle::none;
  if (l == "solid") return BorderStyle::solid;
  if (l == "dashed") return BorderStyle::dashed;
  if (l == "dotted") return BorderStyle::dotted;
  if (l == "double") return BorderStyle::double_line;
  return std::nullopt;
}

// The sides a 1-4 value list assigns: top, right, bottom, left.
template <typename T>
bool four(const std::vector<T>& v, T out[4]) {
  if (v.empty() || v.size() > 4) return false;
  out[kTop] = v[0];
  out[kRight] = v.size() > 1 ? v[1] : v[0];
  out[kBottom] = v.size() > 2 ? v[2] : v[0];
  out[kLeft] = v.size() > 3 ? v[3] : out[kRight];
  return true;
}

bool border_shorthand(const Ctx& c, const std::vector<int>& sides) {
  double width = 2.25;
  BorderStyle bs = BorderStyle::none;
  Color color{0, 0, 0, -1};
  for (const std::string& w : split_words(c.raw.value)) {
    if (auto s = border_style_value(w)) bs = *s;
    else if (auto bw = border_width_value(w)) {
      if (*bw < 0) return c.negative("a border width"), true;
      width = *bw;
    } else if (auto col = parse_color(w)) color = *col;
    else return false;
  }
  for (int side : sides) {
    Declaration d = c.make(Prop::border_width, side);
    d.number = width;
    c.out->push_back(d);
    d = c.make(Prop::border_style, side);
    d.keyword = static_cast<int>(bs);
    c.out->push_back(d);
    d = c.make(Prop::border_color, side);
    d.color = color;
    c.out->push_back(d);
  }
  return true;
}

int side_of(std::string_view name) {
  if (name == "top") return kTop;
  if (name == "right") return kRight;
  if (name == "bottom") return kBottom;
  if (name == "left") return kLeft;
  return -1;
}

std::optional<BreakValue> break_value(const std::string& v, bool legacy) {
  std::string l = lower(v);
  if (l == "auto") return BreakValue::automatic;
  if (l == "avoid" || l == "avoid-page") return BreakValue::avoid;
  if (l == (legacy ? "always" : "page")) return BreakValue::page;
  if (!legacy && l == "always") return BreakValue::page;
  if (l == "left" || l == "verso") return BreakValue::left;
  if (l == "right" || l == "recto") return BreakValue::right;
  return std::nullopt;
}

bool parse_font_size(const Ctx& c, const std::string& v) {
  static const struct { const char* name; double pt; } kw[] = {
      {"xx-small", 6.75}, {"x-small", 7.5}, {"small", 9.75}, {"medium", 12},
      {"large", 13.5}, {"x-large", 18}, {"xx-large", 24}};
  Declaration d = c.make(Prop::font_size);
  std::string l = lower(v);
  for (const auto& k : kw)
    if (l == k.name) {
      d.length = Length::points(k.pt);
      c.out->push_back(d);
      return true;
    }
  if (l == "smaller" || l == "larger") {
    d.length = Length{Length::em, l == "smaller" ? 1 / 1.2 : 1.2};
    c.out->push_back(d);
    return true;
  }
  auto len = parse_length(v, true, false);
  if (!len) return false;
  if (len->value < 0) return c.negative("a font size"), true;
  if (len->unit == Length::percent) len = Length{Length::em, len->value / 100};
  d.length = *len;
  c.out->push_back(d);
  return true;
}

bool parse_one(const Ctx& c) {
  const std::string& n = c.raw.name;
  const std::string& v = c.raw.value;
  std::string lv = lower(v);
  std::vector<std::string> w = split_words(v);

  if (lv == "inherit") {
    static const struct { const char* name; Prop prop; } inheritable[] = {
        {"font-family", Prop::font_family}, {"font-size", Prop::font_size}, {"font-weight", Prop::font_weight},
        {"font-style", Prop::font_style}, {"color", Prop::color}, {"text-align", Prop::text_align},
        {"line-height", Prop::line_height}, {"list-style-type", Prop::list_style_type}, {"width", Prop::width}};
    for (const auto& p : inheritable)
      if (n == p.name) {
        Declaration d = c.make(p.prop);
        d.inherit = true;
        c.out->push_back(d);
        return true;
      }
  }

  if (n == "font-family") {
    Declaration d = c.make(Prop::font_family);
    d.text = v;
    c.out->push_back(d);
    return true;
  }
  if (n == "font-size") return parse_font_size(c, v) || (c.bad("a length, a percentage or a size keyword"), true);
  if (n == "font-weight") {
    Declaration d = c.make(Prop::font_weight);
    if (lv == "bold" || lv == "bolder") d.keyword = 1;
    else if (lv == "normal" || lv == "lighter") d.keyword = 0;
    else {
      char* end = nullptr;
      long num = std::strtol(lv.c_str(), &end, 10);
      if (end == lv.c_str() || *end || num < 1 || num > 1000) {
        c.bad("normal, bold or a number 100-900");
        return true;
      }
      d.keyword = num >= 600 ? 1 : 0;
    }
    c.out->push_back(d);
    return true;
  }
  if (n == "font-style") {
    Declaration d = c.make(Prop::font_style);
    if (lv == "italic" || lv == "oblique") d.keyword = 1;
    else if (lv == "normal") d.keyword = 0;
    else return c.bad("normal or italic"), true;
    c.out->push_back(d);
    return true;
  }
  if (n == "color" || n == "background-color" || n == "background") {
    Declaration d = c.make(n == "color" ? Prop::color : Prop::background);
    auto col = (n == "background" && lv == "none") ? std::optional<Color>(Color{0, 0, 0, 0}) : parse_color(v);
    if (!col) return c.bad(n == "background" ? "a colour (images are not supported)" : "a colour"), true;
    d.color = *col;
    c.out->push_back(d);
    return true;
  }
  if (n == "margin" || n == "padding") {
    std::vector<Length> ls;
    for (const std::string& x : w) {
      auto len = parse_length(x, true, n == "margin");
      if (!len) return c.bad("one to four lengths"), true;
      if (n == "padding" && len->value < 0) return c.negative("padding"), true;
      ls.push_back(*len);
    }
    Length sides[4];
    if (!four(ls, sides)) return c.bad("one to four lengths"), true;
    for (int s = 0; s < 4; ++s) {
      Declaration d = c.make(n == "margin" ? Prop::margin : Prop::padding, s);
      d.length = sides[s];
      c.out->push_back(d);
    }
    return true;
  }
  for (const char* base : {"margin-", "padding-"}) {
    std::string b = base;
    if (n.rfind(b, 0) == 0 && side_of(std::string_view(n).substr(b.size())) >= 0) {
      auto len = parse_length(v, true, b == "margin-");
      if (!len) return c.bad("a length"), true;
      if (b == "padding-" && len->value < 0) return c.negative("padding"), true;
      Declaration d = c.make(b == "margin-" ? Prop::margin : Prop::padding, side_of(std::string_view(n).substr(b.size())));
      d.length = *len;
      c.out->push_back(d);
      return true;
    }
  }
  if (n == "border") {
    if (!border_shorthand(c, {kTop, kRight, kBottom, kLeft})) c.bad("width, style and colour");
    return true;
  }
  if (n.rfind("border-", 0) == 0) {
    std::string rest = n.substr(7);
    int side = side_of(rest);
    if (side >= 0) {
      if (!border_shorthand(c, {side})) c.bad("width, style and colour");
      return true;
    }
    auto dash = rest.find('-');
    std::string which = rest, part;
    if (dash != std::string::npos) {
      which = rest.substr(0, dash);
      part = rest.substr(dash + 1);
    }
    std::vector<int> sides;
    std::string kind;
    if (side_of(which) >= 0 && !part.empty()) {
      sides = {side_of(which)};
      kind = part;
    } else if (dash == std::string::npos) {
      sides = {kTop, kRight, kBottom, kLeft};
      kind = which;
    }
    if (kind == "width" || kind == "style" || kind == "color") {
      if (sides.size() == 4 && (w.empty() || w.size() > 4)) return c.bad("one to four values"), true;
      int vals[4] = {0, 1, 2, 3};
      if (sides.size() == 4) {
        std::vector<int> idx;
        for (std::size_t i = 0; i < w.size(); ++i) idx.push_back(static_cast<int>(i));
        four(idx, vals);
      }
      // A bad value drops the whole declaration, sides already read included.
      const std::size_t first = c.out->size();
      auto drop = [&] { c.out->resize(first); };
      for (std::size_t i = 0; i < sides.size(); ++i) {
        const std::string& x = sides.size() == 4 ? w[vals[i]] : v;
        Declaration d;
        if (kind == "width") {
          auto bw = border_width_value(x);
          if (!bw) return drop(), c.bad("a border width"), true;
          if (*bw < 0) return drop(), c.negative("a border width"), true;
          d = c.make(Prop::border_width, sides[i]);
          d.number = *bw;
        } else if (kind == "style") {
          auto bs = border_style_value(x);
          if (!bs) return drop(), c.bad("none, solid, dashed, dotted or double"), true;
          d = c.make(Prop::border_style, sides[i]);
          d.keyword = static_cast<int>(*bs);
        } else {
          auto col = parse_color(x);
          if (!col) return drop(), c.bad("a colour"), true;
          d = c.make(Prop::border_color, sides[i]);
          d.color = *col;
        }
        c.out->push_back(d);
      }
      return true;
    }
    if (n == "border-collapse") {
      if (lv != "collapse") c.bad("collapse (the only table border model)");
      return true;
    }
    return false;
  }
  if (n == "text-align") {
    Declaration d = c.make(Prop::text_align);
    if (lv == "left" || lv == "start") d.keyword = static_cast<int>(TextAlign::left);
    else if (lv == "right" || lv == "end") d.keyword = static_cast<int>(TextAlign::right);
    else if (lv == "center") d.keyword = static_cast<int>(TextAlign::center);
    else if (lv == "justify") d.keyword = static_cast<int>(TextAlign::justify);
    else return c.bad("left, right, center or justify"), true;
    c.out->push_back(d);
    return true;
  }
  if (n == "line-height") {
    Declaration d = c.make(Prop::line_height);
    char* end = nullptr;
    double num = std::strtod(lv.c_str(), &end);
    if (lv == "normal") d.line_height = LineHeight{};
    else if (end != lv.c_str() && *end == 0 && num < 0) return c.negative("a line height"), true;
    else if (end != lv.c_str() && *end == 0 && num > 0) d.line_height = LineHeight{LineHeight::factor, num};
    else if (auto len = parse_length(v, true, false)) {
      if (len->value < 0) return c.negative("a line height"), true;
      if (len->unit == Length::percent) d.line_height = LineHeight{LineHeight::factor, len->value / 100};
      else {
        d.line_height = LineHeight{LineHeight::length, len->value};
        d.length = *len;
      }
    } else return c.bad("normal, a number or a length"), true;
    c.out->push_back(d);
    return true;
  }
  if (n == "width") {
    auto len = parse_length(v, true, true);
    if (!len) return c.bad("a length, a percentage or auto"), true;
    if (len->value < 0) return c.negative("a width"), true;
    Declaration d = c.make(Prop::width);
    d.length = *len;
    c.out->push_back(d);
    return true;
  }
  if (n == "list-style-type" || n == "list-style") {
    Declaration d = c.make(Prop::list_style_type);
    for (const std::string& x : w) {
      std::string lx = lower(x);
      if (lx == "outside") continue;
      if (lx == "inside") return c.bad("outside markers only"), true;
      if (!d.text.empty()) return c.bad("one marker style"), true;
      d.text = lx;
    }
    if (d.text.empty()) return c.bad("a marker style"), true;
    c.out->push_back(d);
    return true;
  }
  if (n == "break-before" || n == "break-after" || n == "page-break-before" || n == "page-break-after") {
    bool legacy = n[0] == 'p';
    auto b = break_value(v, legacy);
    if (!b) return c.bad("auto, avoid, page, left or right"), true;
    Declaration d = c.make(n.find("before") != std::string::npos ? Prop::break_before : Prop::break_after);
    d.keyword = static_cast<int>(*b);
    c.out->push_back(d);
    return true;
  }
  if (n == "break-inside" || n == "page-break-inside") {
    Declaration d = c.make(Prop::break_inside);
    if (lv == "avoid" || lv == "avoid-page") d.keyword = 1;
    else if (lv == "auto") d.keyword = 0;
    else return c.bad("auto or avoid"), true;
    c.out->push_back(d);
    return true;
  }
  if (n == "orphans" || n == "widows") {
    char* end = nullptr;
    long num = std::strtol(lv.c_str(), &end, 10);
    if (end == lv.c_str() || *end || num < 1) return c.bad("a whole number of lines"), true;
    Declaration d = c.make(n == "orphans" ? Prop::orphans : Prop::widows);
    d.number = static_cast<double>(num);
    c.out->push_back(d);
    return true;
  }
  if (n == "vertical-align") {
    Declaration d = c.make(Prop::vertical_align);
    if (lv == "baseline") d.keyword = static_cast<int>(VerticalAlign::baseline);
    else if (lv == "top") d.keyword = static_cast<int>(VerticalAlign::top);
    else if (lv == "middle") d.keyword = static_cast<int>(VerticalAlign::middle);
    else if (lv == "bottom") d.keyword = static_cast<int>(VerticalAlign::bottom);
    else return c.bad("baseline, top, middle or bottom"), true;
    c.out->push_back(d);
    return true;
  }
  if (n == "white-space") {
    Declaration d = c.make(Prop::white_space);
    if (lv == "normal") d.keyword = static_cast<int>(WhiteSpace::normal);
    else if (lv == "nowrap") d.keyword = static_cast<int>(WhiteSpace::nowrap);
    else return c.bad("normal or nowrap"), true;
    c.out->push_back(d);
    return true;
  }
  if (n == "display") {
    if (lv != "none") return c.bad("none (elements keep their own display otherwise)"), true;
    c.out->push_back(c.make(Prop::display));
    return true;
  }
  if (n == "text-decoration" || n == "text-decoration-line") {
    Declaration d = c.make(Prop::text_decoration);
    if (lv == "underline") d.keyword = 1;
    else if (lv == "none") d.keyword = 0;
    else return c.bad("none or underline"), true;
    c.out->push_back(d);
    return true;
  }
  if (n == "font-variant-numeric") {
    if (lv != "tabular-nums" && lv != "normal") c.bad("tabular-nums or normal");
    return true;  // Liberation's figures are already tabular
  }
  return false;
}

}  // namespace

bool is_builtin_list_style(const std::string& name) {
  static const char* kNames[] = {"disc", "circle", "square", "decimal", "decimal-leading-zero", "lower-alpha",
                                 "upper-alpha", "lower-latin", "upper-latin", "lower-roman", "upper-roman", "none"};
  for (const char* k : kNames)
    if (name == k) return true;
  return false;
}

void parse_declaration(const RawDeclaration& raw, std::vector<Declaration>* out, panelpack::Diagnostics& diags) {
  Ctx c{raw, out, diags};
  if (raw.value.empty()) {
    diags.warning(raw.pos, "property '" + raw.name + "' has no value");
    return;
  }
  if (!parse_one(c))
    diags.warning(raw.pos, "property '" + raw.name + "' is not supported (it is ignored in the PDF)",
                  "see docs/styles.md for the supported properties");
}

void apply(const Declaration& d, ComputedStyle& s, const ComputedStyle& parent) {
  if (d.inherit) {
    switch (d.prop) {
      case Prop::font_family: s.font_family = parent.font_family; break;
      case Prop::font_size: s.font_size = parent.font_size; break;
      case Prop::font_weight: s.bold = parent.bold; break;
      case Prop::font_style: s.italic = parent.italic; break;
      case Prop::color: s.color = parent.color; break;
      case Prop::text_align: s.text_align = parent.text_align; break;
      case Prop::line_height: s.line_height = parent.line_height; break;
      case Prop::list_style_type: s.list_style_type = parent.list_style_type; break;
      case Prop::width: s.width = parent.width; break;
      default: break;
    }
    return;
  }
  switch (d.prop) {
    case Prop::font_family: s.font_family = d.text; break;
    case Prop::font_size:
      s.font_size = d.length.unit == Length::em ? d.length.value * parent.font_size : d.length.value;
      break;
    case Prop::font_weight: s.bold = d.keyword != 0; break;
    case Prop::font_style: s.italic = d.keyword != 0; break;
    case Prop::color: s.color = d.color; break;
    case Prop::background: s.background = d.color; break;
    case Prop::margin: s.margin[d.side] = d.length; break;
    case Prop::padding: s.padding[d.side] = d.length; break;
    case Prop::border_width: s.border_width[d.side] = d.number; break;
    case Prop::border_style: s.border_style[d.side] = static_cast<BorderStyle>(d.keyword); break;
    case Prop::border_color: s.border_color[d.side] = d.color; break;
    case Prop::text_align: s.text_align = static_cast<TextAlign>(d.keyword); break;
    case Prop::line_height:
      s.line_height = d.line_height;
      if (d.line_height.kind == LineHeight::length && d.length.unit == Length::em)
        s.line_height.value = d.length.value * s.font_size;
      break;
    case Prop::width: s.width = d.length; break;
    case Prop::list_style_type: s.list_style_type = d.text; break;
    case Prop::break_before: s.break_before = static_cast<BreakValue>(d.keyword); break;
    case Prop::break_after: s.break_after = static_cast<BreakValue>(d.keyword); break;
    case Prop::break_inside: s.avoid_break_inside = d.keyword != 0; break;
    case Prop::orphans: s.orphans = static_cast<int>(d.number); break;
    case Prop::widows: s.widows = static_cast<int>(d.number); break;
    case Prop::vertical_align: s.vertical_align = static_cast<VerticalAlign>(d.keyword); break;
    case Prop::white_space: s.white_space = static_cast<WhiteSpace>(d.keyword); break;
    case Prop::display: s.display_none = true; break;
    case Prop::text_decoration: s.underline = d.keyword != 0; break;
    case Prop::accepted: break;
  }
}

void finish(ComputedStyle& s) {
  auto fix = [&](Length& l) {
    if (l.unit == Length::em) l = Length::points(l.value * s.font_size);
  };
  for (int i = 0; i < 4; ++i) {
    fix(s.margin[i]);
    fix(s.padding[i]);
    if (s.border_color[i].a < 0) s.border_color[i] = s.color;
  }
  fix(s.width);
}

}  // namespace style
