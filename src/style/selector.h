#pragma once
// Selectors of the subset: type (p), universal (*), class (.num), id (#x),
// :first-child, :last-child, joined by descendant (space) and child (>)
// combinators. Matching runs on the pugixml tree of the paper HTML.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "style/name_filter.h"

namespace style {

struct Compound {
  std::string tag;  // empty = any element
  std::string id;
  std::vector<std::string> classes;
  bool first_child = false;
  bool last_child = false;
};

struct Selector {
  std::vector<Compound> parts;   // left to right
  std::vector<char> combinators; // combinators[i] joins parts[i] and parts[i+1]: ' ' or '>'
  int specificity = 0;           // ids * 10000 + classes * 100 + types
  NameFilter ancestors;          // the names parts left of the last require of some ancestor

  bool matches(const pugi::xml_node& element) const;
};

// One selector (no commas). On failure returns nullopt with the reason in
// *why, e.g. "pseudo-element '::before' is not supported". *invalid (when
// given) tells a selector that is not CSS at all ("h1 > > p", ".a..b", "p >")
// from valid CSS outside the subset: browsers drop the whole rule for the
// first.
std::optional<Selector> parse_selector(std::string_view text, std::string* why, bool* invalid = nullptr);

// Whether the element's class attribute holds the word `name`.
bool has_class(const pugi::xml_node& element, std::string_view name);

}  // namespace style
