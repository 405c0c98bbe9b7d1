#include "pdf/destinations.h"

#include <map>

#include "pdf/search_tree.h"

namespace pdf {

HPDF_Array xyz_destination(HPDF_Doc doc, HPDF_Page page, double page_height, double y) {
  HPDF_Array a = HPDF_Array_New(doc->mmgr);
  HPDF_Array_Add(a, page);
  HPDF_Array_AddName(a, "XYZ");
  HPDF_Array_AddNumber(a, 0);
  double top = page_height - y;
  if (top > page_height) top = page_height;
  if (top < 0) top = 0;
  HPDF_Array_AddReal(a, static_cast<HPDF_REAL>(top));
  HPDF_Array_Add(a, HPDF_Null_New(doc->mmgr));
  return a;
}

std::set<std::string> write_named_destinations(HPDF_Doc doc, const layout::Frames& frames,
                                               const std::vector<HPDF_Page>& pages) {
  std::map<std::string, const layout::Destination*> sorted;
  for (const layout::Destination& d : frames.destinations) {
    if (d.name.empty() || d.page < 0 || d.page >= static_cast<int>(pages.size())) continue;
    sorted.emplace(d.name, &d);
  }
  std::set<std::string> names;
  if (sorted.empty()) return names;
  std::vector<std::pair<std::string, void*>> entries;
  for (const auto& [name, d] : sorted) {
    entries.emplace_back(name, xyz_destination(doc, pages[d->page], frames.pages[d->page].height, d->y));
    names.insert(name);
  }
  HPDF_Dict tree = name_tree(doc, std::move(entries));
  HPDF_Dict names_dict = HPDF_Dict_New(doc->mmgr);
  HPDF_Dict_Add(names_dict, "Dests", tree);
  HPDF_Dict_Add(doc->catalog, "Names", names_dict);
  return names;
}

}  // namespace pdf
