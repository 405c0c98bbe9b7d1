#include <doctest/doctest.h>

#include "core/file_system.h"
#include "layout/layout_test_support.h"
#include "layout/synthetic_paper.h"

// The time this takes is a benchmark (panelpack_bench --speed-checks), not a test.
TEST_CASE("a long paper in the house style lays out with a bookmark and a destination per section") {
  const size_t sections = 22;
  std::string html = layout_test::synthetic_paper(static_cast<int>(sections));
  panelpack::DiskFileSystem disk;
  std::string why;
  auto css = disk.read(std::string(PANELPACK_SOURCE_DIR) + "/styles/paper.css", &why);
  REQUIRE(css);
  panelpack::Diagnostics diags;
  style::StyleSheet sheet;
  sheet.parse(*css, "styles/paper.css", diags);
  pugi::xml_document doc;
  REQUIRE(layout::parse_paper_html(html, doc));
  layout::LayoutOptions options;
  options.fonts = &layout_test::shared_fonts();
  layout::Frames frames = layout::layout_document(doc.document_element(), sheet, options, diags);
  CHECK(diags.all().empty());
  CHECK(frames.pages.size() >= 4 * sections);
  CHECK(frames.bookmarks.size() == sections);
  CHECK(frames.destinations.size() == sections);
}
