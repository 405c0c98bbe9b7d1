#pragma once
// Reading YAML files so that every node can say where it came from.
#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>

#include "core/diagnostics.h"
#include "core/file_system.h"

namespace panelpack {

// Reads and parses a YAML file (at most read_limit::yaml bytes); a missing
// file, bytes that are not UTF-8, a NUL or control character, a
// syntax error or a second document after '---' is reported with its
// position and gives nullopt. The text is registered with `diags`
// so later messages can quote lines of it.
std::optional<YAML::Node> load_yaml(const FileSystem& fs, const std::string& path,
                                    const std::string& shown_as, Diagnostics& diags);

// A character YAML cannot hold, or that no one put there on purpose: a NUL
// or other control character (not tab or line ends), or a byte-order mark
// anywhere but at the very start. load_yaml reports the first, at its place,
// before yaml-cpp sees it (which would blame something else, such as
// "unknown escape character").
struct UnreadableCharacter {
  size_t offset;
  std::string what;  // "holds a NUL byte (U+0000), which YAML does not allow"
  std::string hint;
};
std::optional<UnreadableCharacter> first_unreadable_character(const std::string& text);

// The offset of a comma that begins a line outside brackets, quotes and block
// text ("- a" then ", b"): not YAML, and yaml-cpp 0.7 loops for ever on some
// of them (a document that starts with one), so it is refused first.
std::optional<size_t> comma_starting_a_line(const std::string& text);

// The 1-based position of a node in `file` (yaml-cpp counts from 0).
SourcePos pos_of(const std::string& file, const YAML::Node& node);

// "a map", "a list", "text" … for "expected X, found Y" messages.
std::string describe_node(const YAML::Node& node);

}  // namespace panelpack
