#include "style/list_marker.h"

#include "style/css_value.h"

namespace style {

std::string roman(int n, bool upper) {
  if (n < 1 || n >= 4000) return std::to_string(n);
  static const struct { int v; const char* s; } table[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}};
  std::string out;
  for (const auto& t : table)
    while (n >= t.v) {
      out += t.s;
      n -= t.v;
    }
  if (upper)
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  return out;
}

namespace {

std::string alpha(int n, bool upper) {
  if (n < 1) return std::to_string(n);
  std::string out;
  while (n > 0) {
    --n;
    out += static_cast<char>((upper ? 'A' : 'a') + n % 26);
    n /= 26;
  }
  return std::string(out.rbegin(), out.rend());
}

// The counter text of a built-in numeric style, or "" for a symbol style.
std::string counter_text(const std::string& type, int n) {
  if (type == "decimal") return std::to_string(n);
  if (type == "decimal-leading-zero") {
    std::string digits = std::to_string(n);
    if (n >= 0 && n < 10) digits.insert(digits.begin(), '0');
    return digits;
  }
  if (type == "lower-alpha" || type == "lower-latin") return alpha(n, false);
  if (type == "upper-alpha" || type == "upper-latin") return alpha(n, true);
  if (type == "lower-roman") return roman(n, false);
  if (type == "upper-roman") return roman(n, true);
  return std::to_string(n);
}

std::string symbol(const std::string& type) {
  if (type == "disc") return "\u2022";
  if (type == "circle") return "\u25e6";
  if (type == "square") return "\u25aa";
  return {};
}

}  // namespace

std::string list_marker(const std::string& type, int n, const std::map<std::string, CounterStyle>& custom) {
  if (type == "none") return {};
  if (auto s = symbol(type); !s.empty()) return s;
  std::string prefix, suffix = ".";
  std::string base = type;
  if (auto it = custom.find(type); it != custom.end()) {
    base = it->second.base;
    prefix = it->second.prefix;
    suffix = std::string(trim(it->second.suffix));
    if (auto s = symbol(base); !s.empty()) return prefix + s + suffix;
  }
  return prefix + counter_text(base, n) + suffix;
}

}  // namespace style
