#include "kinds/annex/svg_writer.h"

#include "core/markup_escape.h"

#include <cmath>
#include <cstdio>

namespace panelpack::annex {

std::string svg_num(double v) {
  double r = std::round(v * 100) / 100;
  if (r == 0) r = 0;  // no "-0"
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", r);
  std::string s = buf;
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

void SvgWriter::attrs(Attrs a) {
  for (const auto& [k, v] : a) {
    out_ += ' ';
    out_ += k;
    out_ += "=\"";
    out_ += escape_markup(v);
    out_ += '"';
  }
}

void SvgWriter::open(const char* tag, Attrs a) {
  out_ += '<';
  out_ += tag;
  attrs(a);
  out_ += '>';
}

void SvgWriter::close(const char* tag) {
  out_ += "</";
  out_ += tag;
  out_ += '>';
}

void SvgWriter::empty(const char* tag, Attrs a) {
  out_ += '<';
  out_ += tag;
  attrs(a);
  out_ += "/>";
}

void SvgWriter::text_element(const char* tag, Attrs a, const std::string& text) {
  open(tag, a);
  out_ += escape_markup(text);
  close(tag);
}

}  // namespace panelpack::annex
