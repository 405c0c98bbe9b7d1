#include "layout/paper_html.h"

#include <string>
#include <vector>

namespace layout {
namespace {

struct Entry {
  const char* name;
  ElementKind kind;
};

constexpr Entry kElements[] = {
    {"article", ElementKind::block},     {"section", ElementKind::block},      {"div", ElementKind::block},
    {"header", ElementKind::block},      {"footer", ElementKind::block},       {"aside", ElementKind::block},
    {"nav", ElementKind::block},         {"main", ElementKind::block},         {"address", ElementKind::block},
    {"blockquote", ElementKind::block},  {"dl", ElementKind::block},           {"dt", ElementKind::block},
    {"dd", ElementKind::block},          {"h1", ElementKind::heading},         {"h2", ElementKind::heading},
    {"h3", ElementKind::heading},        {"h4", ElementKind::heading},         {"h5", ElementKind::heading},
    {"h6", ElementKind::heading},        {"p", ElementKind::paragraph},        {"figure", ElementKind::figure},
    {"figcaption", ElementKind::caption}, {"caption", ElementKind::caption},   {"ul", ElementKind::list},
    {"ol", ElementKind::list},           {"li", ElementKind::list_item},       {"table", ElementKind::table},
    {"thead", ElementKind::table_group}, {"tbody", ElementKind::table_group},  {"tfoot", ElementKind::table_group},
    {"tr", ElementKind::table_row},      {"th", ElementKind::table_cell},      {"td", ElementKind::table_cell},
    {"hr", ElementKind::rule},           {"span", ElementKind::inline_text},   {"strong", ElementKind::inline_text},
    {"b", ElementKind::inline_text},     {"em", ElementKind::inline_text},     {"i", ElementKind::inline_text},
    {"a", ElementKind::inline_text},     {"small", ElementKind::inline_text},  {"sub", ElementKind::inline_text},
    {"sup", ElementKind::inline_text},   {"abbr", ElementKind::inline_text},   {"time", ElementKind::inline_text},
    {"code", ElementKind::inline_text},  {"mark", ElementKind::inline_text},   {"u", ElementKind::inline_text},
    {"s", ElementKind::inline_text},     {"q", ElementKind::inline_text},      {"cite", ElementKind::inline_text},
    {"br", ElementKind::line_break},     {"img", ElementKind::image},          {"svg", ElementKind::svg},
};

}  // namespace

ElementKind element_kind(std::string_view name) {
  for (const Entry& e : kElements)
    if (name == e.name) return e.kind;
  return ElementKind::unknown;
}

bool is_block_level(ElementKind k) {
  switch (k) {
    case ElementKind::inline_text:
    case ElementKind::line_break:
    case ElementKind::image:
    case ElementKind::svg:
      return false;
    default:
      return true;
  }
}

Role block_role(std::string_view name) {
  if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6')
    return static_cast<Role>(static_cast<int>(Role::H1) + (name[1] - '1'));
  if (name == "p") return Role::P;
  if (name == "section" || name == "article") return Role::Sect;
  if (name == "figure") return Role::Figure;
  if (name == "figcaption" || name == "caption") return Role::Caption;
  return Role::Div;
}

const std::vector<std::string>& paper_html_elements() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> v;
    for (const Entry& e : kElements) v.emplace_back(e.name);
    return v;
  }();
  return names;
}

}  // namespace layout
