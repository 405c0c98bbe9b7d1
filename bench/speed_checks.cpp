#include "speed_checks.h"

#include <chrono>
#include <cstdio>

#include "core/file_system.h"
#include "fonts/font_registry.h"
#include "layout/layout.h"

namespace bench {

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

// About five pages per section: numbered paragraphs, a 13 x 10 table of
// figures and a line chart, like the performance annex.
std::string synthetic_paper(int sections) {
  const std::string para =
      " The panel noted the Commissioner's update on recorded crime, which rose by 5.08% compared with the same "
      "period last year, and asked officers to report back on the drivers of the increase in violence against the "
      "person, including domestic abuse related offences and the outcomes achieved for victims.";
  std::string s = "<article class=\"paper\" lang=\"en-GB\">";
  for (int k = 0; k < sections; ++k) {
    std::string n = std::to_string(k + 1);
    s += "<section id=\"s" + n + "\"><h2>" + n + ". Performance</h2>";
    for (int p = 0; p < 45; ++p) s += "<p>" + n + "." + std::to_string(p + 1) + para + "</p>";
    s += "<table><caption>Figures</caption><thead><tr>";
    for (int c = 0; c < 13; ++c) s += "<th>Col " + std::to_string(c) + "</th>";
    s += "</tr></thead><tbody>";
    for (int r = 0; r < 10; ++r) {
      s += "<tr>";
      for (int c = 0; c < 13; ++c) s += "<td class=\"num\">" + std::to_string((r + 1) * (c + 7) * 131) + "</td>";
      s += "</tr>";
    }
    s += "</tbody></table><figure><svg viewBox=\"0 0 400 200\" width=\"400\" height=\"200\"><title>Calls</title>"
         "<polyline fill=\"none\" stroke=\"#1d70b8\" points=\"0,100 50,80 100,120 150,60 200,90 250,70 300,110\"/>"
         "<text x=\"200\" y=\"190\" text-anchor=\"middle\">Month</text></svg></figure></section>";
  }
  return s + "</article>";
}

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
  const std::string html = synthetic_paper(215);
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
