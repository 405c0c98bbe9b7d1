#include "layout/line_breaker.h"

#include <linebreak.h>

#include <algorithm>
#include <cmath>

#include "fonts/utf8.h"
#include "layout/layout_context.h"
#include "layout/svg_chart.h"

namespace layout {
namespace {

struct LineRange {
  std::size_t begin, end;  // bytes; end excludes a forced '\n'
  std::size_t next;        // where the next line starts
  bool forced;             // ended by <br>
};

void break_opportunities(const InlineText& t, const std::string& lang, std::vector<char>& brks) {
  static const bool initialised = [] {
    init_linebreak();
    return true;
  }();
  (void)initialised;
  brks.resize(t.text.size());
  if (t.text.empty()) return;
  set_linebreaks_utf8(reinterpret_cast<const utf8_t*>(t.text.data()), t.text.size(), lang.c_str(), brks.data());
  for (const InlineSpan& sp : t.spans)
    if (sp.nowrap)
      for (std::size_t i = sp.begin; i + 1 < sp.end; ++i)
        if (brks[i] == LINEBREAK_ALLOWBREAK) brks[i] = LINEBREAK_NOBREAK;
}

std::size_t span_at(const InlineText& t, std::size_t pos) {
  auto it = std::upper_bound(t.spans.begin(), t.spans.end(), pos,
                             [](std::size_t p, const InlineSpan& s) { return p < s.begin; });
  return it == t.spans.begin() ? 0 : static_cast<std::size_t>(it - t.spans.begin()) - 1;
}

double advance(const InlineText& t, const InlineSpan& sp, char32_t cp) {
  if (sp.atomic >= 0) return t.atomics[sp.atomic].w;
  if (cp == '\n' || !sp.face) return 0;
  double a = sp.face->advance_em(cp);
  return (a < 0 ? 0.5 : a) * sp.size;
}

// Width of [a, b) of the text.
double measure(const InlineText& t, std::size_t a, std::size_t b) {
  double w = 0;
  std::size_t si = span_at(t, a);
  for (std::size_t i = a; i < b;) {
    while (si + 1 < t.spans.size() && t.spans[si].end <= i) ++si;
    char32_t cp = fonts::next_code_point(t.text, &i);
    w += advance(t, t.spans[si], cp);
  }
  return w;
}

std::vector<LineRange> find_lines(const InlineText& t, const std::vector<char>& brks, double width) {
  std::vector<LineRange> lines;
  const std::string& s = t.text;
  const std::size_t n = s.size();
  std::size_t pos = 0;
  while (pos < n) {
    while (pos < n && s[pos] == ' ') ++pos;
    if (pos >= n) break;
    std::size_t si = span_at(t, pos);
    double w = 0;
    std::size_t brk = std::string::npos;
    std::size_t i = pos;
    LineRange line{pos, n, n, false};
    bool done = false;
    while (i < n) {
      while (si + 1 < t.spans.size() && t.spans[si].end <= i) ++si;
      std::size_t j = i;
      char32_t cp = fonts::next_code_point(s, &j);
      if (cp == '\n') {
        line = LineRange{pos, i, j, true};
        done = true;
        break;
      }
      double cw = advance(t, t.spans[si], cp);
      if (cp != ' ' && w + cw > width + 1e-6) {
        if (brk != std::string::npos) {
          line = LineRange{pos, brk, brk, false};
          done = true;
          break;
        }
        if (i > pos) {  // nothing to break at: cut the word here
          line = LineRange{pos, i, i, false};
          done = true;
          break;
        }
      }
      w += cw;
      if (brks[j - 1] == LINEBREAK_ALLOWBREAK) brk = j;
      i = j;
    }
    if (!done) line = LineRange{pos, n, n, false};
    lines.push_back(line);
    pos = line.next;
  }
  return lines;
}

struct LineMetrics {
  double ascent, descent;
};

LineMetrics metrics(const InlineText& t, const ParagraphStyle& ps, std::size_t a, std::size_t b) {
  LineMetrics m{ps.strut_ascent, ps.strut_descent};
  for (std::size_t si = span_at(t, a); si < t.spans.size() && t.spans[si].begin < std::max(b, a + 1); ++si) {
    const InlineSpan& sp = t.spans[si];
    if (sp.end <= a) continue;
    if (sp.atomic >= 0) {
      m.ascent = std::max(m.ascent, t.atomics[sp.atomic].h);
      continue;
    }
    if (!sp.face) continue;
    double asc = sp.face->ascender() * sp.size, desc = sp.face->descender() * sp.size;
    double half = (sp.line_height - asc - desc) / 2;
    m.ascent = std::max(m.ascent, asc + half);
    m.descent = std::max(m.descent, desc + half);
  }
  return m;
}

void add_run(Fragment& f, const InlineText& t, const InlineSpan& sp, std::size_t a, std::size_t b, double x,
             double baseline, double w) {
  if (b <= a) return;
  if (sp.background.a > 0) {
    double asc = (sp.face ? sp.face->ascender() : 0.905) * sp.size;
    double desc = (sp.face ? sp.face->descender() : 0.212) * sp.size;
    f.body.items.push_back(Rect{x, baseline - asc, w, asc + desc,
                                Fill{Color{sp.background.r, sp.background.g, sp.background.b}, sp.background.a},
                                std::nullopt, kArtifact});
  }
  TextRun r;
  r.x = x;
  r.y = baseline;
  r.text.assign(t.text, a, b - a);
  r.font = sp.font;
  r.size = sp.size;
  r.color = sp.color;
  r.tag = sp.tag;
  f.body.items.push_back(std::move(r));
  if (sp.underline)
    f.body.items.push_back(Rect{x, baseline + 0.106 * sp.size, w, 0.073 * sp.size, Fill{sp.color, 1}, std::nullopt, kArtifact});
  if (sp.link >= 0) {
    const InlineLink& l = t.links[sp.link];
    double top = baseline - (sp.face ? sp.face->ascender() : 0.905) * sp.size;
    double h = (sp.face ? sp.face->ascender() + sp.face->descender() : 1.117) * sp.size;
    if (!f.body.links.empty()) {
      Link& prev = f.body.links.back();
      if (prev.uri == l.uri && prev.dest == l.dest && prev.tag == l.tag && std::abs(prev.x + prev.w - x) < 8 &&
          std::abs(prev.y - top) < 0.01) {
        prev.w = x + w - prev.x;
        return;
      }
    }
    f.body.links.push_back(Link{x, top, w, h, l.uri, l.dest, l.tag});
  }
}

void emit_line(const InlineText& t, const LineRange& line, bool last, const ParagraphStyle& ps, double x0,
               double width, LayoutContext& ctx, Fragment& f, double* baseline_out) {
  std::size_t a = line.begin, b = line.end;
  while (b > a && t.text[b - 1] == ' ') --b;
  LineMetrics m = metrics(t, ps, a, b);
  double baseline = m.ascent;
  f.height = m.ascent + m.descent;
  *baseline_out = baseline;
  // The width of each span's part of the line, measured once.
  thread_local std::vector<double> seg;
  seg.clear();
  double natural = 0;
  const std::size_t first_span = span_at(t, a);
  for (std::size_t si = first_span; si < t.spans.size() && t.spans[si].begin < b; ++si) {
    std::size_t s0 = std::max<std::size_t>(t.spans[si].begin, a), s1 = std::min<std::size_t>(t.spans[si].end, b);
    double w = s1 > s0 ? measure(t, s0, s1) : 0;
    seg.push_back(w);
    natural += w;
  }
  bool justify = ps.align == style::TextAlign::justify && !last && !line.forced;
  double extra = 0;
  double x = x0;
  if (justify) {
    int spaces = static_cast<int>(std::count(t.text.begin() + static_cast<std::ptrdiff_t>(a),
                                             t.text.begin() + static_cast<std::ptrdiff_t>(b), ' '));
    if (spaces > 0 && natural < width) extra = (width - natural) / spaces;
  } else if (ps.align == style::TextAlign::right) {
    x += std::max(0.0, width - natural);
  } else if (ps.align == style::TextAlign::center) {
    x += std::max(0.0, (width - natural) / 2);
  }
  for (std::size_t si = first_span; si < t.spans.size() && t.spans[si].begin < b; ++si) {
    const InlineSpan& sp = t.spans[si];
    std::size_t s0 = std::max<std::size_t>(sp.begin, a), s1 = std::min<std::size_t>(sp.end, b);
    if (s1 <= s0) continue;
    if (sp.atomic >= 0) {
      const AtomicBox& box = t.atomics[sp.atomic];
      if (box.kind == AtomicBox::image)
        f.body.items.push_back(Image{x, baseline - box.h, box.w, box.h, box.file, box.tag});
      else
        draw_svg(box.node, x, baseline - box.h, box.w, box.h, box.tag, ctx, f.body.items);
      if (sp.link >= 0) {
        const InlineLink& l = t.links[sp.link];
        f.body.links.push_back(Link{x, baseline - box.h, box.w, box.h, l.uri, l.dest, l.tag});
      }
      x += box.w;
      continue;
    }
    if (t.text[s0] == '\n') continue;
    if (!justify || extra == 0) {
      double w = seg[si - first_span];
      add_run(f, t, sp, s0, s1, x, baseline, w);
      x += w;
      continue;
    }
    std::size_t w0 = s0;
    while (w0 < s1) {
      std::size_t w1 = w0;
      while (w1 < s1 && t.text[w1] != ' ') ++w1;
      double w = measure(t, w0, w1);
      add_run(f, t, sp, w0, w1, x, baseline, w);
      x += w;
      while (w1 < s1 && t.text[w1] == ' ') {
        x += advance(t, sp, ' ') + extra;
        ++w1;
      }
      w0 = w1;
    }
  }
}

}  // namespace

ParagraphStyle paragraph_style(const style::ComputedStyle& s, const fonts::FontFace* face) {
  ParagraphStyle ps;
  ps.align = s.text_align;
  ps.orphans = s.orphans;
  ps.widows = s.widows;
  double asc = (face ? face->ascender() : 0.905) * s.font_size;
  double desc = (face ? face->descender() : 0.212) * s.font_size;
  double half = (s.line_height.resolve(s.font_size) - asc - desc) / 2;
  ps.strut_ascent = asc + half;
  ps.strut_descent = desc + half;
  return ps;
}

void layout_lines(const InlineText& t, const ParagraphStyle& ps, double x, double width, LayoutContext& ctx,
                  FlowBuilder& out) {
  thread_local std::vector<char> brks;
  break_opportunities(t, ctx.lang, brks);
  std::vector<LineRange> lines = find_lines(t, brks, width);
  if (lines.empty() && !t.anchors.empty()) lines.push_back(LineRange{0, 0, 0, false});
  std::size_t anchor = 0;
  const int n = static_cast<int>(lines.size());
  for (int i = 0; i < n; ++i) {
    Fragment f;
    double baseline = 0;
    emit_line(t, lines[i], i == n - 1, ps, x, width, ctx, f, &baseline);
    while (anchor < t.anchors.size() && (i == n - 1 || t.anchors[anchor].first < lines[i].next))
      f.body.anchors.push_back(Anchor{t.anchors[anchor++].second, 0});
    if (i > 0 && (i < ps.orphans || n - i < ps.widows)) out.avoid_break();
    out.emit(std::move(f), baseline);
  }
}

ContentWidths measure_lines(const InlineText& t, LayoutContext& ctx) {
  thread_local std::vector<char> brks;
  break_opportunities(t, ctx.lang, brks);
  ContentWidths cw;
  const std::string& s = t.text;
  double line = 0, word = 0, word_no_space = 0;
  std::size_t si = 0;
  for (std::size_t i = 0; i < s.size();) {
    while (si + 1 < t.spans.size() && t.spans[si].end <= i) ++si;
    std::size_t j = i;
    char32_t cp = fonts::next_code_point(s, &j);
    if (cp == '\n') {
      cw.max = std::max(cw.max, line);
      cw.min = std::max(cw.min, word_no_space);
      line = word = word_no_space = 0;
      i = j;
      continue;
    }
    double a = advance(t, t.spans[si], cp);
    cw.floor = std::max(cw.floor, a);
    line += a;
    word += a;
    if (cp != ' ') word_no_space = word;
    if (brks[j - 1] == LINEBREAK_ALLOWBREAK || brks[j - 1] == LINEBREAK_MUSTBREAK) {
      cw.min = std::max(cw.min, word_no_space);
      word = word_no_space = 0;
    }
    i = j;
  }
  cw.min = std::max(cw.min, word_no_space);
  cw.max = std::max(cw.max, line);
  return cw;
}

}  // namespace layout
