#pragma once
// Writes the SVG subset that paper HTML allows (svg, g, path, line,
// polyline, rect, circle, text, title, desc) as well-formed XML with
// escaped text and short numbers.
#include <initializer_list>
#include <string>
#include <utility>

namespace panelpack::annex {

// 12.3456 -> "12.35", 12.0 -> "12": two decimals are plenty at chart scale.
std::string svg_num(double v);

class SvgWriter {
 public:
  using Attrs = std::initializer_list<std::pair<const char*, std::string>>;

  void open(const char* tag, Attrs attrs);
  void close(const char* tag);
  void empty(const char* tag, Attrs attrs);                            // <tag … />
  void text_element(const char* tag, Attrs attrs, const std::string& text);  // <tag …>text</tag>
  const std::string& str() const { return out_; }

 private:
  void attrs(Attrs a);
  std::string out_;
};

}  // namespace panelpack::annex
