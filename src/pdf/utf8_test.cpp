#include "pdf/utf8.h"

#include <doctest/doctest.h>

TEST_CASE("UTF-8 decodes to code points, malformed bytes to U+FFFD") {
  CHECK(pdf::decode_utf8("£3 – ’é") == U"£3 – ’é");
  CHECK(pdf::decode_utf8("\xF0\x9F\x98\x80") == U"\U0001F600");
  CHECK(pdf::decode_utf8("a\xFF" "b") == U"a\uFFFDb");
  CHECK(pdf::decode_utf8("\xC0\xAF") == U"\uFFFD\uFFFD");   // overlong
  CHECK(pdf::decode_utf8("\xE2\x82") == U"\uFFFD\uFFFD");   // truncated
  CHECK(pdf::decode_utf8("\xED\xA0\x80") == U"\uFFFD\uFFFD\uFFFD");  // surrogate
}

TEST_CASE("UTF-16BE uses surrogate pairs above the BMP") {
  CHECK(pdf::utf16be(U"A£") == std::string("\x00\x41\x00\xA3", 4));
  CHECK(pdf::utf16be(U"\U0001F600") == std::string("\xD8\x3D\xDE\x00", 4));
}
