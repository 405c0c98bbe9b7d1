#include "load/yaml_file.h"

#include <cctype>

#include <yaml-cpp/depthguard.h>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "core/source_pos.h"
#include "core/utf8.h"

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

// True if a line is indented with a tab (a tab elsewhere, inside text, is fine).
bool tab_indented(const std::string& text) {
  bool at_start = true;
  for (char c : text) {
    if (c == '\n') {
      at_start = true;
    } else if (at_start && c == '\t') {
      return true;
    } else if (c != ' ') {
      at_start = false;
    }
  }
  return false;
}

// YAML allows no control characters but tab and line ends.
bool control_character(char c) {
  const auto b = static_cast<unsigned char>(c);
  return (b < 0x20 && c != '\t' && c != '\n' && c != '\r') || b == 0x7f;
}

// The text with every byte that is not UTF-8, and every control character,
// replaced by U+FFFD, so that a quoted line prints cleanly.
std::string printable(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    size_t n = utf8_length(text, i);
    if (n == 0 || (n == 1 && control_character(text[i]))) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(text, i, n);
      i += n;
    }
  }
  return out;
}

// A '---' (or '...') line that separates documents, at or before `line` (0-based).
int separator_line(const std::string& text, int line) {
  std::vector<size_t> starts{0};
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') starts.push_back(i + 1);
  for (int l = std::min<int>(line, static_cast<int>(starts.size()) - 1); l >= 0; --l) {
    const std::string head = text.substr(starts[static_cast<size_t>(l)], 4);
    if ((head.rfind("---", 0) == 0 || head.rfind("...", 0) == 0) &&
        (head.size() == 3 || head[3] == ' ' || head[3] == '\t' || head[3] == '\n' || head[3] == '\r'))
      return l;
  }
  return -1;
}

// The line and column (0-based, in characters) of the outermost '[' or '{'
// of the deepest flow nesting, roughly skipping quoted text and comments;
// nullopt when flow nesting is shallow (the nesting is then by indentation).
std::optional<YAML::Mark> deepest_flow_start(const std::string& text) {
  int depth = 0, best = 0;
  size_t outer = 0, found = 0;  // offsets
  char quote = 0;
  bool comment = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      comment = false;
      continue;
    }
    if (!comment && !quote) {
      if (c == '#' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\t')) comment = true;
      else if (c == '"' || c == '\'') quote = c;
      else if (c == '[' || c == '{') {
        if (depth++ == 0) outer = i;
        if (depth > best) best = depth, found = outer;
      } else if ((c == ']' || c == '}') && depth > 0) {
        --depth;
      }
    } else if (quote && c == quote) {
      quote = 0;
    }
  }
  if (best < 100) return std::nullopt;
  const SourcePos at = position_in("", text, found);
  YAML::Mark mark;
  mark.line = at.line - 1;
  mark.column = at.col - 1;
  return mark;
}
}  // namespace

std::optional<UnreadableCharacter> first_unreadable_character(const std::string& text) {
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == 0)
      return UnreadableCharacter{i, "holds a NUL byte (U+0000), which YAML does not allow",
                                 "the file is damaged or is not a text file: remove the byte, or save the file "
                                 "again as plain UTF-8 text"};
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
      char code[16];
      std::snprintf(code, sizeof code, "U+%04X", c);
      return UnreadableCharacter{i, "holds the control character " + std::string(code) + ", which YAML does not allow",
                                 "remove it: it is invisible in most editors, and was probably pasted in"};
    }
    if (c == 0xEF && i > 0 && text.compare(i, 3, "\xEF\xBB\xBF") == 0)
      return UnreadableCharacter{i, "holds a byte-order mark (U+FEFF) after its start",
                                 "remove it: it is left where files were joined together, and it is invisible in "
                                 "most editors"};
  }
  return std::nullopt;
}

