#include "validate/references.h"

#include "core/suggest.h"
#include "load/map_reader.h"
#include "load/yaml_file.h"

namespace panelpack {

void check_person(const Site& site, const std::string& id, const SourcePos& pos, Diagnostics& diags) {
  if (id.empty() || site.people.count(id)) return;
  std::vector<std::string> ids;
  for (const auto& [k, _] : site.people) ids.push_back(k);
  diags.error(pos, "unknown person '" + id + "'",
              closest(id, ids) ? suggestion(id, ids) : "add '" + id + "' to 'people' in panelpack.yaml");
}

std::vector<std::string> read_people(MapReader& r, const std::string& key, const Site& site) {
  std::vector<std::string> ids;
  if (!r.has(key)) return ids;
  YAML::Node node = r.get(key);
  if (node.IsScalar()) {
    ids.push_back(node.Scalar());
    check_person(site, ids.back(), r.pos(key), r.diags());
    return ids;
  }
  for_each_item(node, r.file(), "'" + key + "'", r.diags(), [&](const YAML::Node& item, size_t) {
    if (!item.IsScalar()) {
      r.diags().error(pos_of(r.file(), item), "expected each entry of '" + key + "' to be a person id (found " +
                                                  describe_node(item) + ")");
      return;
    }
    ids.push_back(item.Scalar());
    check_person(site, ids.back(), pos_of(r.file(), item), r.diags());
  });
  return ids;
}

}  // namespace panelpack
