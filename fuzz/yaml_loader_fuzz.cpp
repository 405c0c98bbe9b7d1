// Fuzzes the YAML loader: load_yaml on an in-memory file, then MapReader and
// for_each_item over every map and list in the result, asking each key for
// every type the loaders ask for, and formats the diagnostics.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/diagnostics.h"
#include "core/file_system.h"
#include "load/map_reader.h"
#include "load/yaml_file.h"

using namespace panelpack;

namespace {

const std::vector<std::string> kAllowed = {"title", "date", "time", "body", "items", "count", "public", "kind", "lead"};

void walk(const YAML::Node& node, const std::string& file, Diagnostics& diags, int depth) {
  if (depth > 64) return;
  (void)pos_of(file, node);
  (void)describe_node(node);
  if (node.IsMap()) {
    report_repeated_keys(node, file, "map", diags);
    MapReader r(node, file, "map", kAllowed, diags);
    (void)r.pos();
    for (const auto& key : kAllowed) {
      (void)r.has(key);
      (void)r.pos(key);
      (void)r.key_pos(key);
    }
    r.text("title", false);
    r.date("date", false);
    r.time("time", false);
    r.text_list("body", false);
    r.integer("count", false, 0, 1000, "a number from 0 to 1000");
    r.boolean("public", false);
    r.choice("kind", false, {"decision", "information", "discussion"});
    r.text("lead", true);
    for (auto it = node.begin(); it != node.end(); ++it) walk(it->second, file, diags, depth + 1);
  } else if (node.IsSequence()) {
    for_each_item(node, file, "list", diags,
                  [&](const YAML::Node& item, size_t) { walk(item, file, diags, depth + 1); }, "write a list");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  MemoryFileSystem fs;
  const std::string file = "content/meetings/m/meeting.yaml";
  fs.add(file, std::string(reinterpret_cast<const char*>(data), size));
  Diagnostics diags;
  if (auto node = load_yaml(fs, file, file, diags)) walk(*node, file, diags, 0);
  (void)diags.format();
  return 0;
}
