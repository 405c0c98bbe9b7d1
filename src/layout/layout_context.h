#pragma once
// What every part of layout shares while one document is laid out: the
// style sheet, fonts, options, messages, and the structure tree being built.
#include <map>
#include <set>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "core/diagnostics.h"
#include "core/source_pos.h"
#include "fonts/font_registry.h"
#include "layout/frame.h"
#include "layout/layout.h"
#include "style/style_sheet.h"

namespace layout {

class LayoutContext {
 public:
  LayoutContext(const style::StyleSheet& sheet, const fonts::FontRegistry& fonts, const LayoutOptions& options,
                panelpack::Diagnostics& diags, std::vector<StructNode>& structure);

  const style::StyleSheet& sheet;
  const fonts::FontRegistry& fonts;
  const LayoutOptions& options;
  panelpack::Diagnostics& diags;
  std::vector<StructNode>& structure;
  std::string lang;                 // the document's language
  double content_width = 0;         // of the page's content area
  double content_height = 0;        // the smaller of the first and other pages
  bool measuring = false;           // true while measuring table cells: no structure, no messages
  bool narrow_warned = false;       // the too-narrow content warning is given once per document

  panelpack::SourcePos pos(const pugi::xml_node& node) const;
  void error(const pugi::xml_node& node, const std::string& message, const std::string& hint = {});
  void warning(const pugi::xml_node& node, const std::string& message, const std::string& hint = {});

  // The face for a computed style (Liberation Sans when the family is
  // unknown, with a warning once per family list).
  const fonts::FontFace* face(const style::ComputedStyle& s, const pugi::xml_node& node);
  FontSpec font_spec(const style::ComputedStyle& s);

  // Warns once per character that the face has no glyph for `cp`.
  void missing_glyph(char32_t cp, const std::string& family, const pugi::xml_node& node);

  // Warns about anything outside the subset in the element's style attribute.
  void check_style_attribute(const pugi::xml_node& node) {
    if (!measuring && node.attribute("style"))
      style::StyleSheet::check_style_attribute(node.attribute("style").value(), pos(node), diags);
  }

  // Pixel sizes of images already read, by path (a logo on every page is read once).
  std::map<std::string, std::pair<int, int>> image_sizes;

  // A new structure element (kArtifact while measuring).
  StructId add_struct(Role role, StructId parent, const pugi::xml_node& node);

 private:
  panelpack::LineIndex lines_;  // of options.source_text
  std::set<std::string> warned_families_;
  std::set<char32_t> warned_glyphs_;
  struct FaceCache {
    std::string family;
    bool bold = false, italic = false;
    const fonts::FontFace* face = nullptr;
    FontSpec spec;
  };
  FaceCache cache_[4];  // the last family list, one slot per weight and style
  const FaceCache& cached(const style::ComputedStyle& s, const pugi::xml_node& node);
};

}  // namespace layout
