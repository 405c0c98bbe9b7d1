#pragma once
// The syntax of a style sheet, without meaning: rules, at-rules and
// declarations, each with the file:line:col it starts at. Comments are
// dropped; strings are kept verbatim in values.
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"

namespace style {

struct RawDeclaration {
  std::string name;   // lower-cased property name
  std::string value;  // trimmed, without "!important"
  bool important = false;
  panelpack::SourcePos pos;  // of the property name
};

struct CssNode {
  bool at_rule = false;
  std::string at_name;   // "media", "page", "top-left" … (at-rules only)
  std::string prelude;   // selector list, or the at-rule's parameters
  panelpack::SourcePos pos;
  bool has_block = false;
  std::vector<RawDeclaration> declarations;
  std::vector<CssNode> children;  // nested rules and at-rules
};

// Parses a whole sheet; syntax errors (an unclosed block, a declaration
// without a colon) are warnings and the parser resynchronises.
std::vector<CssNode> parse_css(std::string_view text, const std::string& file, panelpack::Diagnostics& diags);

}  // namespace style
