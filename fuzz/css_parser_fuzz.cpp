// Fuzzes the CSS subset: StyleSheet::parse on the input, then the cascade on
// a small fixed paper (every element, with a style attribute), @page for
// both page kinds, list markers and the style-attribute check on the input.
#include <cstddef>
#include <cstdint>
#include <string>

#include <pugixml.hpp>

#include "core/diagnostics.h"
#include "style/style_sheet.h"

namespace {

const char kPaper[] =
    "<article class='paper agenda' id='top'><header><h1>Agenda</h1></header>"
    "<section class='item part2'><h2 class='num'>1</h2><p>Text <strong>bold</strong> <em>em</em>"
    " <a href='https://example.org'>link</a><br/></p>"
    "<ul><li>one</li><li class='x'>two<ol><li>a</li></ol></li></ul>"
    "<table><caption>c</caption><thead><tr><th colspan='2'>h</th></tr></thead>"
    "<tbody><tr><td class='num' style='text-align: right; color: red'>1</td><td>2</td></tr></tbody></table>"
    "<figure><svg><g><path d='M0 0'/><text>t</text></g></svg><figcaption>f</figcaption></figure>"
    "</section><footer><small>end</small></footer></article>";

void cascade(const style::StyleSheet& sheet, const pugi::xml_node& node, const style::ComputedStyle& parent) {
  for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
    if (child.type() != pugi::node_element) continue;
    cascade(sheet, child, sheet.compute(child, parent));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static pugi::xml_document* doc = [] {
    auto* d = new pugi::xml_document;
    d->load_string(kPaper);
    return d;
  }();
  const std::string css(reinterpret_cast<const char*>(data), size);
  panelpack::Diagnostics diags;
  diags.add_source("styles/paper.css", css);
  style::StyleSheet sheet;
  sheet.parse(css, "styles/paper.css", diags);
  cascade(sheet, *doc, sheet.initial());
  (void)sheet.page(true);
  (void)sheet.page(false);
  for (const char* type : {"decimal", "lower-alpha", "upper-roman", "disc", "custom"})
    for (int n : {0, 1, 4, 27, 3999, 4000}) (void)sheet.marker(type, n);
  if (size < 512) style::StyleSheet::check_style_attribute(css, {"templates/agenda.html", 1, 1}, diags);
  (void)diags.format();
  return 0;
}
