#pragma once
// Helpers for the layout tests: lay out paper HTML text with a style sheet
// and look through the dump.
#include <algorithm>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "layout/layout.h"

namespace layout_test {

struct Result {
  layout::Frames frames;
  std::string dump;
  panelpack::Diagnostics diags;

  // Dump lines containing every one of `parts`.
  std::vector<std::string> lines(std::initializer_list<std::string> parts) const {
    std::vector<std::string> out;
    std::istringstream in(dump);
    std::string line;
    while (std::getline(in, line)) {
      bool all = true;
      for (const std::string& p : parts) all = all && line.find(p) != std::string::npos;
      if (all) out.push_back(line);
    }
    return out;
  }
  bool has(std::initializer_list<std::string> parts) const { return !lines(parts).empty(); }
};

inline const fonts::FontRegistry& shared_fonts() {
  static fonts::FontRegistry registry;
  return registry;
}

// A4 with 72pt margins unless the css says otherwise.
inline Result run(const std::string& html, const std::string& css = "", layout::LayoutOptions options = {}) {
  Result r;
  pugi::xml_document doc;
  auto ok = layout::parse_paper_html(html, doc);
  REQUIRE_MESSAGE(ok, ok.description());
  style::StyleSheet sheet;
  sheet.parse(css, "test.css", r.diags);
  options.source_name = "paper.html";
  options.source_text = html;
  options.fonts = &shared_fonts();
  r.frames = layout::layout_document(doc.document_element(), sheet, options, r.diags);
  r.dump = layout::dump(r.frames);
  return r;
}

}  // namespace layout_test

namespace layout_test {

// Every text run of the frames, with its page (0-based).
struct Run {
  int page;
  layout::TextRun run;
};
inline std::vector<Run> runs(const layout::Frames& f) {
  std::vector<Run> out;
  for (std::size_t p = 0; p < f.pages.size(); ++p)
    for (const layout::Item& it : f.pages[p].items)
      if (const auto* t = std::get_if<layout::TextRun>(&it)) out.push_back(Run{static_cast<int>(p), *t});
  return out;
}

inline double width_of(const layout::TextRun& r) {
  const fonts::FontFace* f = shared_fonts().face(r.font.family, r.font.bold, r.font.italic);
  return f ? f->width(r.text, r.size) : 0;
}

constexpr double kLeft = 72, kRight = 595.28 - 72, kTop = 72, kBottom = 841.89 - 72;

}  // namespace layout_test
