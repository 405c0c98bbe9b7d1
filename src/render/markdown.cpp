#include "render/markdown.h"

#include <md4c-html.h>

#include "core/markup_escape.h"

namespace panelpack {

namespace {
// Markdown constructs that papers do not support, and what to write instead.
struct Unsupported {
  const char* tag;
  const char* what;
  const char* hint;
};
const Unsupported kUnsupported[] = {
    {"<code>", "code", "papers have no code formatting: write the text plainly"},
    {"<pre>", "a code block", "indent text by fewer than four spaces, or remove the ``` fence"},
    {"<blockquote>", "a quotation block", "remove the '>' at the start of the line and put the quotation in quotes"},
    {"<hr", "a horizontal rule", "remove the line of dashes or asterisks"},
    {"<del>", "strikethrough", "remove the '~~' marks"},
    {"<h1>", "a level 1 heading", "start headings in content with '###' (the paper's own headings come first)"},
    {"<h2>", "a level 2 heading", "start headings in content with '###' (the paper's own headings come first)"},
};
}  // namespace

std::string markdown_to_paper(const std::string& text, const SourcePos& pos, Diagnostics& diags) {
  std::string out;
  md_html(
      text.data(), static_cast<MD_SIZE>(text.size()),
      [](const MD_CHAR* s, MD_SIZE n, void* user) { static_cast<std::string*>(user)->append(s, n); }, &out,
      MD_FLAG_NOHTML | MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEURLAUTOLINKS,
      MD_HTML_FLAG_XHTML | MD_HTML_FLAG_SKIP_UTF8_BOM);
  for (const auto& u : kUnsupported) {
    if (out.find(u.tag) != std::string::npos) {
      diags.error(pos, std::string("the text uses ") + u.what + " (not supported in papers)", u.hint);
      return escape_markup(text);
    }
  }
  // Images in text would need alternative text and a file check; papers take
  // images only from templates.
  if (out.find("<img") != std::string::npos) {
    diags.error(pos, "the text includes an image (not supported in text fields)",
                "remove the ![...](...) and add the image as an appendix");
    return escape_markup(text);
  }
  return out;
}

}  // namespace panelpack
