#include "core/paper_subset.h"

#include <unordered_map>

namespace panelpack {
namespace {

using K = PaperKind;

constexpr PaperElement kElements[] = {
    // structure
    {"article", K::block}, {"section", K::block}, {"div", K::block}, {"header", K::block}, {"footer", K::block},
    {"figure", K::figure}, {"figcaption", K::caption},
    // headings and text
    {"h1", K::heading}, {"h2", K::heading}, {"h3", K::heading}, {"h4", K::heading}, {"h5", K::heading},
    {"h6", K::heading}, {"p", K::paragraph}, {"strong", K::inline_text}, {"b", K::inline_text},
    {"em", K::inline_text}, {"i", K::inline_text}, {"a", K::inline_text}, {"span", K::inline_text},
    {"br", K::line_break}, {"small", K::inline_text},
    // lists
    {"ul", K::list}, {"ol", K::list}, {"li", K::list_item},
    // tables
    {"table", K::table}, {"caption", K::caption}, {"thead", K::table_group}, {"tbody", K::table_group},
    {"tr", K::table_row}, {"th", K::table_cell}, {"td", K::table_cell},
    // images
    {"img", K::image},
    // charts: the SVG subset layout/svg_chart draws
    {"svg", K::svg}, {"g", K::svg_part}, {"path", K::svg_part}, {"line", K::svg_part},
    {"polyline", K::svg_part}, {"polygon", K::svg_part}, {"rect", K::svg_part}, {"circle", K::svg_part},
    {"text", K::svg_part}, {"tspan", K::svg_part}, {"title", K::svg_part}, {"desc", K::svg_part},
};

std::vector<std::string> names_where(bool svg_parts) {
  std::vector<std::string> names;
  for (const PaperElement& e : kElements)
    if ((e.kind == K::svg_part) == svg_parts) names.emplace_back(e.name);
  return names;
}

}  // namespace

std::span<const PaperElement> paper_elements() { return kElements; }

PaperKind paper_kind(std::string_view name) {
  static const std::unordered_map<std::string_view, PaperKind> kinds = [] {
    std::unordered_map<std::string_view, PaperKind> m;
    for (const PaperElement& e : kElements) m.emplace(e.name, e.kind);
    return m;
  }();
  auto it = kinds.find(name);
  return it == kinds.end() ? K::unknown : it->second;
}

const std::vector<std::string>& paper_html_names() {
  static const std::vector<std::string> names = names_where(false);
  return names;
}

const std::vector<std::string>& paper_svg_names() {
  static const std::vector<std::string> names = names_where(true);
  return names;
}

}  // namespace panelpack
