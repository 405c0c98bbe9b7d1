#include "render/markdown.h"

#include <md4c-html.h>
#include <pugixml.hpp>

#include <optional>
#include <string_view>
#include <vector>

#include "core/markup_escape.h"
#include "core/safe_link.h"

namespace panelpack {

namespace {
constexpr unsigned kFlags =
    MD_FLAG_NOHTML | MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEURLAUTOLINKS |
    MD_FLAG_PERMISSIVEEMAILAUTOLINKS;

// How deep Markdown lists may nest: far beyond any paper's outline.
constexpr int kMaxListDepth = 10;

// A construct papers do not take, found at a byte offset of the text.
struct Problem {
  std::optional<size_t> offset;  // unknown until the construct's first text arrives
  std::string what;
  std::string hint;
  const char* opener = "";  // marks before the first text, for a span: the position steps back over them
};

// An opener meaning "the list marker": the position steps back to the first
// character of the text's line that is not a space.
constexpr const char* kListMarker = "\x01list";

// Walks the parse tree and records every construct outside the paper subset.
class Scanner {
 public:
  explicit Scanner(const std::string& text) : text_(text) {}

  std::vector<Problem> run() {
    MD_PARSER parser{};
    parser.flags = kFlags;
    parser.enter_block = [](MD_BLOCKTYPE t, void* d, void* u) { return self(u).enter_block(t, d); };
    parser.leave_block = [](MD_BLOCKTYPE t, void*, void* u) { return self(u).leave_block(t); };
    parser.enter_span = [](MD_SPANTYPE t, void* d, void* u) { return self(u).enter_span(t, d); };
    parser.leave_span = [](MD_SPANTYPE, void*, void*) { return 0; };
    parser.text = [](MD_TEXTTYPE, const MD_CHAR* s, MD_SIZE n, void* u) { return self(u).text(s, n); };
    md_parse(text_.data(), static_cast<MD_SIZE>(text_.size()), &parser, this);
    settle(next_line_after(last_end_));
    return std::move(problems_);
  }

 private:
  static Scanner& self(void* u) { return *static_cast<Scanner*>(u); }

  int leave_block(MD_BLOCKTYPE type) {
    if (type == MD_BLOCK_UL || type == MD_BLOCK_OL) --list_depth_;
    return 0;
  }

  int enter_block(MD_BLOCKTYPE type, void* detail) {
    switch (type) {
      case MD_BLOCK_UL:
      case MD_BLOCK_OL:
        // Lists nested deeper than any paper needs would nest the paper's
        // elements past what layout takes: the text's fault, said at its line.
        if (++list_depth_ > kMaxListDepth && !too_deep_) {
          too_deep_ = true;
          add("lists nested more than " + std::to_string(kMaxListDepth) + " deep",
              "nest lists less deeply: indent each level by two spaces more than the one above, and at most " +
                  std::to_string(kMaxListDepth) + " levels",
              kListMarker);
        }
        break;
      case MD_BLOCK_QUOTE:
        add("a quotation block", "remove the '>' at the start of the line and put the quotation in quotes", "> ");
        break;
      case MD_BLOCK_HR:
        // A rule has no text of its own: it stands on the line after the last text.
        add("a horizontal rule", "remove the line of dashes or asterisks");
        settle(next_line_after(last_end_));
        break;
      case MD_BLOCK_CODE:
        add("a code block", "indent text by fewer than four spaces, or remove the ``` fence");
        break;
      case MD_BLOCK_H:
        if (static_cast<MD_BLOCK_H_DETAIL*>(detail)->level < 4)
          add("a level " + std::to_string(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level) + " heading",
              "start headings in text with '####' (the paper's own headings come first)", "# ");
        break;
      default: break;
    }
    return 0;
  }

  int enter_span(MD_SPANTYPE type, void* detail) {
    switch (type) {
      case MD_SPAN_CODE: add("code", "papers have no code formatting: write the text plainly", "`"); break;
      case MD_SPAN_DEL: add("strikethrough", "remove the '~~' marks", "~"); break;
      case MD_SPAN_IMG:
        // Images in text would need alternative text and a file check; papers
        // take images only from templates.
        add("an image", "remove the ![...](...) and add the image as an appendix", "![");
        break;
      case MD_SPAN_A: {
        const MD_ATTRIBUTE& href = static_cast<MD_SPAN_A_DETAIL*>(detail)->href;
        std::string url(href.text, href.size);
        // A character reference could spell a scheme ("javascript&#58;"):
        // addresses are written plainly or not at all.
        bool plain = true;
        for (int i = 0; href.substr_offsets[i] < href.size; ++i)
          if (href.substr_types[i] != MD_TEXT_NORMAL) plain = false;
        if (!plain || !safe_link(url))
          add("a link to '" + url + "'", "links may be web addresses (https://…), mailto: or tel: only", "[<");
        break;
      }
      default: break;
    }
    return 0;
  }

  int text(const MD_CHAR* s, MD_SIZE n) {
    if (s >= text_.data() && s < text_.data() + text_.size()) {
      size_t at = static_cast<size_t>(s - text_.data());
      settle(at);
      last_end_ = at + n;
    }
    return 0;
  }

  void add(std::string what, std::string hint, const char* opener = "") {
    problems_.push_back({std::nullopt, std::move(what), std::move(hint), opener});
  }

  // Problems still waiting for a position take `offset`.
  void settle(size_t offset) {
    for (auto& p : problems_) {
      if (p.offset) continue;
      size_t at = offset;
      if (p.opener == kListMarker) {
        const size_t line = text_.rfind('\n', at == 0 ? 0 : at - 1);
        at = text_.find_first_not_of(' ', line == std::string::npos ? 0 : line + 1);
        p.offset = std::min(at, offset);
        continue;
      }
      while (at > 0 && std::string_view(p.opener).find(text_[at - 1]) != std::string_view::npos) --at;
      p.offset = at;
    }
  }

