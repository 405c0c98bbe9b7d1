#pragma once
// Reading YAML files so that every node can say where it came from.
#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>

#include "core/diagnostics.h"
#include "core/file_system.h"

namespace panelpack {

// Reads and parses a YAML file; a missing file or a syntax error is reported
// with its position and gives nullopt. The text is registered with `diags`
// so later messages can quote lines of it.
std::optional<YAML::Node> load_yaml(const FileSystem& fs, const std::string& path,
                                    const std::string& shown_as, Diagnostics& diags);

// The 1-based position of a node in `file` (yaml-cpp counts from 0).
SourcePos pos_of(const std::string& file, const YAML::Node& node);

// "a map", "a list", "text" … for "expected X, found Y" messages.
std::string describe_node(const YAML::Node& node);

}  // namespace panelpack
