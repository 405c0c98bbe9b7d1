// panelpack_bench: times the PDF engine (paper HTML -> layout -> painter) on
// the synthetic meeting pack. Run by scripts/bench_engine.sh, one fresh
// process per measurement:
//
//   panelpack_bench --scale 1 --write-html pack.html    generate the pack
//   panelpack_bench --input pack.html --pdf pack.pdf     lay out and paint it
//   panelpack_bench --painter-only --pages 100           paint synthetic frames
//   panelpack_bench --speed-checks                       the wall-clock targets (speed_checks.h)
//
// Prints one line of figures: pages, seconds per phase, pages/s, peak RSS
// and PDF size.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include <pugixml.hpp>

#include "core/diagnostics.h"
#include "layout/layout.h"
#include "pdf/painter.h"
#include "style/style_sheet.h"
#include "synthetic_frames.h"
#include "synthetic_pack.h"
#include "speed_checks.h"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

double peak_rss_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024.0;
}

bool write_file(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  return static_cast<bool>(out);
}

int usage() {
  std::fprintf(stderr,
               "usage: panelpack_bench --scale N --write-html FILE\n"
               "       panelpack_bench --input FILE.html [--pdf FILE.pdf]\n"
               "       panelpack_bench --painter-only --pages N [--pdf FILE.pdf]\n"
               "       panelpack_bench --speed-checks\n");
  return 2;
}

pdf::DocumentInfo bench_info() {
  pdf::DocumentInfo info;
  info.title = "Benchmark meeting pack";
  info.author = "panelpack";
  info.subject = "Engine benchmark";
  info.date = "2025-01-20";
  return info;
}

void report(const char* what, size_t pages, double layout_s, double paint_s, double total_s,
            size_t bytes, const panelpack::Diagnostics& diags) {
  std::printf("%s: %zu pages | layout %.3f s | paint %.3f s | total %.3f s | %.0f pages/s | "
              "peak RSS %.1f MB | PDF %.1f KB | %d errors, %d warnings\n",
              what, pages, layout_s, paint_s, total_s, total_s > 0 ? pages / total_s : 0.0,
              peak_rss_mb(), bytes / 1024.0, diags.error_count(), diags.warning_count());
}

}  // namespace

int main(int argc, char** argv) {
  int scale = 0, pages = 0;
  bool painter_only = false;
  std::string write_html, input, pdf_path;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--scale") scale = std::atoi(value().c_str());
    else if (a == "--pages") pages = std::atoi(value().c_str());
    else if (a == "--write-html") write_html = value();
    else if (a == "--input") input = value();
    else if (a == "--pdf") pdf_path = value();
    else if (a == "--painter-only") painter_only = true;
    else if (a == "--speed-checks") return bench::run_speed_checks(PANELPACK_SOURCE_DIR "/styles/paper.css");
    else return usage();
  }
  auto start = Clock::now();

  if (!write_html.empty()) {
    if (scale <= 0) return usage();
    std::string html = bench::synthetic_pack_html(bench::pack_shape(scale), bench::pack_css());
    if (!write_file(write_html, html)) return 1;
    std::printf("wrote %s (%.0f KB) in %.3f s\n", write_html.c_str(), html.size() / 1024.0, seconds_since(start));
    return 0;
  }

  panelpack::Diagnostics diags;
  if (painter_only) {
    if (pages <= 0) return usage();
    layout::Frames frames = bench::synthetic_frames(pages);
    double build_s = seconds_since(start);
    auto t = Clock::now();
    std::string bytes = pdf::paint(frames, bench_info(), diags);
    double paint_s = seconds_since(t);
    if (!pdf_path.empty()) write_file(pdf_path, bytes);
    std::printf("(frames built in %.3f s)\n", build_s);
    report("painter only", frames.pages.size(), 0, paint_s, seconds_since(start), bytes.size(), diags);
    return diags.has_errors() ? 1 : 0;
  }

  if (input.empty()) return usage();
  std::ifstream in(input, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string html = ss.str();
  if (html.empty()) {
    std::fprintf(stderr, "panelpack_bench: cannot read %s\n", input.c_str());
    return 1;
  }
  pugi::xml_document doc;
  if (!layout::parse_paper_html(html, doc)) {
    std::fprintf(stderr, "panelpack_bench: %s is not well-formed XHTML\n", input.c_str());
    return 1;
  }
  style::StyleSheet sheet;
  sheet.parse(doc.child("html").child("head").child_value("style"), input, diags);
  auto t = Clock::now();
  layout::LayoutOptions options;
  options.title = "Benchmark meeting pack";
  options.source_name = input;
  options.source_text = html;
  layout::Frames frames =
      layout::layout_document(doc.child("html").child("body").child("article"), sheet, options, diags);
  double layout_s = seconds_since(t);
  double layout_rss = peak_rss_mb();
  t = Clock::now();
  std::string bytes = pdf::paint(frames, bench_info(), diags);
  double paint_s = seconds_since(t);
  if (!pdf_path.empty()) write_file(pdf_path, bytes);
  report(input.c_str(), frames.pages.size(), layout_s, paint_s, seconds_since(start), bytes.size(), diags);
  std::printf("  (peak RSS by the end of layout: %.1f MB)\n", layout_rss);
  if (diags.has_errors()) std::fputs(diags.format().c_str(), stderr);
  return diags.has_errors() ? 1 : 0;
}
