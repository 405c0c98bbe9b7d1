#pragma once
// A Bloom filter of element names (tag, id and classes) for selector
// matching. An element's style carries the filter of its ancestors, so a rule
// like `.annex-measure table td` is set aside for a cell with no
// `.annex-measure` above it without walking up the tree. It may say "perhaps"
// for a name that is absent (the full match then decides), never "no" for
// one that is present.
#include <cstdint>
#include <string_view>

#include <pugixml.hpp>

namespace style {

class NameFilter {
 public:
  void add_tag(std::string_view tag) { add('t', tag); }
  void add_id(std::string_view id) { add('#', id); }
  void add_class(std::string_view cls) { add('.', cls); }
  // The element's tag, id and every class of its class attribute.
  void add_element(const pugi::xml_node& element);

  // Whether every name of `need` may be in this filter.
  bool may_hold(const NameFilter& need) const {
    for (int i = 0; i < kWords; ++i)
      if ((need.bits_[i] & ~bits_[i]) != 0) return false;
    return true;
  }

 private:
  static constexpr int kWords = 4;  // 256 bits, two set per name
  void add(char kind, std::string_view name);
  std::uint64_t bits_[kWords] = {0, 0, 0, 0};
};

}  // namespace style
