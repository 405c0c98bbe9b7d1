#include "style/name_filter.h"

#include "style/class_words.h"

namespace style {

void NameFilter::add(char kind, std::string_view name) {
  // FNV-1a over the kind and the name; two bits from the one hash.
  std::uint64_t h = 14695981039346656037ull;
  h = (h ^ static_cast<unsigned char>(kind)) * 1099511628211ull;
  for (char c : name) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  for (int shift : {0, 8}) {
    const unsigned bit = static_cast<unsigned>(h >> shift) & 255u;
    bits_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
  }
}

void NameFilter::add_element(const pugi::xml_node& element) {
  add_tag(element.name());
  if (const char* id = element.attribute("id").value(); *id) add_id(id);
  any_class(element, [this](std::string_view cls) {
    add_class(cls);
    return false;
  });
}

}  // namespace style
