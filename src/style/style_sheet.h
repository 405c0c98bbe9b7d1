#pragma once
// A parsed style sheet and its cascade: rules are matched against elements
// of the paper HTML, ordered by origin (built-in defaults, then the author's
// sheets), !important, specificity and source order, and applied on top of
// the inherited values of the parent.
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "core/diagnostics.h"
#include "style/computed_style.h"
#include "style/declaration.h"
#include "style/list_marker.h"
#include "style/page_style.h"
#include "style/selector.h"

namespace style {

class StyleSheet {
 public:
  // Starts with the built-in defaults for paper HTML (the same defaults a
  // browser applies: heading sizes, paragraph margins, list indents …).
  StyleSheet();

  // Adds a sheet; later sheets win over earlier ones at equal specificity.
  // Everything outside the subset is a warning naming file:line:col.
  // @media print blocks apply, @media screen blocks are skipped.
  void parse(std::string_view css, const std::string& file, panelpack::Diagnostics& diags);

  // The style of `element` whose parent has the style `parent`. A style
  // attribute's declarations apply last, as in browsers.
  ComputedStyle compute(const pugi::xml_node& element, const ComputedStyle& parent) const;

  // Reports what a style attribute holds outside the subset, as warnings
  // at `pos` (compute() itself never reports).
  static void check_style_attribute(const std::string& text, const panelpack::SourcePos& pos,
                                    panelpack::Diagnostics& diags);

  // The style of the root's parent: the initial values.
  ComputedStyle initial() const { return ComputedStyle{}; }

  // @page, merged with @page :first for the first page.
  const PageStyle& page(bool first) const { return first ? first_page_ : page_; }

  // Marker text of item `n` for a list-style-type (built in or
  // @counter-style); "" for none.
  std::string marker(const std::string& type, int n) const { return list_marker(type, n, counter_styles_); }

  std::size_t rule_count() const { return rules_.size(); }

 private:
  struct Rule {
    Selector selector;
    int origin = 0;  // 0 = built-in defaults, 1 = author
    int order = 0;
    std::size_t first = 0, count = 0;  // range of declarations_
  };

  void parse_nodes(const std::vector<CssNode>& nodes, int origin, panelpack::Diagnostics& diags);
  void add_style_rule(const CssNode& node, int origin, panelpack::Diagnostics& diags);
  void add_page_rule(const CssNode& node, panelpack::Diagnostics& diags);
  static bool media_applies(const CssNode& node, panelpack::Diagnostics& diags);
  void add_counter_style(const CssNode& node, panelpack::Diagnostics& diags);
  void index_rule(int rule);
  static std::vector<RawDeclaration> parse_inline(const std::string& text, const panelpack::SourcePos& pos,
                                                  panelpack::Diagnostics& diags);

  std::vector<Rule> rules_;
  std::vector<Declaration> declarations_;
  std::map<std::string, std::vector<int>, std::less<>> by_id_, by_class_, by_tag_;
  std::vector<int> universal_;
  PageStyle page_, first_page_;
  std::map<std::string, MarginBox> first_boxes_;  // @page :first overrides
  std::vector<RawDeclaration> first_decls_;
  std::map<std::string, CounterStyle> counter_styles_;
  std::vector<std::pair<std::string, panelpack::SourcePos>> list_style_uses_;
  mutable std::mutex inline_lock_;  // the cache is filled on first use, from any thread
  mutable std::map<std::string, std::vector<Declaration>, std::less<>> inline_cache_;
};

}  // namespace style
