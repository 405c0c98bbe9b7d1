#pragma once
// The words of an element's class attribute, split where HTML splits them
// (spaces, tabs, line breaks), read in place.
#include <string_view>

#include <pugixml.hpp>

namespace style {

// Calls f on each class word of `element` until f returns true; returns
// whether it did.
template <class F>
bool any_class(const pugi::xml_node& element, F&& f) {
  const char* c = element.attribute("class").value();
  while (*c) {
    while (*c == ' ' || *c == '\t' || *c == '\n') ++c;
    const char* start = c;
    while (*c && *c != ' ' && *c != '\t' && *c != '\n') ++c;
    if (c > start && f(std::string_view(start, static_cast<std::size_t>(c - start)))) return true;
  }
  return false;
}

}  // namespace style
