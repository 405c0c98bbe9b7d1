#pragma once
// Markdown text from content -> paper HTML (XHTML), CommonMark with tables;
// raw HTML in content is not passed through.
#include <string>

#include "core/diagnostics.h"

namespace panelpack {

// Block Markdown ("para\n\n- item") -> "<p>para</p>\n<ul>…</ul>\n". Every
// construct outside the paper subset (code, quotes, rules, strikethrough,
// images, headings above h4, links other than web, mail and telephone ones)
// is an error at its own line of the file when `pos` is where the value
// starts; the text then comes back escaped.
std::string markdown_to_paper(const std::string& text, const SourcePos& pos, Diagnostics& diags);

}  // namespace panelpack
