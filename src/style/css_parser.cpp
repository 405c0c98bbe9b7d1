#include "style/css_parser.h"

#include <cctype>

#include "core/source_pos.h"
#include "style/css_value.h"

namespace style {
namespace {

class Parser {
 public:
  Parser(std::string_view text, const std::string& file, panelpack::Diagnostics& diags)
      : text_(strip_comments(text)), file_(file), diags_(diags), lines_(text_) {}

  std::vector<CssNode> sheet() {
    std::vector<CssNode> out;
    while (true) {
      skip_space();
      if (at_ >= text_.size()) break;
      if (text_[at_] == '}') {
        diags_.warning(pos(at_), "stray '}' in style sheet (no block is open)");
        ++at_;
        continue;
      }
      out.push_back(rule());
    }
    return out;
  }

 private:
  static std::string strip_comments(std::string_view t) {
    std::string s(t);
    for (std::size_t i = 0; i + 1 < s.size(); ++i) {
      if (s[i] == '/' && s[i + 1] == '*') {
        std::size_t end = s.find("*/", i + 2);
        std::size_t stop = end == std::string::npos ? s.size() : end + 2;
        for (std::size_t k = i; k < stop; ++k)
          if (s[k] != '\n') s[k] = ' ';
        i = stop - 1;
      }
    }
    return s;
  }

  panelpack::SourcePos pos(std::size_t offset) const { return lines_.position(file_, offset); }

  void skip_space() {
    while (at_ < text_.size() && (text_[at_] == ' ' || text_[at_] == '\n' || text_[at_] == '\t' || text_[at_] == '\r'))
      ++at_;
  }

  // Index of the first of `stops` at nesting depth 0 outside strings and
  // parentheses, or text_.size().
  std::size_t find_stop(std::size_t from, std::string_view stops) const {
    int paren = 0;
    char quote = 0;
    for (std::size_t i = from; i < text_.size(); ++i) {
      char c = text_[i];
      if (quote) {
        if (c == '\\') ++i;
        else if (c == quote) quote = 0;
        continue;
      }
      if (c == '"' || c == '\'') quote = c;
      else if (c == '(') ++paren;
      else if (c == ')' && paren > 0) --paren;
      else if (paren == 0 && stops.find(c) != std::string_view::npos) return i;
    }
    return text_.size();
  }

  CssNode rule() {
    CssNode node;
    node.pos = pos(at_);
    std::size_t start = at_;
    if (text_[at_] == '@') {
      node.at_rule = true;
      std::size_t i = at_ + 1;
      while (i < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[i])) || text_[i] == '-')) ++i;
      node.at_name = lower(std::string_view(text_).substr(at_ + 1, i - at_ - 1));
      start = i;
    }
    std::size_t stop = find_stop(start, node.at_rule ? "{;}" : "{}");
    node.prelude = std::string(trim(std::string_view(text_).substr(start, stop - start)));
    if (stop >= text_.size()) {
      diags_.warning(node.pos, "style rule is not finished (no '{' before the end of the file)");
      at_ = stop;
      return node;
    }
    if (text_[stop] == ';') {  // @import url(…); and the like
      at_ = stop + 1;
      return node;
    }
    if (text_[stop] == '}') {
      diags_.warning(node.pos, "style rule has no block (found '}' before '{')");
      at_ = stop + 1;
      return node;
    }
    at_ = stop + 1;
    node.has_block = true;
    block(node);
    return node;
  }

  // The inside of a block up to and including its '}'.
  void block(CssNode& node) {
    while (true) {
      skip_space();
      if (at_ >= text_.size()) {
        diags_.warning(node.pos, "block is not closed (missing '}')");
        return;
      }
      char c = text_[at_];
      if (c == '}') {
        ++at_;
        return;
      }
      if (c == ';') {
        ++at_;
        continue;
      }
      if (c == '@') {
        node.children.push_back(rule());
        continue;
      }
      std::size_t stop = find_stop(at_, "{;}");
      if (stop < text_.size() && text_[stop] == '{') {
        node.children.push_back(rule());
        continue;
      }
      declaration(node, stop);
    }
  }

  void declaration(CssNode& node, std::size_t stop) {
    std::string_view d = std::string_view(text_).substr(at_, stop - at_);
    panelpack::SourcePos p = pos(at_);
    at_ = stop < text_.size() && text_[stop] == ';' ? stop + 1 : stop;
    auto colon = d.find(':');
    if (colon == std::string_view::npos) {
      diags_.warning(p, "declaration '" + std::string(trim(d)) + "' has no ':' (expected 'property: value')");
      return;
    }
    RawDeclaration r;
    r.name = lower(trim(d.substr(0, colon)));
    std::string_view v = trim(d.substr(colon + 1));
    auto bang = v.rfind('!');
    if (bang != std::string_view::npos && lower(trim(v.substr(bang + 1))) == "important") {
      r.important = true;
      v = trim(v.substr(0, bang));
    }
    r.value = std::string(v);
    r.pos = p;
    node.declarations.push_back(std::move(r));
  }

  std::string text_;
  std::string file_;
  panelpack::Diagnostics& diags_;
  panelpack::LineIndex lines_;  // of text_, so declared after it
  std::size_t at_ = 0;
};

}  // namespace

std::vector<CssNode> parse_css(std::string_view text, const std::string& file, panelpack::Diagnostics& diags) {
  Parser p(text, file, diags);
  return p.sheet();
}

}  // namespace style
