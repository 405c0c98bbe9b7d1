#include "speed_checks.h"

#include <chrono>
#include <cstdio>

#include "core/file_system.h"
#include "fonts/font_registry.h"
#include "layout/layout.h"
#include "layout/synthetic_paper.h"

namespace bench {

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }


bool check(const char* what, double ms, double target_ms) {
  bool ok = ms < target_ms;
  std::printf("%s: %.1f ms (target < %.0f ms) %s\n", what, ms, target_ms, ok ? "ok" : "MISSED");
  return ok;
}

}  // namespace

int run_speed_checks(const std::string& paper_css) {
  bool ok = true;
  fonts::FontRegistry fonts;
  const fonts::FontFace* face = fonts.face("Liberation Sans", false, false);  // font loading is not layout
  if (!face) {
    std::fprintf(stderr, "panelpack_bench: Liberation Sans is missing\n");
    return 1;
  }

  std::string text;
  for (int i = 0; i < 20000; ++i) text += "The quick brown fox £12 ";
  auto t0 = Clock::now();
  double width = face->width(text, 11);
  ok = check("measure a million characters", ms_since(t0), 50) && width > 0 && ok;

  panelpack::DiskFileSystem disk;
  std::string why;
  auto css = disk.read(paper_css, &why);
  if (!css) {
    std::fprintf(stderr, "panelpack_bench: cannot read %s (%s)\n", paper_css.c_str(), why.c_str());
    return 1;
  }
  panelpack::Diagnostics diags;
  style::StyleSheet sheet;
  sheet.parse(*css, "styles/paper.css", diags);
  const std::string html = layout_test::synthetic_paper(215);
  pugi::xml_document doc;
  if (!layout::parse_paper_html(html, doc)) return 1;
  layout::LayoutOptions options;
  options.fonts = &fonts;
  t0 = Clock::now();
  layout::Frames frames = layout::layout_document(doc.document_element(), sheet, options, diags);
  double ms = ms_since(t0);
  std::printf("layout of %zu house-style pages:\n  ", frames.pages.size());
  ok = check("a thousand pages", ms, 1000) && frames.pages.size() >= 1000 && diags.all().empty() && ok;
  return ok ? 0 : 1;
}

}  // namespace bench
