#include "style/page_rule.h"

#include <cctype>

#include "core/utf8.h"
#include "style/css_value.h"

namespace style {

namespace {

bool is_hex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }

char32_t hex_value(char c) {
  return static_cast<char32_t>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
}

}  // namespace

std::optional<std::string> unquote(const std::string& value) {
  std::string_view v = trim(value);
  if (v.size() < 2 || (v.front() != '"' && v.front() != '\'') || v.back() != v.front()) return std::nullopt;
  std::string_view body = v.substr(1, v.size() - 2);
  std::string out;
  for (std::size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c != '\\') {
      out += c;
      continue;
    }
    if (++i >= body.size()) break;  // a backslash at the end stands for nothing
    c = body[i];
    if (c == '\n' || c == '\r' || c == '\f') {  // an escaped newline continues the string
      if (c == '\r' && i + 1 < body.size() && body[i + 1] == '\n') ++i;
      continue;
    }
    if (!is_hex(c)) {
      out += c;  // \" \' \\ and any other character stand for themselves
      continue;
    }
    // Up to six hex digits and one white space character after them.
    char32_t cp = 0;
    std::size_t n = 0;
    for (; n < 6 && i < body.size() && is_hex(body[i]); ++n, ++i)
      cp = cp * 16 + hex_value(body[i]);
    if (i < body.size() && body[i] == '\r' && i + 1 < body.size() && body[i + 1] == '\n') ++i;
    else if (i >= body.size() || !(body[i] == ' ' || body[i] == '\t' || body[i] == '\n' || body[i] == '\r' ||
                                   body[i] == '\f'))
      --i;  // no white space to swallow: the loop's ++i lands on the next character
    if (cp == 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) cp = 0xfffd;
    panelpack::append_utf8(out, cp);
  }
  return out;
}

bool is_margin_box_name(const std::string& n) {
  return n == "top-left" || n == "top-center" || n == "top-right" || n == "bottom-left" || n == "bottom-center" ||
         n == "bottom-right";
}

namespace {

bool set_size(PageStyle& page, const std::string& value) {
  std::vector<std::string> w = split_words(lower(value));
  double pw = page.width, ph = page.height;
  bool landscape = false, named = false;
  std::vector<double> lengths;
  for (const std::string& x : w) {
    if (x == "a4") { pw = 595.28; ph = 841.89; named = true; }
    else if (x == "a3") { pw = 841.89; ph = 1190.55; named = true; }
    else if (x == "a5") { pw = 419.53; ph = 595.28; named = true; }
    else if (x == "letter") { pw = 612; ph = 792; named = true; }
    else if (x == "legal") { pw = 612; ph = 1008; named = true; }
    else if (x == "portrait") landscape = false;
    else if (x == "landscape") landscape = true;
    else if (auto len = parse_length(x, false, false); len && len->unit == Length::pt && len->value >= 72 &&
                                                      len->value <= 14400)  // 1 inch to PDF's 200 inches
      lengths.push_back(len->value);
    else return false;
  }
  if (!lengths.empty()) {
    if (named || lengths.size() > 2) return false;
    pw = lengths[0];
    ph = lengths.size() > 1 ? lengths[1] : lengths[0];
  }
  if (landscape == (pw < ph)) std::swap(pw, ph);
  page.width = pw;
  page.height = ph;
  return true;
}

}  // namespace

bool apply_page_declaration(PageStyle& page, const RawDeclaration& d, panelpack::Diagnostics* diags) {
  auto bad = [&](const std::string& what) {
    if (diags) diags->warning(d.pos, what, "see docs/styles.md for what @page supports");
    return false;
  };
  if (d.name == "size") {
    if (!set_size(page, d.value)) return bad("page size '" + d.value + "' is not supported (expected A3, A4, A5, letter, legal, portrait/landscape or two lengths from 1in to 200in)");
    return true;
  }
  auto side_len = [&](const std::string& x) -> std::optional<double> {
    auto len = parse_length(x, false, false);
    if (!len || len->unit != Length::pt || len->value < 0) return std::nullopt;
    return len->value;
  };
  if (d.name == "margin") {
    std::vector<double> v;
    for (const std::string& x : split_words(d.value)) {
      auto l = side_len(x);
      if (!l) return bad("page margin '" + d.value + "' is not supported (expected one to four absolute lengths, none negative)");
      v.push_back(*l);
    }
    if (v.empty() || v.size() > 4) return bad("page margin '" + d.value + "' needs one to four lengths");
    page.margin[0] = v[0];
    page.margin[1] = v.size() > 1 ? v[1] : v[0];
    page.margin[2] = v.size() > 2 ? v[2] : v[0];
    page.margin[3] = v.size() > 3 ? v[3] : page.margin[1];
    return true;
  }
  static const char* sides[] = {"margin-top", "margin-right", "margin-bottom", "margin-left"};
  for (int i = 0; i < 4; ++i)
    if (d.name == sides[i]) {
      auto l = side_len(d.value);
      if (!l) return bad("page margin '" + d.value + "' is not supported (expected an absolute length, not negative)");
      page.margin[i] = *l;
      return true;
    }
  return bad("property '" + d.name + "' is not supported in @page");
}

bool apply_margin_box_declaration(MarginBox& box, const RawDeclaration& d, panelpack::Diagnostics& diags) {
  auto bad = [&](const std::string& what) {
    diags.warning(d.pos, what, "see docs/styles.md for what margin boxes support");
    return false;
  };
  std::string lv = lower(trim(d.value));
  if (d.name == "content") {
    box.content.clear();
    box.content_pos = d.pos;
    if (lv == "none" || lv == "normal") return false;
    for (const std::string& w : split_words(d.value)) {
      std::string lw = lower(w);
      if (auto s = unquote(w)) box.content.push_back({ContentPart::text, *s});
      else if (lw == "counter(page)") box.content.push_back({ContentPart::page, {}});
      else if (lw == "counter(pages)") box.content.push_back({ContentPart::pages, {}});
      else if (lw == "string(title)") box.content.push_back({ContentPart::title, {}});
      else if (lw == "string(mark)") box.content.push_back({ContentPart::mark, {}});
      else {
        box.content.clear();
        return bad("content '" + w +
                   "' is not supported (expected strings, counter(page), counter(pages), string(title), string(mark))");
      }
    }
    return true;
  }
  if (d.name == "font-size") {
    auto len = parse_length(d.value, false, false);
    if (!len || len->unit != Length::pt) return bad("font-size '" + d.value + "' in a margin box must be an absolute length");
    if (len->value <= 0) return bad("font-size '" + d.value + "' in a margin box is ignored (a font size must be more than 0)");
    box.font_size = len->value;
    return true;
  }
  if (d.name == "color") {
    auto c = parse_color(d.value);
    if (!c) return bad("colour '" + d.value + "' is not supported");
    box.color = *c;
    return true;
  }
  if (d.name == "font-weight") {
    box.bold = lv == "bold" || lv == "bolder" || lv == "600" || lv == "700" || lv == "800" || lv == "900";
    return true;
  }
  if (d.name == "font-style") {
    box.italic = lv == "italic" || lv == "oblique";
    return true;
  }
  if (d.name == "font-family") {
    box.font_family = d.value;
    return true;
  }
  return bad("property '" + d.name + "' is not supported in a margin box");
}

}  // namespace style
