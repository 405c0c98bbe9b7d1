#include "style/selector.h"

#include <cctype>
#include <cstring>

#include "style/class_words.h"
#include "style/css_value.h"

namespace style {

bool has_class(const pugi::xml_node& element, std::string_view name) {
  return any_class(element, [&](std::string_view word) { return word == name; });
}

namespace {

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

bool element_before(pugi::xml_node n) {
  for (n = n.previous_sibling(); n; n = n.previous_sibling())
    if (n.type() == pugi::node_element) return true;
  return false;
}

bool element_after(pugi::xml_node n) {
  for (n = n.next_sibling(); n; n = n.next_sibling())
    if (n.type() == pugi::node_element) return true;
  return false;
}

bool compound_matches(const Compound& c, const pugi::xml_node& e) {
  if (!c.tag.empty() && std::strcmp(e.name(), c.tag.c_str()) != 0) return false;
  if (!c.id.empty() && c.id != e.attribute("id").value()) return false;
  for (const std::string& cls : c.classes)
    if (!has_class(e, cls)) return false;
  if (c.first_child && element_before(e)) return false;
  if (c.last_child && element_after(e)) return false;
  return true;
}

// Matches parts[0..=i] with parts[i] on `e`.
bool match_from(const Selector& s, int i, const pugi::xml_node& e) {
  if (!compound_matches(s.parts[i], e)) return false;
  if (i == 0) return true;
  char comb = s.combinators[i - 1];
  pugi::xml_node p = e.parent();
  if (comb == '>') return p.type() == pugi::node_element && match_from(s, i - 1, p);
  for (; p && p.type() == pugi::node_element; p = p.parent())
    if (match_from(s, i - 1, p)) return true;
  return false;
}

}  // namespace

bool Selector::matches(const pugi::xml_node& element) const {
  return !parts.empty() && match_from(*this, static_cast<int>(parts.size()) - 1, element);
}

std::optional<Selector> parse_selector(std::string_view text, std::string* why, bool* invalid) {
  if (invalid) *invalid = false;
  auto syntax = [&](std::string reason) {
    *why = std::move(reason);
    if (invalid) *invalid = true;
    return std::nullopt;
  };
  Selector sel;
  std::string t(trim(text));
  std::size_t i = 0;
  int ids = 0, classes = 0, types = 0;
  bool need_compound = true;
  char pending = 0;
  auto name_at = [&](std::size_t from) {
    std::size_t j = from;
    while (j < t.size() && is_name_char(t[j])) ++j;
    return j;
  };
  while (i < t.size()) {
    char c = t[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '>') {
      int child = 0;
      while (i < t.size() && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '>')) {
        if (t[i] == '>') ++child;
        ++i;
      }
      if (child > 1) return syntax("two combinators in a row");
      if (need_compound) return syntax("selector starts with a combinator");
      if (i < t.size() && (t[i] == '+' || t[i] == '~') && child) return syntax("two combinators in a row");
      pending = child ? '>' : ' ';
      need_compound = true;
      continue;
    }
    if (c == '+' || c == '~') {
      *why = std::string("sibling combinator '") + c + "' is not supported";
      return std::nullopt;
    }
    if (c == '[') {
      *why = "attribute selectors are not supported";
      return std::nullopt;
    }
    if (need_compound) {
      if (!sel.parts.empty()) sel.combinators.push_back(pending);
      sel.parts.emplace_back();
      need_compound = false;
    }
    Compound& cur = sel.parts.back();
    if (c == '*') {
      ++i;
    } else if (c == '.' || c == '#') {
      std::size_t j = name_at(i + 1);
      if (j == i + 1) return syntax(std::string("'") + c + "' is not followed by a name");
      std::string name = t.substr(i + 1, j - i - 1);
      if (c == '.') {
        cur.classes.push_back(name);
        ++classes;
      } else {
        cur.id = name;
        ++ids;
      }
      i = j;
    } else if (c == ':') {
      bool element = i + 1 < t.size() && t[i + 1] == ':';
      std::size_t from = i + (element ? 2 : 1);
      std::size_t j = name_at(from);
      std::string name = lower(std::string_view(t).substr(from, j - from));
      if (!element && name == "first-child") cur.first_child = true;
      else if (!element && name == "last-child") cur.last_child = true;
      else {
        *why = std::string(element ? "pseudo-element '::" : "pseudo-class ':") + name + "' is not supported";
        return std::nullopt;
      }
      ++classes;
      i = j;
    } else if (is_name_char(c)) {
      std::size_t j = name_at(i);
      if (!cur.tag.empty() || !cur.classes.empty() || !cur.id.empty())
        return syntax("type name must come first in '" + t + "'");
      cur.tag = lower(std::string_view(t).substr(i, j - i));
      ++types;
      i = j;
    } else {
      return syntax(std::string("unexpected '") + c + "' in selector");
    }
  }
  if (sel.parts.empty() || need_compound)
    return syntax(sel.parts.empty() ? "empty selector" : "selector ends with a combinator");
  sel.specificity = ids * 10000 + classes * 100 + types;
  for (std::size_t k = 0; k + 1 < sel.parts.size(); ++k) {
    const Compound& part = sel.parts[k];
    if (!part.tag.empty()) sel.ancestors.add_tag(part.tag);
    if (!part.id.empty()) sel.ancestors.add_id(part.id);
    for (const std::string& cls : part.classes) sel.ancestors.add_class(cls);
  }
  return sel;
}

}  // namespace style
