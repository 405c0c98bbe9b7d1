#pragma once
// Layout: paper HTML (a pugixml tree) + the house style sheet -> pages of
// positioned items (frame.h), ready for the PDF painter.
#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "core/diagnostics.h"
#include "core/file_system.h"
#include "fonts/font_registry.h"
#include "layout/frame.h"
#include "style/style_sheet.h"

namespace layout {

struct LayoutOptions {
  std::string title;              // running header text: string(title) in margin boxes
  std::string lang = "en-GB";     // document language when the root has no lang attribute
  std::string base_dir;           // img src paths are resolved against this folder
  std::string source_name;        // the paper HTML's name in messages ("agenda.html")
  std::string_view source_text;   // the text that was parsed, to turn offsets into line:col
  const panelpack::FileSystem* fs = nullptr;     // image files are read through it (the disk when null)
  const fonts::FontRegistry* fonts = nullptr;    // shared font registry (a private one when null)
  int first_page_number = 1;      // counter(page) of the first page, for packs
  std::string blank_page_text = "This page is intentionally left blank";
};

// Parses paper HTML for layout: XML rules, with white space between inline
// elements kept (pugi::parse_ws_pcdata), which layout needs.
pugi::xml_parse_result parse_paper_html(std::string_view text, pugi::xml_document& doc);

// Lays out the element `root` (usually <article class="paper …">) and
// everything in it. An element outside the paper HTML subset is an error
// naming it and its line; a character missing from the font, a missing
// image and an unknown font family are warnings. Frames::structure[0] is
// the Document root and carries the document language.
Frames layout_document(const pugi::xml_node& root, const style::StyleSheet& sheet, const LayoutOptions& options,
                       panelpack::Diagnostics& diags);

// The same without the @page margin boxes (running title, page numbers):
// the laid-out body that a build keeps, and composes into packs, before
// add_margin_boxes (margin_boxes.h) numbers the pages where they end up.
Frames layout_body(const pugi::xml_node& root, const style::StyleSheet& sheet, const LayoutOptions& options,
                   panelpack::Diagnostics& diags);

}  // namespace layout
