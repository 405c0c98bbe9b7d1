#include "layout/layout_context.h"

#include <algorithm>
#include <cstdio>
#include <optional>

#include "core/utf8.h"
#include "fonts/font_families.h"

namespace layout {

LayoutContext::LayoutContext(const style::StyleSheet& sheet, const fonts::FontRegistry& fonts,
                             const LayoutOptions& options, panelpack::Diagnostics& diags,
                             std::vector<StructNode>& structure)
    : sheet(sheet), fonts(fonts), options(options), diags(diags), structure(structure), lines_(options.source_text) {}

namespace {
// "meetings/x/meeting.yaml:14:7" -> that position; nullopt for anything else.
std::optional<panelpack::SourcePos> parse_source(const std::string& s) {
  const size_t c2 = s.rfind(':');
  if (c2 == std::string::npos || c2 == 0) return std::nullopt;
  const size_t c1 = s.rfind(':', c2 - 1);
  if (c1 == std::string::npos || c1 == 0) return std::nullopt;
  const std::string line = s.substr(c1 + 1, c2 - c1 - 1), col = s.substr(c2 + 1);
  auto number = [](const std::string& t) {
    return !t.empty() && t.size() < 9 && t.find_first_not_of("0123456789") == std::string::npos;
  };
  if (!number(line) || !number(col)) return std::nullopt;
  return panelpack::SourcePos{s.substr(0, c1), std::stoi(line), std::stoi(col)};
}
}  // namespace

panelpack::SourcePos LayoutContext::pos(const pugi::xml_node& node) const {
  // The content that produced the element, when the template said (data-src).
  for (pugi::xml_node n = node; n; n = n.parent())
    if (const char* src = n.attribute("data-src").value(); *src)
      if (auto p = parse_source(src)) return *p;
  std::ptrdiff_t off = node.offset_debug();
  if (off < 0 || options.source_text.empty()) return {options.source_name, 0, 0};
  // offset_debug points just past '<' for elements
  std::size_t start = static_cast<std::size_t>(off);
  if (node.type() == pugi::node_element && start > 0) --start;
  return lines_.position(options.source_name, start);
}

void LayoutContext::error(const pugi::xml_node& node, const std::string& message, const std::string& hint) {
  if (!measuring) diags.error(pos(node), message, hint);
}

void LayoutContext::warning(const pugi::xml_node& node, const std::string& message, const std::string& hint) {
  if (!measuring) diags.warning(pos(node), message, hint);
}

const LayoutContext::FaceCache& LayoutContext::cached(const style::ComputedStyle& s, const pugi::xml_node& node) {
  FaceCache& c = cache_[(s.bold ? 2 : 0) + (s.italic ? 1 : 0)];
  if (c.face && c.family == s.font_family) return c;
  const fonts::ResolvedFamily& r = fonts.resolve(s.font_family);
  if (!r.known && !measuring && warned_families_.insert(s.font_family).second)
    warning(node, fonts::unknown_family_message(s.font_family), fonts::kUnknownFamilyHint);
  std::string why;
  const fonts::FontFace* f = fonts.face(r.family, s.bold, s.italic, &why);
  FontSpec spec{r.family, s.bold, s.italic};
  if (!f) {
    f = fonts.face("Liberation Sans", false, false, &why);
    spec = FontSpec{"Liberation Sans", false, false};
    if (!f && !measuring && warned_families_.insert("\x01" + why).second)
      diags.error(pos(node), "cannot load a font (" + why + ")", "install fonts-liberation");
  }
  if (!f || (!r.known && measuring)) {
    thread_local FaceCache none;
    none = FaceCache{s.font_family, s.bold, s.italic, f, spec};
    return none;  // not cached: the warning must still come in the real pass
  }
  c = FaceCache{s.font_family, s.bold, s.italic, f, spec};
  return c;
}

const fonts::FontFace* LayoutContext::face(const style::ComputedStyle& s, const pugi::xml_node& node) {
  return cached(s, node).face;
}

FontSpec LayoutContext::font_spec(const style::ComputedStyle& s) { return cached(s, pugi::xml_node()).spec; }

void LayoutContext::missing_glyph(char32_t cp, const std::string& family, const pugi::xml_node& node) {
  if (measuring || !warned_glyphs_.insert(cp).second) return;
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
  std::string ch;
  panelpack::append_utf8(ch, cp);
  warning(node, "character '" + ch + "' (" + code + ") is not in the font " + family + " (it prints as a blank box)",
          "replace it, or use a character the font has");
}

StructId LayoutContext::add_struct(Role role, StructId parent, const pugi::xml_node& node) {
  if (measuring) return kArtifact;
  StructNode n;
  n.role = role;
  n.parent = parent;
  if (node) {
    n.id = node.attribute("id").value();
    const char* l = node.attribute("lang").value();
    if (*l && lang != l) n.lang = l;
  }
  structure.push_back(std::move(n));
  return static_cast<StructId>(structure.size() - 1);
}

}  // namespace layout
