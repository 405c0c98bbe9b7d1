#pragma once
// The declarations of @page and of its margin boxes.
#include <optional>
#include <string>

#include "core/diagnostics.h"
#include "style/css_parser.h"
#include "style/page_style.h"

namespace style {

// size (A3, A4, A5, letter, legal, optionally portrait/landscape, or two
// lengths), margin and margin-top/right/bottom/left. With diags, anything
// else is a warning. Returns whether the declaration was understood.
bool apply_page_declaration(PageStyle& page, const RawDeclaration& d, panelpack::Diagnostics* diags);

// content, font-family, font-size, font-weight, font-style and color.
// Returns false for an unsupported declaration (after warning) or for
// content: none (which empties the box).
bool apply_margin_box_declaration(MarginBox& box, const RawDeclaration& d, panelpack::Diagnostics& diags);

// top-left, top-center, top-right, bottom-left, bottom-center, bottom-right.
bool is_margin_box_name(const std::string& name);

// The text of a quoted CSS string ("a", 'b', with \" escapes).
std::optional<std::string> unquote(const std::string& value);

}  // namespace style
