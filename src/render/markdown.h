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

// The same for text that sits inside an element of its own (a list item, a
// resolution): one paragraph comes back without its <p> … </p>; anything
// more stays blocks.
std::string markdown_to_inline_paper(const std::string& text, const SourcePos& pos, Diagnostics& diags);

}  // namespace panelpack
