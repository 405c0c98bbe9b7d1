#include "pdf/font_files.h"

#include <doctest/doctest.h>

namespace {
layout::FontSpec spec(std::string family, bool bold = false, bool italic = false) {
  return {std::move(family), bold, italic};
}
}  // namespace

TEST_CASE("house families and their aliases map to the Liberation files") {
  bool known = false;
  auto f = pdf::face_file(spec("Arial", true, true), &known);
  CHECK(known);
  CHECK(f.file == "LiberationSans-BoldItalic.ttf");
  CHECK(f.base_font == "LiberationSans-BoldItalic");
  CHECK(f.label == "Liberation Sans Bold Italic");
  CHECK(pdf::face_file(spec("Liberation Sans")).file == "LiberationSans-Regular.ttf");
  CHECK(pdf::face_file(spec("Liberation Sans")).base_font == "LiberationSans");
  CHECK(pdf::face_file(spec("Helvetica", false, true)).file == "LiberationSans-Italic.ttf");
  CHECK(pdf::face_file(spec("serif", true)).file == "LiberationSerif-Bold.ttf");
  CHECK(pdf::face_file(spec("'Courier New', monospace")).file == "LiberationMono-Regular.ttf");
}

TEST_CASE("a CSS family list is tried in order; an unknown list falls back") {
  bool known = true;
  CHECK(pdf::face_file(spec("\"Frutiger\", Georgia, Times New Roman, serif"), &known).file ==
        "LiberationSerif-Regular.ttf");
  CHECK(known);
  CHECK(pdf::face_file(spec("Comic Sans MS"), &known).file == "LiberationSans-Regular.ttf");
  CHECK_FALSE(known);
}