std::optional<size_t> comma_starting_a_line(const std::string& text) {
  int depth = 0;                // open [ and {
  int block_parent = -1;        // indentation of the key whose | or > text is running, or -1
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string_view line(text.data() + start, end - start);
    const size_t indent = line.find_first_not_of(' ');
    const bool blank = indent == std::string_view::npos || line[indent] == '\r';
    if (block_parent >= 0 && (blank || static_cast<int>(indent) > block_parent)) {
      start = end + 1;
      continue;  // a line of block text
    }
    block_parent = -1;
    if (!blank) {
      if (depth == 0 && line[indent] == ',') return start + indent;
      char quote = 0;
      size_t last = indent;  // the last character that is not a comment or space
      for (size_t i = indent; i < line.size(); ++i) {
        const char c = line[i];
        if (quote) {
          if (c == '\\' && quote == '"') ++i;
          else if (c == quote) quote = 0;
          last = i;
          continue;
        }
        if (c == '#' && (i == indent || line[i - 1] == ' ')) break;
        if (c == '"' || c == '\'') quote = c;
        else if (c == '[' || c == '{') ++depth;
        else if ((c == ']' || c == '}') && depth > 0) --depth;
        if (c != ' ' && c != '\r') last = i;
      }
      // "key: |" or "key: >-" starts block text on the lines below.
      size_t k = last + 1;
      while (k > indent && (std::isdigit(static_cast<unsigned char>(line[k - 1])) || line[k - 1] == '-' ||
                            line[k - 1] == '+'))
        --k;
      if (depth == 0 && !quote && k > indent && (line[k - 1] == '|' || line[k - 1] == '>'))
        block_parent = static_cast<int>(indent);
    }
    start = end + 1;
  }
  return std::nullopt;
}

std::optional<YAML::Node> load_yaml(const FileSystem& fs, const std::string& path,
                                    const std::string& shown_as, Diagnostics& diags) {
  std::string why;
  auto text = fs.read(path, &why, read_limit::yaml);
  if (!text) {
    diags.error({shown_as, 0, 0}, "failed to read " + shown_as + " (" + why + ")");
    return std::nullopt;
  }
  if (auto bad = first_invalid_utf8(*text)) {
    const SourcePos at = position_in(shown_as, *text, *bad);
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>((*text)[*bad]));
    diags.add_source(shown_as, printable(*text));
    diags.error(at,
                shown_as + " is not UTF-8 (byte " + byte + " is not part of a UTF-8 character)",
                "save the file as UTF-8 (it was probably saved in another encoding, such as Windows-1252)");
    return std::nullopt;
  }
  // yaml-cpp 0.7 loops without end (and without bound on memory) on a NUL
  // byte: control characters are refused before it sees the text.
  diags.add_source(shown_as, *text);
  if (auto bad = first_unreadable_character(*text)) {
    const SourcePos at = position_in(shown_as, *text, bad->offset);
    diags.error(at, shown_as + " " + bad->what, bad->hint);
    return std::nullopt;
  }
  if (auto comma = comma_starting_a_line(*text)) {
    diags.error(position_in(shown_as, *text, *comma), "a line starts with a comma (not valid YAML)",
                "put the value on the line above, or in quotes if the comma is part of the text");
    return std::nullopt;
  }
  try {
    std::vector<YAML::Node> docs = YAML::LoadAll(*text);
    YAML::Node root = docs.empty() ? YAML::Node() : docs.front();
    for (size_t i = 1; i < docs.size(); ++i) {
      if (docs[i].IsNull()) continue;  // a '---' with nothing after it
      SourcePos at = pos_of(shown_as, docs[i]);
      if (int sep = separator_line(*text, at.line - 1); sep >= 0) at = {shown_as, sep + 1, 1};
      diags.error(at, "a second YAML document starts here (panelpack reads one per file, so it would be ignored)",
                  "remove the '---' line so that what follows joins the settings above it, or move it into a "
                  "file of its own");
      return std::nullopt;
    }
    if (!root.IsMap()) {
      diags.error(pos_of(shown_as, root), "expected a map of settings at the top of " + shown_as +
                                               " (found " + describe_node(root) + ")",
                  "each line at the left margin should read 'key: value'");
      return std::nullopt;
    }
    return root;
  } catch (const YAML::DeepRecursion& e) {
    const YAML::Mark at = deepest_flow_start(*text).value_or(e.mark);
    diags.error({shown_as, at.line + 1, at.column + 1},
                "invalid YAML (lists and maps are nested too deeply to read)",
                "content nests a few levels at most: look for '[' or '{' that are never closed, or lines indented "
                "further and further");
  } catch (const YAML::ParserException& e) {
    std::string hint = explain(e.msg);
    if (tab_indented(*text)) hint = "indent with spaces: YAML does not allow tabs for indentation";
    diags.error({shown_as, e.mark.line + 1, e.mark.column + 1}, "invalid YAML (" + e.msg + ")", hint);
  }
  return std::nullopt;
}

}  // namespace panelpack
