// Fuzzes the paper HTML reader: parse_paper (well-formedness, the subset,
// nesting depth) and check_images on the input; a paper it accepts is then
// laid out with the house style, as the PDF format does.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/diagnostics.h"
#include "core/embedded_files.h"
#include "core/file_system.h"
#include "fonts/font_registry.h"
#include "layout/layout.h"
#include "render/paper.h"
#include "style/style_sheet.h"

using namespace panelpack;

namespace {

// Layout is the slow part; longer inputs only exercise the parser.
constexpr size_t kMaxLayoutSize = 8192;

struct Fixture {
  MemoryFileSystem fs;
  fonts::FontRegistry fonts;
  style::StyleSheet sheet;
  Fixture() {
    // A PNG header of 40 x 20 pixels and a JPEG-looking file that is not one.
    fs.add("site/crest.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\0\x28\0\0\0\x14\x08\x02\0\0\0", 29));
    fs.add("site/logo.jpg", std::string("\xff\xd8\xff\xe0\0\x10JFIF", 10));
    Diagnostics diags;
    for (const auto& f : assets::files())
      if (f.path == "styles/paper.css") sheet.parse(f.bytes, "styles/paper.css", diags);
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Fixture* fx = new Fixture;
  std::string html(reinterpret_cast<const char*>(data), size);
  Diagnostics diags;
  Paper paper = parse_paper(html, "templates/agenda.html", "meetings/m/meeting.yaml", diags);
  if (paper.doc && paper.root() && size <= kMaxLayoutSize) {
    check_images(paper, fx->fs, "site", "meetings/m/meeting.yaml", diags);
    layout::LayoutOptions options;
    options.title = "Agenda";
    options.base_dir = "site";
    options.source_name = "agenda";
    options.fs = &fx->fs;
    options.fonts = &fx->fonts;
    (void)layout::layout_document(paper.root(), fx->sheet, options, diags);
  }
  (void)diags.format();
  return 0;
}
