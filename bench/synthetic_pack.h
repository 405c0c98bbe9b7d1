#pragma once
// The benchmark's synthetic meeting pack as paper HTML: numbered sections of
// numbered paragraphs, performance tables of 10 columns x 13 rows and SVG
// charts in the chart subset (path, line, polyline, rect, circle, text with
// fill, stroke, dash and opacity). Deterministic: same scale, same bytes.
// scale 1 is about 100 A4 pages; scale 10 about 1,000.
#include <string>

namespace bench {

struct PackShape {
  int sections = 12;
  int paragraphs_per_section = 71;
  int tables = 10;
  int charts = 12;
};

PackShape pack_shape(int scale);

// A complete XHTML document: <html><head><title/><style>css</style></head>
// <body>…</body></html>, well-formed so pugixml and Chromium read the same.
std::string synthetic_pack_html(const PackShape& shape, const std::string& css);

// The print stylesheet both engines use for the benchmark.
std::string pack_css();

}  // namespace bench
