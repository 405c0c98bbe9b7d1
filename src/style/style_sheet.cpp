#include "style/style_sheet.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "style/class_words.h"
#include "style/css_parser.h"
#include "style/page_rule.h"

namespace style {
namespace {

// The defaults a browser gives the elements of paper HTML.
constexpr const char* kDefaults = R"css(
h1 { font-size: 2em; margin: 0.67em 0; }
h2 { font-size: 1.5em; margin: 0.83em 0; }
h3 { font-size: 1.17em; margin: 1em 0; }
h4 { margin: 1.33em 0; }
h5 { font-size: 0.83em; margin: 1.67em 0; }
h6 { font-size: 0.67em; margin: 2.33em 0; }
h1, h2, h3, h4, h5, h6 { font-weight: bold; break-after: avoid; break-inside: avoid; }
p { margin: 1em 0; }
ul, ol { margin: 1em 0; padding-left: 30pt; }
ul { list-style-type: disc; }
ol { list-style-type: decimal; }
li ul, li ol { margin: 0; }
ul ul, ol ul { list-style-type: circle; }
ul ul ul, ol ul ul, ul ol ul, ol ol ul { list-style-type: square; }
strong, b, th { font-weight: bold; }
em, i { font-style: italic; }
small { font-size: smaller; }
a { color: #0000ee; text-decoration: underline; }
mark { background-color: yellow; color: black; }
th { text-align: center; }
td, th { padding: 1px; vertical-align: middle; }
caption { text-align: center; }
figure { margin: 1em 30pt; }
tr { break-inside: avoid; }
hr { border-top: 1px solid #808080; margin: 0.5em 0; }
dl, blockquote { margin: 1em 0; }
dd { margin-left: 30pt; }
blockquote { margin-left: 30pt; margin-right: 30pt; }
code { font-family: monospace; }
u { text-decoration: underline; }
sub, sup { font-size: smaller; }
)css";

}  // namespace

StyleSheet::StyleSheet() {
  panelpack::Diagnostics quiet;
  parse_nodes(parse_css(kDefaults, "(defaults)", quiet), 0, quiet);
  first_page_ = page_;
}

void StyleSheet::parse(std::string_view css, const std::string& file, panelpack::Diagnostics& diags) {
  list_style_uses_.clear();
  parse_nodes(parse_css(css, file, diags), 1, diags);
  for (const auto& [name, pos] : list_style_uses_)
    if (!is_builtin_list_style(name) && !counter_styles_.count(name))
      diags.warning(pos, "list-style-type '" + name + "' is not known (neither built in nor an @counter-style)",
                    "see docs/styles.md for the marker styles");
  first_page_ = page_;
  const RawDeclaration* width_decl = nullptr;  // the last :first declaration that sets the text width
  for (const RawDeclaration& d : first_decls_) {
    apply_page_declaration(first_page_, d, nullptr);
    if (d.name == "size" || d.name == "margin" || d.name == "margin-left" || d.name == "margin-right") width_decl = &d;
  }
  auto text_width = [](const PageStyle& p) { return p.width - p.margin[kLeft] - p.margin[kRight]; };
  if (width_decl && std::abs(text_width(first_page_) - text_width(page_)) > 0.5) {
    diags.warning(width_decl->pos,
                  "@page :first has a different text width from the other pages (its page width and left and right "
                  "margins are taken from @page)",
                  "change only margin-top and margin-bottom in @page :first");
  }
  for (const auto& [name, box] : first_boxes_) {
    if (box.content.empty()) first_page_.boxes.erase(name);
    else first_page_.boxes[name] = box;
  }
}

bool StyleSheet::media_applies(const CssNode& node, panelpack::Diagnostics& diags) {
  // Plain print, all and screen (also "only …") decide by themselves, and
  // any query for screen never matches paper. Anything else is taken by its
  // media type alone (none means all), with a warning saying so.
  bool applies = false;
  std::vector<std::string> untested;
  std::string q = lower(node.prelude);
  for (std::size_t start = 0; start <= q.size();) {
    std::size_t comma = q.find(',', start);
    std::string one(trim(std::string_view(q).substr(start, comma == std::string::npos ? std::string::npos : comma - start)));
    if (comma == std::string::npos) comma = q.size();
    start = comma + 1;
    if (one.rfind("only ", 0) == 0) one = std::string(trim(std::string_view(one).substr(5)));
    if (one == "print" || one == "all") {
      applies = true;
      continue;
    }
    if (one == "screen" || one.rfind("screen ", 0) == 0) continue;
    bool negated = one.rfind("not ", 0) == 0;
    std::string_view rest = negated ? trim(std::string_view(one).substr(4)) : std::string_view(one);
    std::string type(rest.substr(0, std::min(rest.find(' '), rest.find('('))));
    bool print_type = type.empty() || type == "print" || type == "all";
    if (print_type != negated) applies = true;
    untested.push_back(std::string(trim(one)));
  }
  if (!untested.empty()) {
    std::string list;
    for (const std::string& u : untested) list += (list.empty() ? "'" : ", '") + u + "'";
    diags.warning(node.pos,
                  "media query " + list + " is not supported (only print, screen and all are understood; it is taken "
                  "by its media type alone, so the block is " + (applies ? "applied" : "skipped") + ")",
                  "use plain @media print or @media screen");
  }
  return applies;
}

void StyleSheet::parse_nodes(const std::vector<CssNode>& nodes, int origin, panelpack::Diagnostics& diags) {
  for (const CssNode& n : nodes) {
    if (!n.at_rule) {
      add_style_rule(n, origin, diags);
      continue;
    }
    if (n.at_name == "media") {
      if (media_applies(n, diags)) parse_nodes(n.children, origin, diags);
    } else if (n.at_name == "page") {
      add_page_rule(n, diags);
    } else if (n.at_name == "counter-style") {
      add_counter_style(n, diags);
    } else {
      diags.warning(n.pos, "at-rule '@" + n.at_name + "' is not supported (it is ignored in the PDF)",
                    "see docs/styles.md for the supported at-rules");
    }
  }
}

void StyleSheet::add_style_rule(const CssNode& node, int origin, panelpack::Diagnostics& diags) {
  std::size_t first = declarations_.size();
  for (const RawDeclaration& raw : node.declarations) {
    std::size_t before = declarations_.size();
    parse_declaration(raw, &declarations_, diags);
    for (std::size_t i = before; i < declarations_.size(); ++i)
      if (declarations_[i].prop == Prop::list_style_type) list_style_uses_.emplace_back(declarations_[i].text, raw.pos);
  }
  std::size_t count = declarations_.size() - first;
  for (const CssNode& child : node.children)
    diags.warning(child.pos, "nested rules are not supported (found '" + child.prelude + "' inside a rule)");
  // A selector that is not CSS at all makes browsers drop the whole rule,
  // so it does here; a member that is CSS but outside the subset is dropped
  // alone.
  struct Member {
    std::string text, why;
    std::optional<Selector> sel;
    bool invalid = false;
  };
  std::vector<Member> members;
  const std::string& p = node.prelude;
  for (std::size_t start = 0; start <= p.size();) {
    std::size_t comma = p.find(',', start);
    Member m;
    m.text = std::string(trim(std::string_view(p).substr(start, comma == std::string::npos ? std::string::npos
                                                                                             : comma - start)));
    m.sel = parse_selector(m.text, &m.why, &m.invalid);
    members.push_back(std::move(m));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  for (const Member& m : members)
    if (m.invalid) {
      std::string what = m.text.empty()        ? "selector list '" + std::string(trim(p)) + "' is invalid (it has an empty member)"
                         : members.size() == 1 ? "selector '" + m.text + "' is invalid (" + m.why + ")"
                                               : "selector '" + m.text + "' in '" + std::string(trim(p)) +
                                                     "' is invalid (" + m.why + ")";
      diags.warning(node.pos, what + "; the whole rule is skipped, as browsers do",
                    "check the selector for a doubled or trailing combinator, comma or dot");
      return;
    }
  for (Member& m : members) {
    if (m.sel) {
      Rule r;
      r.selector = std::move(*m.sel);
      r.origin = origin;
      r.order = static_cast<int>(rules_.size());
      r.first = first;
      r.count = count;
      rules_.push_back(std::move(r));
      index_rule(static_cast<int>(rules_.size()) - 1);
    } else {
      diags.warning(node.pos, "selector '" + m.text + "' is not supported (" + m.why + ")",
                    "use type, class and id selectors joined by spaces or '>'");
    }
  }
}

void StyleSheet::index_rule(int rule) {
  const Compound& key = rules_[rule].selector.parts.back();
  if (!key.id.empty()) by_id_[key.id].push_back(rule);
  else if (!key.classes.empty()) by_class_[key.classes.front()].push_back(rule);
  else if (!key.tag.empty()) by_tag_[key.tag].push_back(rule);
  else universal_.push_back(rule);
}

void StyleSheet::add_page_rule(const CssNode& node, panelpack::Diagnostics& diags) {
  std::string sel = lower(node.prelude);
  bool first = sel == ":first";
  if (!sel.empty() && !first) {
    diags.warning(node.pos, "page selector '" + node.prelude + "' is not supported (only @page and @page :first)");
    return;
  }
  for (const RawDeclaration& d : node.declarations) {
    if (first) {
      if (apply_page_declaration(first_page_, d, &diags)) first_decls_.push_back(d);
    } else {
      apply_page_declaration(page_, d, &diags);
    }
  }
  for (const CssNode& child : node.children) {
    if (!child.at_rule || !is_margin_box_name(child.at_name)) {
      diags.warning(child.pos, "'" + (child.at_rule ? "@" + child.at_name : child.prelude) +
                                   "' is not supported inside @page (only the six top and bottom margin boxes)");
      continue;
    }
    // A :first box starts from what @page said so far, so it may change
    // just the colour or size, or empty the box with content: none.
    MarginBox box;
    if (first && first_boxes_.count(child.at_name)) box = first_boxes_[child.at_name];
    else if (page_.boxes.count(child.at_name)) box = page_.boxes[child.at_name];
    for (const RawDeclaration& d : child.declarations) apply_margin_box_declaration(box, d, diags);
    if (first) first_boxes_[child.at_name] = box;
    else if (box.content.empty()) page_.boxes.erase(child.at_name);
    else page_.boxes[child.at_name] = box;
  }
}

void StyleSheet::add_counter_style(const CssNode& node, panelpack::Diagnostics& diags) {
  CounterStyle cs;
  bool has_system = false;
  for (const RawDeclaration& d : node.declarations) {
    if (d.name == "system") {
      std::string v = lower(d.value);
      if (v.rfind("extends ", 0) == 0 && is_builtin_list_style(std::string(trim(std::string_view(v).substr(8))))) {
        cs.base = std::string(trim(std::string_view(v).substr(8)));
        has_system = true;
      } else {
        diags.warning(d.pos, "counter system '" + d.value + "' is not supported (use 'extends' and a built-in style)");
      }
    } else if (d.name == "prefix" || d.name == "suffix") {
      auto s = unquote(d.value);
      if (!s) {
        diags.warning(d.pos, "value of '" + d.name + "' must be a quoted string");
        continue;
      }
      (d.name == "prefix" ? cs.prefix : cs.suffix) = *s;
    } else {
      diags.warning(d.pos, "counter-style descriptor '" + d.name + "' is not supported",
                    "use system: extends …, prefix and suffix");
    }
  }
  std::string name(trim(node.prelude));
  if (!has_system) {
    diags.warning(node.pos, "@counter-style " + name + " has no 'system: extends …' (it is ignored)");
    return;
  }
  counter_styles_[lower(name)] = cs;
}

ComputedStyle StyleSheet::compute(const pugi::xml_node& element, const ComputedStyle& parent) const {
  ComputedStyle s = parent.inherit();
  // The names above the element: the parent's style has them when it was
  // computed for the element's parent; otherwise they are read from the tree.
  NameFilter above;
  if (parent.element != nullptr && parent.element == element.parent().internal_object()) {
    above = parent.names;
  } else {
    for (pugi::xml_node p = element.parent(); p && p.type() == pugi::node_element; p = p.parent())
      above.add_element(p);
  }
  int matched[64];
  int n = 0;
  auto consider = [&](const std::vector<int>& list) {
    for (int r : list)
      if (n < 64 && above.may_hold(rules_[r].selector.ancestors) && rules_[r].selector.matches(element))
        matched[n++] = r;
  };
  if (const char* id = element.attribute("id").value(); *id)
    if (auto it = by_id_.find(std::string_view(id)); it != by_id_.end()) consider(it->second);
  any_class(element, [&](std::string_view cls) {
    if (auto it = by_class_.find(cls); it != by_class_.end()) consider(it->second);
    return false;
  });
  if (auto it = by_tag_.find(std::string_view(element.name())); it != by_tag_.end()) consider(it->second);
  consider(universal_);
  // A rule indexed under two of the element's classes is only applied once.
  std::sort(matched, matched + n);
  n = static_cast<int>(std::unique(matched, matched + n) - matched);
  std::sort(matched, matched + n, [&](int a, int b) {
    const Rule& ra = rules_[a];
    const Rule& rb = rules_[b];
    if (ra.origin != rb.origin) return ra.origin < rb.origin;
    if (ra.selector.specificity != rb.selector.specificity) return ra.selector.specificity < rb.selector.specificity;
    return ra.order < rb.order;
  });
  for (int pass = 0; pass < 2; ++pass)
    for (int i = 0; i < n; ++i) {
      const Rule& r = rules_[matched[i]];
      for (std::size_t k = r.first; k < r.first + r.count; ++k)
        if (declarations_[k].important == (pass == 1)) apply(declarations_[k], s, parent);
    }
  if (const char* inline_css = element.attribute("style").value(); *inline_css) {
    std::lock_guard<std::mutex> lock(inline_lock_);
    auto it = inline_cache_.find(std::string_view(inline_css));
    if (it == inline_cache_.end()) {
      panelpack::Diagnostics quiet;
      std::vector<Declaration> decls;
      for (const RawDeclaration& raw : parse_inline(inline_css, panelpack::SourcePos{}, quiet))
        parse_declaration(raw, &decls, quiet);
      it = inline_cache_.emplace(inline_css, std::move(decls)).first;
    }
    for (const Declaration& d : it->second) apply(d, s, parent);
  }
  finish(s);
  s.element = element.internal_object();
  s.names = above;
  s.names.add_element(element);
  return s;
}

std::vector<RawDeclaration> StyleSheet::parse_inline(const std::string& text, const panelpack::SourcePos& pos,
                                                     panelpack::Diagnostics& diags) {
  std::vector<CssNode> nodes = parse_css("x{" + text + "}", pos.file, diags);
  std::vector<RawDeclaration> out;
  if (!nodes.empty()) out = nodes[0].declarations;
  for (RawDeclaration& d : out) d.pos = pos;
  return out;
}

void StyleSheet::check_style_attribute(const std::string& text, const panelpack::SourcePos& pos,
                                       panelpack::Diagnostics& diags) {
  std::vector<Declaration> ignored;
  for (const RawDeclaration& raw : parse_inline(text, pos, diags)) parse_declaration(raw, &ignored, diags);
}

}  // namespace style
