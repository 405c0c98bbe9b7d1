#include "load/yaml_file.h"

namespace panelpack {

SourcePos pos_of(const std::string& file, const YAML::Node& node) {
  YAML::Mark m = node.Mark();
  if (m.is_null()) return {file, 0, 0};
  return {file, m.line + 1, m.column + 1};
}

std::string describe_node(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Map: return "a map";
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Scalar: return "'" + node.Scalar() + "'";
    case YAML::NodeType::Null: return "nothing";
    default: return "an undefined value";
  }
}

namespace {
// yaml-cpp's messages are lower-case fragments such as "end of map not found".
std::string explain(const std::string& msg) {
  if (msg.find("illegal map value") != std::string::npos)
    return "a ':' where a value was expected; put text containing ': ' in quotes";
  if (msg.find("end of map not found") != std::string::npos ||
      msg.find("end of sequence not found") != std::string::npos)
    return "check the indentation of this line and the one above it";
  if (msg.find("unknown escape") != std::string::npos)
    return "inside double quotes a backslash starts an escape; use single quotes";
  return "check the indentation, and quote text that contains ': ' or starts with a symbol";
}
}  // namespace

std::optional<YAML::Node> load_yaml(const FileSystem& fs, const std::string& path,
                                    const std::string& shown_as, Diagnostics& diags) {
  std::string why;
  auto text = fs.read(path, &why);
  if (!text) {
    diags.error({shown_as, 0, 0}, "failed to read " + shown_as + " (" + why + ")");
    return std::nullopt;
  }
  diags.add_source(shown_as, *text);
  try {
    YAML::Node root = YAML::Load(*text);
    if (!root.IsMap()) {
      diags.error(pos_of(shown_as, root), "expected a map of settings at the top of " + shown_as +
                                               " (found " + describe_node(root) + ")",
                  "each line at the left margin should read 'key: value'");
      return std::nullopt;
    }
    return root;
  } catch (const YAML::ParserException& e) {
    std::string hint = explain(e.msg);
    if (text->find('\t') != std::string::npos) hint = "indent with spaces: YAML does not allow tabs for indentation";
    diags.error({shown_as, e.mark.line + 1, e.mark.column + 1}, "invalid YAML (" + e.msg + ")", hint);
  }
  return std::nullopt;
}

}  // namespace panelpack
