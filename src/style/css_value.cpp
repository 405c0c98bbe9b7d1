#include "style/css_value.h"

#include <charconv>
#include <cstdlib>

namespace style {

std::string_view trim(std::string_view t) {
  while (!t.empty() && (t.front() == ' ' || t.front() == '\t' || t.front() == '\n' || t.front() == '\r')) t.remove_prefix(1);
  while (!t.empty() && (t.back() == ' ' || t.back() == '\t' || t.back() == '\n' || t.back() == '\r')) t.remove_suffix(1);
  return t;
}

std::string lower(std::string_view t) {
  std::string s(t);
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

namespace {

bool parse_number(std::string_view t, double* out, std::size_t* used) {
  std::size_t i = 0;
  if (i < t.size() && (t[i] == '+' || t[i] == '-')) ++i;
  std::size_t digits = 0;
  while (i < t.size() && ((t[i] >= '0' && t[i] <= '9') || t[i] == '.')) {
    ++i;
    ++digits;
  }
  if (digits == 0) return false;
  std::string s(t.substr(0, i));
  char* end = nullptr;
  *out = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size()) return false;
  *used = i;
  return true;
}

int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

struct Named {
  const char* name;
  unsigned rgb;
};
constexpr Named kNamed[] = {
    {"black", 0x000000},   {"white", 0xffffff},     {"red", 0xff0000},      {"green", 0x008000},
    {"blue", 0x0000ff},    {"yellow", 0xffff00},    {"orange", 0xffa500},   {"grey", 0x808080},
    {"gray", 0x808080},    {"silver", 0xc0c0c0},    {"maroon", 0x800000},   {"navy", 0x000080},
    {"purple", 0x800080},  {"teal", 0x008080},      {"olive", 0x808000},    {"lime", 0x00ff00},
    {"aqua", 0x00ffff},    {"fuchsia", 0xff00ff},   {"lightgrey", 0xd3d3d3}, {"lightgray", 0xd3d3d3},
    {"darkgrey", 0xa9a9a9}, {"darkgray", 0xa9a9a9}, {"dimgrey", 0x696969},  {"dimgray", 0x696969},
    {"gainsboro", 0xdcdcdc}, {"whitesmoke", 0xf5f5f5}, {"darkblue", 0x00008b}, {"darkgreen", 0x006400},
    {"darkred", 0x8b0000}, {"amber", 0xffbf00},     {"gold", 0xffd700},     {"steelblue", 0x4682b4},
};

Color from_rgb(unsigned v) {
  return Color{((v >> 16) & 0xff) / 255.0, ((v >> 8) & 0xff) / 255.0, (v & 0xff) / 255.0, 1};
}

}  // namespace

std::optional<Length> parse_length(std::string_view text, bool allow_percent, bool allow_auto) {
  std::string t = lower(trim(text));
  if (t == "auto") {
    if (!allow_auto) return std::nullopt;
    return Length::autom();
  }
  double v = 0;
  std::size_t used = 0;
  if (!parse_number(t, &v, &used)) return std::nullopt;
  std::string_view unit = std::string_view(t).substr(used);
  if (unit.empty()) {
    if (v == 0) return Length::points(0);
    return std::nullopt;
  }
  if (unit == "pt") return Length::points(v);
  if (unit == "px") return Length::points(v * 0.75);
  if (unit == "mm") return Length::points(v * 72.0 / 25.4);
  if (unit == "cm") return Length::points(v * 72.0 / 2.54);
  if (unit == "in") return Length::points(v * 72.0);
  if (unit == "pc") return Length::points(v * 12.0);
  if (unit == "em" || unit == "rem") return Length{Length::em, v};
  if (unit == "%" && allow_percent) return Length{Length::percent, v};
  return std::nullopt;
}

std::optional<Color> parse_color(std::string_view text) {
  std::string t = lower(trim(text));
  if (t.empty()) return std::nullopt;
  if (t[0] == '#') {
    std::string_view h = std::string_view(t).substr(1);
    for (char c : h)
      if (hex(c) < 0) return std::nullopt;
    if (h.size() == 3)
      return from_rgb(static_cast<unsigned>(hex(h[0]) * 17 << 16 | hex(h[1]) * 17 << 8 | hex(h[2]) * 17));
    if (h.size() == 6) return from_rgb(static_cast<unsigned>(std::strtoul(std::string(h).c_str(), nullptr, 16)));
    return std::nullopt;
  }
  if (t == "transparent") return Color{0, 0, 0, 0};
  if (t.rfind("rgb", 0) == 0) {
    auto open = t.find('('), close = t.rfind(')');
    if (open == std::string::npos || close == std::string::npos || close < open) return std::nullopt;
    std::string inner = t.substr(open + 1, close - open - 1);
    for (char& c : inner)
      if (c == ',' || c == '/') c = ' ';
    double parts[4] = {0, 0, 0, 1};
    int n = 0;
    std::size_t i = 0;
    while (i < inner.size() && n < 4) {
      while (i < inner.size() && inner[i] == ' ') ++i;
      if (i >= inner.size()) break;
      std::size_t j = inner.find(' ', i);
      if (j == std::string::npos) j = inner.size();
      std::string_view p = std::string_view(inner).substr(i, j - i);
      double v = 0;
      std::size_t used = 0;
      if (!parse_number(p, &v, &used)) return std::nullopt;
      if (used < p.size()) {
        if (p.substr(used) != "%") return std::nullopt;
        v = (n < 3) ? v * 2.55 : v / 100.0;
      }
      parts[n++] = v;
      i = j;
    }
    if (n < 3) return std::nullopt;
    return Color{parts[0] / 255.0, parts[1] / 255.0, parts[2] / 255.0, parts[3]};
  }
  for (const Named& n : kNamed)
    if (t == n.name) return from_rgb(n.rgb);
  return std::nullopt;
}

std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string> out;
  std::string cur;
  char quote = 0;
  int paren = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quote) {
      cur += c;
      if (c == '\\' && i + 1 < text.size()) cur += text[++i];  // "\"" does not end a string
      else if (c == quote) quote = 0;
      continue;
    }
    if (c == '"' || c == '\'') quote = c;
    if (c == '(') ++paren;
    if (c == ')' && paren > 0) --paren;
    if (!quote && paren == 0 && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

}  // namespace style