  size_t next_line_after(size_t offset) const {
    size_t nl = text_.find('\n', offset);
    if (nl == std::string::npos) return offset;
    size_t at = nl + 1;
    while (at < text_.size() && (text_[at] == '\n' || text_[at] == '\r')) ++at;
    return at < text_.size() ? at : offset;
  }

  const std::string& text_;
  std::vector<Problem> problems_;
  size_t last_end_ = 0;
  int list_depth_ = 0;
  bool too_deep_ = false;
};

// Where byte `offset` of a text value stands in its file. `start` is where
// the value begins: after a literal block indicator ('|') the text's lines
// are the following lines of the file, less the block's indentation; a value
// on one line starts at `start` (after its opening quote). Elsewhere (a
// folded '>' block, a plain value over several lines) the value's own
// position is the best answer.
SourcePos position_of(const std::string& text, size_t offset, const SourcePos& start, const Diagnostics& diags) {
  SourcePos within = position_in(start.file, text, offset);
  int line = within.line - 1;  // lines of the text before the offset's own
  int col = within.col - 1;    // characters before the offset on its line
  std::string first = diags.source_line(start.file, start.line);
  if (start.col < 1 || static_cast<size_t>(start.col) > first.size()) return start;
  char at = first[static_cast<size_t>(start.col - 1)];
  if (at == '|') {
    // The block's indentation is that of its first line with text.
    for (int l = start.line + 1; l <= start.line + 1 + line; ++l) {
      size_t indent = diags.source_line(start.file, l).find_first_not_of(' ');
      if (indent != std::string::npos) return {start.file, start.line + 1 + line, static_cast<int>(indent) + 1 + col};
    }
    return start;
  }
  if (at == '>') return start;
  if (line > 0) return start;
  return {start.file, start.line, start.col + col + (at == '"' || at == '\'' ? 1 : 0)};
}

// md4c's XHTML for `text`.
std::string render_html(const std::string& text, unsigned flags) {
  std::string out;
  md_html(
      text.data(), static_cast<MD_SIZE>(text.size()),
      [](const MD_CHAR* s, MD_SIZE n, void* user) { static_cast<std::string*>(user)->append(s, n); }, &out, flags,
      MD_HTML_FLAG_XHTML | MD_HTML_FLAG_SKIP_UTF8_BOM);
  return out;
}

// Text that was not converted comes back escaped; a NUL byte (which no
// markup may hold) becomes U+FFFD, as Markdown's own rendering does.
std::string refused(const std::string& text) {
  std::string escaped = escape_markup(text);
  for (size_t at; (at = escaped.find('\0')) != std::string::npos;) escaped.replace(at, 1, "\xEF\xBF\xBD");
  return escaped;
}

bool well_formed(const std::string& html) {
  const std::string wrapped = "<div>" + html + "</div>";
  pugi::xml_document doc;
  return static_cast<bool>(doc.load_buffer(wrapped.data(), wrapped.size(), pugi::parse_default, pugi::encoding_utf8));
}
}  // namespace

std::string markdown_to_paper(const std::string& text, const SourcePos& pos, Diagnostics& diags) {
  std::vector<Problem> problems = Scanner(text).run();
  for (const Problem& p : problems)
    diags.error(position_of(text, p.offset.value_or(0), pos, diags),
                "the text uses " + p.what + " (not supported in papers)", p.hint);
  if (!problems.empty()) return refused(text);

  std::string out = render_html(text, kFlags);
  // md4c can let a bare address run over the end of a table cell and leave
  // its <a> open ("| http://x.uk|"); such text is read again without bare
  // addresses as links.
  bool ok = well_formed(out);
  if (!ok) {
    out = render_html(text, kFlags & ~(MD_FLAG_PERMISSIVEURLAUTOLINKS | MD_FLAG_PERMISSIVEEMAILAUTOLINKS));
    ok = well_formed(out);
  }
  if (!ok) {
    diags.error(pos, "failed to convert the text to markup (Markdown gave malformed XHTML)",
                "simplify the text's tables and links");
    return refused(text);
  }
  // A column's alignment (---: and :---:) comes as md4c's align attribute,
  // which HTML no longer has: it becomes the style both outputs read.
  for (size_t at; (at = out.find(" align=\"")) != std::string::npos;) {
    size_t end = out.find('"', at + 8);
    if (end == std::string::npos) break;
    out.replace(at, end + 1 - at, " style=\"text-align: " + out.substr(at + 8, end - at - 8) + "\"");
  }
  // Header cells of Markdown tables head their columns.
  std::string scoped;
  size_t from = 0;
  for (size_t at; (at = out.find("<th", from)) != std::string::npos; from = at + 3) {
    scoped.append(out, from, at + 3 - from);
    if (out[at + 3] == '>' || out[at + 3] == ' ') scoped += " scope=\"col\"";
  }
  scoped.append(out, from, std::string::npos);
  return scoped;
}

std::string markdown_to_inline_paper(const std::string& text, const SourcePos& pos, Diagnostics& diags) {
  std::string html = text.empty() ? "" : markdown_to_paper(text, pos, diags);
  if (html.rfind("<p>", 0) == 0 && html.size() >= 8 && html.compare(html.size() - 5, 5, "</p>\n") == 0 &&
      html.find("<p>", 3) == std::string::npos)
    html = html.substr(3, html.size() - 8);
  return html;
}

}  // namespace panelpack
