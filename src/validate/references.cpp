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

std::string first_at(const SourcePos& first, const SourcePos& again) {
  return first.line == again.line && first.file == again.file ? "first at column " + std::to_string(first.col)
                                                              : "first at line " + std::to_string(first.line);
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
  std::vector<SourcePos> at;  // where each of `ids` was given
  for_each_item(node, r.file(), "'" + key + "'", r.diags(), [&](const YAML::Node& item, size_t) {
    const SourcePos pos = pos_of(r.file(), item);
    if (!item.IsScalar()) {
      r.diags().error(pos, "expected each entry of '" + key + "' to be a person id (found " + describe_node(item) + ")");
      return;
    }
    for (size_t i = 0; i < ids.size(); ++i)
      if (ids[i] == item.Scalar()) {
        r.diags().error(pos, "'" + ids[i] + "' is listed twice in '" + key + "' (" + first_at(at[i], pos) + ")",
                        "list each person once");
        return;
      }
    ids.push_back(item.Scalar());
    at.push_back(pos);
    check_person(site, ids.back(), pos, r.diags());
  });
  return ids;
}

std::vector<PersonAt> read_people_at(MapReader& r, const std::string& key, const Site& site) {
  const std::string& file = r.file();
  Diagnostics& diags = r.diags();
  std::vector<PersonAt> out;
  for_each_item(r.get(key), file, "'" + key + "'", diags, [&](const YAML::Node& node, size_t) {
    PersonAt p;
    p.pos = pos_of(file, node);
    if (node.IsScalar()) {
      p.person = node.Scalar();
    } else {
      MapReader pr(node, file, "a person in '" + key + "'", {"person", "role"}, diags);
      p.person = pr.text("person", true).value_or("");
      p.role = pr.text("role", false).value_or("");
      p.pos = pr.pos("person");
    }
    check_person(site, p.person, p.pos, diags);
    out.push_back(std::move(p));
  });
  return out;
}

}  // namespace panelpack
