#include "layout/line_breaker.h"

#include <linebreak.h>

#include <algorithm>
#include <cmath>

#include "core/utf8.h"
#include "layout/layout_context.h"
#include "layout/svg_chart.h"

namespace layout {
namespace {

struct LineRange {
  std::size_t begin, end;  // bytes; end excludes a forced '\n'
  std::size_t next;        // where the next line starts
  bool forced;             // ended by <br>
};

// A break UAX #14 allows but white-space: nowrap forbids: used only when a
// line cannot be filled otherwise (better a break at a space than in a word).
constexpr char kNowrapBreak = 4;

bool is_nbsp(char32_t cp) { return cp == 0xa0 || cp == 0x202f || cp == 0x2007; }

// The soft hyphen ends [a, b): the line shows a hyphen there.
bool ends_with_shy(const std::string& s, std::size_t a, std::size_t b) {
  return b >= a + 2 && static_cast<unsigned char>(s[b - 2]) == 0xc2 && static_cast<unsigned char>(s[b - 1]) == 0xad;
}

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
        if (brks[i] == LINEBREAK_ALLOWBREAK) brks[i] = kNowrapBreak;
}

std::size_t span_at(const InlineText& t, std::size_t pos) {
  auto it = std::upper_bound(t.spans.begin(), t.spans.end(), pos,
                             [](std::size_t p, const InlineSpan& s) { return p < s.begin; });
  return it == t.spans.begin() ? 0 : static_cast<std::size_t>(it - t.spans.begin()) - 1;
}

double advance(const InlineText& t, const InlineSpan& sp, char32_t cp) {
  if (sp.atomic >= 0) return t.atomics[sp.atomic].w;
  if (cp == '\n' || !sp.face || invisible_char(cp)) return 0;
  double a = sp.face->advance_em(cp);
  return (a < 0 ? 0.5 : a) * sp.size;
}

// Width of [a, b) of the text.
double measure(const InlineText& t, std::size_t a, std::size_t b) {
  double w = 0;
  std::size_t si = span_at(t, a);
  for (std::size_t i = a; i < b;) {
    while (si + 1 < t.spans.size() && t.spans[si].end <= i) ++si;
    char32_t cp = panelpack::next_code_point(t.text, &i);
    w += advance(t, t.spans[si], cp);
  }
  return w;
}

// Greedy filling. A line that overflows ends at the last break
// opportunity; failing that (one word wider than the line) at a space that
// white-space: nowrap kept, then after a run of no-break spaces, and only
// then after punctuation within the word, and only then between two
// characters. A line cut without a break opportunity
// drops the no-break spaces around the cut.
std::vector<LineRange> find_lines(const InlineText& t, const std::vector<char>& brks, double width) {
  std::vector<LineRange> lines;
  const std::string& s = t.text;
  const std::size_t n = s.size();
  constexpr std::size_t none = std::string::npos;
  std::size_t pos = 0;
  bool after_cut = false;
  while (pos < n) {
    while (pos < n) {
      std::size_t j = pos;
      char32_t cp = panelpack::next_code_point(s, &j);
      if (cp != ' ' && !(after_cut && is_nbsp(cp))) break;
      pos = j;
    }
    if (pos >= n) break;
    std::size_t si = span_at(t, pos);
    double w = 0;
    std::size_t brk = none, soft = none, nb_begin = none, nb_end = none, run_begin = none, punct = none;
    std::size_t i = pos;
    LineRange line{pos, n, n, false};
    bool done = false, cut = false;
    while (i < n) {
      while (si + 1 < t.spans.size() && t.spans[si].end <= i) ++si;
      std::size_t j = i;
      char32_t cp = panelpack::next_code_point(s, &j);
      if (cp == '\n') {
        line = LineRange{pos, i, j, true};
        done = true;
        break;
      }
      double cw = advance(t, t.spans[si], cp);
      if (cp != ' ' && w + cw > width + 1e-6) {
        if (brk != none) {
          line = LineRange{pos, brk, brk, false};
        } else if (soft != none) {
          line = LineRange{pos, soft, soft, false};
        } else if (nb_begin != none) {
          line = LineRange{pos, nb_begin, nb_end, false};
          cut = true;
        } else if (punct != none) {  // "12,/345" rather than "12,34/5"
          line = LineRange{pos, punct, punct, false};
          cut = true;
        } else if (i > pos) {  // nothing to break at: cut the word here
          line = LineRange{pos, i, i, false};
          cut = true;
        }
        if (brk != none || soft != none || nb_begin != none || punct != none || i > pos) {
          done = true;
          break;
        }
      }
      w += cw;
      if (is_nbsp(cp)) {
        if (run_begin == none) run_begin = i;
        if (run_begin > pos) {
          nb_begin = run_begin;
          nb_end = j;
        }
      } else {
        run_begin = none;
      }
      if ((cp == ',' || cp == '.' || cp == '/' || cp == '-' || cp == ':' || cp == ';' || cp == '_') && j < n)
        punct = j;
      char b = brks[j - 1];
      if (b == LINEBREAK_ALLOWBREAK && cp == 0xad && w + advance(t, t.spans[si], '-') > width + 1e-6) b = LINEBREAK_NOBREAK;
      if (b == LINEBREAK_ALLOWBREAK) brk = j;
      else if (b == kNowrapBreak) soft = j;
      i = j;
    }
    if (!done) line = LineRange{pos, n, n, false};
    if (cut) {  // no-break spaces at the cut belong to neither line
      while (line.end > line.begin) {
        std::size_t k = line.end - 1;
        while (k > line.begin && (static_cast<unsigned char>(s[k]) & 0xc0) == 0x80) --k;
        std::size_t e = k;
        if (!is_nbsp(panelpack::next_code_point(s, &e))) break;
        line.end = k;
      }
    }
    after_cut = cut;
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

// The background behind a stretch of a span, drawn before its text.
void add_background(Fragment& f, const InlineSpan& sp, double x, double baseline, double w) {
  if (sp.background.a <= 0 || w <= 0) return;
  double asc = (sp.face ? sp.face->ascender() : 0.905) * sp.size;
  double desc = (sp.face ? sp.face->descender() : 0.212) * sp.size;
  f.body.items.push_back(Rect{x, baseline - asc, w, asc + desc,
                              Fill{Color{sp.background.r, sp.background.g, sp.background.b}, sp.background.a},
                              std::nullopt, kArtifact});
}

// The text of [a, b) without the invisible characters, and a hyphen if asked.
void add_text_run(Fragment& f, const InlineText& t, const InlineSpan& sp, std::size_t a, std::size_t b, double x,
                  double baseline, bool hyphen) {
  TextRun r;
  r.x = x;
  r.y = baseline;
  // The invisible characters all start with one of these bytes.
  if (std::none_of(t.text.begin() + static_cast<std::ptrdiff_t>(a), t.text.begin() + static_cast<std::ptrdiff_t>(b),
                   [](char c) { return c == '\xc2' || c == '\xe2' || c == '\xef'; })) {
    r.text.assign(t.text, a, b - a);
  } else {
    for (std::size_t i = a; i < b;) {
      std::size_t j = i;
      if (!invisible_char(panelpack::next_code_point(t.text, &j))) r.text.append(t.text, i, j - i);
      i = j;
    }
  }
  if (hyphen) r.text += '-';
  if (r.text.empty()) return;
  r.font = sp.font;
  r.size = sp.size;
  r.color = sp.color;
  r.tag = sp.tag;
  f.body.items.push_back(std::move(r));
}

// The text of each link as written (white space collapsed, invisible
// characters and images left out), whatever lines it is broken over: a
// URL broken inside a word gains no space.
std::vector<std::string> link_texts(const InlineText& t) {
  std::vector<std::string> out(t.links.size());
  for (const InlineSpan& sp : t.spans) {
    if (sp.link < 0 || sp.atomic >= 0) continue;
    std::string& s = out[sp.link];
    for (std::size_t i = sp.begin; i < sp.end;) {
      std::size_t j = i;
      char32_t cp = panelpack::next_code_point(t.text, &j);
      if (cp == '\n') cp = ' ';
      if (cp == ' ') {
        if (!s.empty() && s.back() != ' ') s += ' ';
      } else if (!invisible_char(cp)) {
        s.append(t.text, i, j - i);
      }
      i = j;
    }
  }
  for (std::string& s : out)
    while (!s.empty() && s.back() == ' ') s.pop_back();
  return out;
}

// The underline and link over a stretch of a span, drawn after its text.
void add_decoration(Fragment& f, const InlineText& t, const std::vector<std::string>& texts, const InlineSpan& sp,
                    double x, double baseline, double w) {
  if (w <= 0) return;
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
    f.body.links.push_back(Link{x, top, w, h, l.uri, l.dest, l.tag, texts[sp.link]});
  }
}

void emit_line(const InlineText& t, const std::vector<std::string>& texts, const LineRange& line, bool last,
               const ParagraphStyle& ps, double x0, double width, LayoutContext& ctx, Fragment& f,
               double* baseline_out) {
  std::size_t a = line.begin, b = line.end;
  while (b > a && t.text[b - 1] == ' ') --b;
  const std::size_t items_before = f.body.items.size();
  LineMetrics m = metrics(t, ps, a, b);
  double baseline = m.ascent;
  f.height = m.ascent + m.descent;
  *baseline_out = baseline;
  // A line broken at a soft hyphen shows a hyphen.
  const bool hyphen = !last && !line.forced && ends_with_shy(t.text, a, b);
  // The width of each span's part of the line, measured once.
  thread_local std::vector<double> seg;
  seg.clear();
  double natural = 0;
  const std::size_t first_span = span_at(t, a);
  for (std::size_t si = first_span; si < t.spans.size() && t.spans[si].begin < b; ++si) {
    std::size_t s0 = std::max<std::size_t>(t.spans[si].begin, a), s1 = std::min<std::size_t>(t.spans[si].end, b);
    double w = s1 > s0 ? measure(t, s0, s1) : 0;
    if (hyphen && s1 == b && s1 > s0) w += advance(t, t.spans[si], '-');
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
        f.body.links.push_back(Link{x, baseline - box.h, box.w, box.h, l.uri, l.dest, l.tag, texts[sp.link]});
      }
      x += box.w;
      continue;
    }
    if (t.text[s0] == '\n') continue;
    const bool hy = hyphen && s1 == b;
    if (!justify || extra == 0) {
      double w = seg[si - first_span];
      add_background(f, sp, x, baseline, w);
      add_text_run(f, t, sp, s0, s1, x, baseline, hy);
      add_decoration(f, t, texts, sp, x, baseline, w);
      x += w;
      continue;
    }
    // Justified: each word is placed on its own, the background, underline
    // and link run unbroken across the widened spaces.
    double span_w = seg[si - first_span] + extra * static_cast<double>(std::count(
                                                      t.text.begin() + static_cast<std::ptrdiff_t>(s0),
                                                      t.text.begin() + static_cast<std::ptrdiff_t>(s1), ' '));
    const double span_x = x;
    add_background(f, sp, span_x, baseline, span_w);
    std::size_t w0 = s0;
    while (w0 < s1) {
      std::size_t w1 = w0;
      while (w1 < s1 && t.text[w1] != ' ') ++w1;
      add_text_run(f, t, sp, w0, w1, x, baseline, hy && w1 == s1);
      x += measure(t, w0, w1);
      while (w1 < s1 && t.text[w1] == ' ') {
        x += advance(t, sp, ' ') + extra;
        ++w1;
      }
      w0 = w1;
    }
    add_decoration(f, t, texts, sp, span_x, baseline, span_w);
    x = span_x + span_w;
  }
  // A line that breaks at a space or a <br> ends its last run with a word
  // break (a soft hyphen or zero width space joins the word instead).
  const bool at_space = b < line.end || (line.end < t.text.size() && t.text[line.end] == ' ');
  if (last || hyphen || !(line.forced || at_space)) return;
  for (std::size_t i = f.body.items.size(); i-- > items_before;)
    if (auto* r = std::get_if<TextRun>(&f.body.items[i])) {
      r->space_after = r->text.back() != ' ';
      break;
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
  const std::vector<std::string> texts = link_texts(t);
  const int n = static_cast<int>(lines.size());
  for (int i = 0; i < n; ++i) {
    Fragment f;
    double baseline = 0;
    emit_line(t, texts, lines[i], i == n - 1, ps, x, width, ctx, f, &baseline);
    while (anchor < t.anchors.size() && (i == n - 1 || t.anchors[anchor].first < lines[i].next))
      f.body.anchors.push_back(Anchor{t.anchors[anchor++].second, 0});
    if (i > 0 && (i < ps.orphans || n - i < ps.widows)) out.avoid_break();
    out.emit(std::move(f), baseline);
  }
}

ContentWidths measure_lines(const InlineText& t, LayoutContext& ctx) {
  // An image or chart is scaled down to fit a narrow column, to this width
  // at the least (its own width if smaller); narrower than the floor it
  // would stop being legible.
  constexpr double kImageMin = 72, kImageFloor = 36;
  thread_local std::vector<char> brks;
  break_opportunities(t, ctx.lang, brks);
  ContentWidths cw;
  const std::string& s = t.text;
  double line = 0, word = 0, word_no_space = 0;
  std::size_t si = 0;
  for (std::size_t i = 0; i < s.size();) {
    while (si + 1 < t.spans.size() && t.spans[si].end <= i) ++si;
    std::size_t j = i;
    char32_t cp = panelpack::next_code_point(s, &j);
    if (cp == '\n') {
      cw.max = std::max(cw.max, line);
      cw.min = std::max(cw.min, word_no_space);
      line = word = word_no_space = 0;
      i = j;
      continue;
    }
    const InlineSpan& sp = t.spans[si];
    double a = advance(t, sp, cp);
    double a_min = a;
    if (sp.atomic >= 0) {
      a_min = std::min(a, kImageMin);
      cw.floor = std::max(cw.floor, std::min(a, kImageFloor));
    } else {
      cw.floor = std::max(cw.floor, a);
    }
    line += a;
    word += a_min;
    if (cp != ' ') word_no_space = word;
    if (brks[j - 1] == LINEBREAK_ALLOWBREAK || brks[j - 1] == LINEBREAK_MUSTBREAK) {
      // a word broken at a soft hyphen ends in a hyphen
      cw.min = std::max(cw.min, word_no_space + (cp == 0xad ? advance(t, sp, '-') : 0));
      word = word_no_space = 0;
    }
    i = j;
  }
  cw.min = std::max(cw.min, word_no_space);
  cw.max = std::max(cw.max, line);
  return cw;
}

}  // namespace layout
