#include "pdf/search_tree.h"

#include "pdf/hpdf_objects.h"

namespace pdf {

namespace {

constexpr size_t kLeafSize = 256;

void add_key(HPDF_Doc doc, HPDF_Array a, int key) { HPDF_Array_AddNumber(a, key); }
void add_key(HPDF_Doc doc, HPDF_Array a, const std::string& key) {
  HPDF_Array_Add(a, byte_string(doc, key));
}

template <typename Key>
HPDF_Dict build(HPDF_Doc doc, std::vector<std::pair<Key, void*>>& entries,
                const char* array_key) {
  HPDF_Dict root = HPDF_Dict_New(doc->mmgr);
  auto fill = [&](HPDF_Dict node, size_t from, size_t to, bool limits) {
    HPDF_Array a = HPDF_Array_New(doc->mmgr);
    for (size_t i = from; i < to; ++i) {
      add_key(doc, a, entries[i].first);
      HPDF_Array_Add(a, entries[i].second);
    }
    HPDF_Dict_Add(node, array_key, a);
    if (limits) {
      HPDF_Array l = HPDF_Array_New(doc->mmgr);
      add_key(doc, l, entries[from].first);
      add_key(doc, l, entries[to - 1].first);
      HPDF_Dict_Add(node, "Limits", l);
    }
  };
  if (entries.size() <= kLeafSize) {
    fill(root, 0, entries.size(), false);
    return root;
  }
  HPDF_Array kids = HPDF_Array_New(doc->mmgr);
  for (size_t from = 0; from < entries.size(); from += kLeafSize) {
    HPDF_Dict leaf = new_object(doc);
    fill(leaf, from, std::min(entries.size(), from + kLeafSize), true);
    HPDF_Array_Add(kids, leaf);
  }
  HPDF_Dict_Add(root, "Kids", kids);
  return root;
}

}  // namespace

HPDF_Dict number_tree(HPDF_Doc doc, std::vector<std::pair<int, void*>> entries) {
  return build(doc, entries, "Nums");
}

HPDF_Dict name_tree(HPDF_Doc doc, std::vector<std::pair<std::string, void*>> entries) {
  return build(doc, entries, "Names");
}

}  // namespace pdf
