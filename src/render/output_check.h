#pragma once
// What no template may publish, whatever it is given: scripts. Every
// template's output (the papers, page.html, the site's pages) is checked as
// content is: no on* event attributes, no link or source to any address but
// http, https, mailto, tel or a relative one (so no javascript: or data:), and
// no <script> element unless the site file allows that very script
// (`allow_scripts` in panelpack.yaml, docs/content.md).
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"

namespace panelpack {

struct UnsafeMarkup {
  size_t offset = 0;  // where in the output it starts
  std::string what;   // "an event attribute onclick on <a>"
  std::string hint;
};

// Everything in `html` that could run a script (`found`). `html` is scanned
// as a browser would read it (not as XML), so markup that is not well formed
// cannot hide it. Also what decides whether checked markup may be put into
// other checked markup without reading it again: the scan ends as it began,
// in text (not inside a tag, a comment or a script, nor after a lone '<'
// that the next text could make a tag), and how many times `slot` stands in
// text (not right after a '<').
struct MarkupScan {
  std::vector<UnsafeMarkup> found;
  bool ends_in_text = true;
  size_t slots_in_text = 0;
};
MarkupScan scan_markup(const std::string& html, const std::vector<std::string>& allowed_scripts,
                       std::string_view slot = {});

// Reports each finding (its offset in `html`) as an error naming the
// template and the output line: "templates/page.html: error: the template
// produced an event attribute onclick on <a> for meetings/…/meeting.yaml
// (scripts are not published, output line 14)".
void report_unsafe(const std::vector<UnsafeMarkup>& found, const std::string& html, const std::string& template_file,
                   const std::string& for_file, Diagnostics& diags);

// Whether a template may insert field `name` unescaped ({{{name}}} or
// {{&name}}): only markup panelpack made itself, the `paper` of page.html and
// the fields named *_html or *_svg. Anything else is content text, which
// would otherwise inject markup.
bool raw_field_allowed(const std::string& name);

}  // namespace panelpack
