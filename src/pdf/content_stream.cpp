#include "pdf/content_stream.h"

#include <charconv>
#include <cmath>

namespace pdf {

namespace {

void append_number(std::string& out, double v, int decimals) {
  static constexpr double kScale[] = {1, 10, 100, 1000, 10000};
  if (decimals < 0) decimals = 0;
  if (decimals > 4) decimals = 4;
  double scaled = std::round(v * kScale[decimals]);
  if (scaled == 0 || !std::isfinite(scaled) || std::abs(scaled) > 1e15) {  // -0, NaN, inf: 0
    out.push_back('0');
    return;
  }
  long long n = static_cast<long long>(scaled);
  if (n < 0) {
    out.push_back('-');
    n = -n;
  }
  long long scale = static_cast<long long>(kScale[decimals]);
  long long whole = n / scale;
  long long frac = n % scale;
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, whole);
  out.append(buf, r.ptr);
  if (frac == 0) return;
  int width = decimals;
  while (frac % 10 == 0) {
    frac /= 10;
    --width;
  }
  out.push_back('.');
  r = std::to_chars(buf, buf + sizeof buf, frac);
  size_t digits = static_cast<size_t>(r.ptr - buf);
  out.append(static_cast<size_t>(width) - digits, '0');
  out.append(buf, r.ptr);
}

}  // namespace

std::string format_number(double v, int decimals) {
  std::string s;
  append_number(s, v, decimals);
  return s;
}

ContentStream& ContentStream::num(double v, int decimals) {
  append_number(out_, v, decimals);
  out_.push_back(' ');
  return *this;
}

ContentStream& ContentStream::op(std::string_view text) {
  out_.append(text);
  out_.push_back('\n');
  return *this;
}

ContentStream& ContentStream::raw(std::string_view text) {
  out_.append(text);
  return *this;
}

ContentStream& ContentStream::glyphs(const std::vector<uint16_t>& ids) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out_.push_back('<');
  for (uint16_t id : ids) {
    out_.push_back(kHex[(id >> 12) & 15]);
    out_.push_back(kHex[(id >> 8) & 15]);
    out_.push_back(kHex[(id >> 4) & 15]);
    out_.push_back(kHex[id & 15]);
  }
  out_.push_back('>');
  return *this;
}

ContentStream& ContentStream::codes(const std::string& bytes, int code_bytes) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  if (code_bytes != 1) {
    out_.push_back('<');
    for (unsigned char c : bytes) {
      out_.push_back(kHex[c >> 4]);
      out_.push_back(kHex[c & 15]);
    }
    out_.push_back('>');
    return *this;
  }
  out_.push_back('(');
  for (unsigned char c : bytes) {
    if (c == '(' || c == ')' || c == '\\') {
      out_.push_back('\\');
      out_.push_back(static_cast<char>(c));
    } else if (c < 0x20) {  // octal: raw CR and LF would not survive
      out_.push_back('\\');
      out_.push_back(static_cast<char>('0' + (c >> 6)));
      out_.push_back(static_cast<char>('0' + ((c >> 3) & 7)));
      out_.push_back(static_cast<char>('0' + (c & 7)));
    } else {
      out_.push_back(static_cast<char>(c));
    }
  }
  out_.push_back(')');
  return *this;
}

}  // namespace pdf
