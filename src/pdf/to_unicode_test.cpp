#include "pdf/to_unicode.h"

#include <doctest/doctest.h>

namespace {

std::string body(const std::string& cmap) {
  size_t a = cmap.find("endcodespacerange\n") + 18;
  size_t b = cmap.find("endcmap");
  return cmap.substr(a, b - a);
}

}  // namespace

TEST_CASE("consecutive glyphs with consecutive code points become one bfrange") {
  std::map<uint16_t, char32_t> m = {{1, U'a'}, {2, U'b'}, {3, U'c'}, {4, U'£'}, {7, U'–'}};
  CHECK(body(pdf::to_unicode_cmap(m)) ==
        "2 beginbfchar\n"
        "<0004> <00A3>\n"
        "<0007> <2013>\n"
        "endbfchar\n"
        "1 beginbfrange\n"
        "<0001> <0003> <0061>\n"
        "endbfrange\n");
}

TEST_CASE("the CMap is a bf map with a two-byte code space, never a cid map") {
  std::string cmap = pdf::to_unicode_cmap({{5, U'x'}});
  CHECK(cmap.find("/CMapType 2 def") != std::string::npos);
  CHECK(cmap.find("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n") != std::string::npos);
  CHECK(cmap.find("cidrange") == std::string::npos);
  CHECK(cmap.find("CMapName currentdict /CMap defineresource pop") != std::string::npos);
}

TEST_CASE("a range never crosses a 256-glyph or 256-code-point boundary") {
  std::map<uint16_t, char32_t> m = {{0xFE, 0x40}, {0xFF, 0x41}, {0x100, 0x42}, {0x101, 0x43}};
  CHECK(body(pdf::to_unicode_cmap(m)) ==
        "2 beginbfrange\n"
        "<00FE> <00FF> <0040>\n"
        "<0100> <0101> <0042>\n"
        "endbfrange\n");
  std::map<uint16_t, char32_t> n = {{1, 0xFF}, {2, 0x100}};
  CHECK(body(pdf::to_unicode_cmap(n)) == "2 beginbfchar\n<0001> <00FF>\n<0002> <0100>\nendbfchar\n");
}

TEST_CASE("code points beyond the BMP are written as surrogate pairs") {
  CHECK(body(pdf::to_unicode_cmap({{9, U'\U0001F600'}})) ==
        "1 beginbfchar\n<0009> <D83DDE00>\nendbfchar\n");
}

TEST_CASE("blocks hold at most 100 entries") {
  std::map<uint16_t, char32_t> m;
  for (uint16_t g = 1; g <= 150; ++g) m[g] = 0x1000 + 2 * g;  // no runs
  std::string b = body(pdf::to_unicode_cmap(m));
  CHECK(b.rfind("100 beginbfchar\n", 0) == 0);
  CHECK(b.find("endbfchar\n50 beginbfchar\n") != std::string::npos);
}
