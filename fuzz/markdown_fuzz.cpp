// Fuzzes Markdown conversion: markdown_to_paper on the input, as a value that
// starts on line 3 of a content file. Whatever the text, the result must be
// well-formed markup (it is pasted into papers unescaped), so a result that
// pugixml refuses is a finding.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <string>

#include <pugixml.hpp>

#include "core/diagnostics.h"
#include "render/markdown.h"

using namespace panelpack;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  Diagnostics diags;
  const std::string file = "content/meetings/m/meeting.yaml";
  diags.add_source(file, "purpose: |\n\n" + text);
  std::string html = markdown_to_paper(text, {file, 3, 3}, diags);
  (void)diags.format();
  const std::string wrapped = "<div>" + html + "</div>";
  pugi::xml_document doc;
  auto ok = doc.load_buffer(wrapped.data(), wrapped.size(), pugi::parse_default | pugi::parse_ws_pcdata,
                            pugi::encoding_utf8);
  if (!ok) {
    std::fprintf(stderr, "markdown_to_paper gave malformed markup (%s at %td):\n%s\n", ok.description(), ok.offset,
                 html.c_str());
    std::abort();
  }
  return 0;
}
