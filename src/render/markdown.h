#pragma once
// Markdown text from content -> paper HTML (XHTML), CommonMark with tables;
// raw HTML in content is not passed through.
#include <string>

#include "core/diagnostics.h"

namespace panelpack {

// Block Markdown ("para\n\n- item") -> "<p>para</p>\n<ul>…</ul>\n". Elements
// outside the paper subset (code, quotes, rules, strikethrough, headings
// above h3) are reported at `pos`.
std::string markdown_to_paper(const std::string& text, const SourcePos& pos, Diagnostics& diags);

}  // namespace panelpack
