#include "core/utf8.h"

#include <doctest/doctest.h>

TEST_CASE("UTF-8 decodes and encodes one code point at a time") {
  std::string s = "a\xc2\xa3\xe2\x80\x93\xf0\x9f\x98\x80";  // a £ – 😀
  std::size_t i = 0;
  CHECK(panelpack::next_code_point(s, &i) == U'a');
  CHECK(panelpack::next_code_point(s, &i) == U'\u00a3');
  CHECK(panelpack::next_code_point(s, &i) == U'\u2013');
  CHECK(panelpack::next_code_point(s, &i) == U'\U0001F600');
  CHECK(i == s.size());
  std::string out;
  for (char32_t cp : {U'a', U'\u00a3', U'\u2013', U'\U0001F600'}) panelpack::append_utf8(out, cp);
  CHECK(out == s);
}

TEST_CASE("malformed UTF-8 becomes U+FFFD a byte at a time") {
  std::string s = "\xe2\x80";  // truncated
  std::size_t i = 0;
  CHECK(panelpack::next_code_point(s, &i) == 0xfffd);
  CHECK(i == 1);
  std::string t = "\xc3(";
  i = 0;
  CHECK(panelpack::next_code_point(t, &i) == 0xfffd);
  CHECK(panelpack::next_code_point(t, &i) == U'(');
}

TEST_CASE("UTF-8 decoding is strict: overlong forms, surrogates and cut-off sequences are U+FFFD") {
  CHECK(panelpack::utf8_length("\xc2\xa3", 0) == 2);
  CHECK(panelpack::utf8_length("\xc0\xaf", 0) == 0);          // overlong '/'
  CHECK(panelpack::utf8_length("\xed\xa0\x80", 0) == 0);      // a surrogate
  CHECK(panelpack::utf8_length("\xf4\x90\x80\x80", 0) == 0);  // above U+10FFFF
  CHECK(panelpack::utf8_length("\xe2\x80", 0) == 0);          // cut off
  std::string s = "\xc0\xaf" "a";
  std::size_t i = 0;
  CHECK(panelpack::next_code_point(s, &i) == 0xfffd);
  CHECK(i == 1);
}

TEST_CASE("UTF-8 is checked strictly, in long runs of ASCII too") {
  using panelpack::first_invalid_utf8;
  CHECK_FALSE(first_invalid_utf8("plain £ ’ é 😀"));
  CHECK(first_invalid_utf8("a\xC0\xAF") == 1u);          // overlong '/'
  CHECK(first_invalid_utf8("ab\xED\xA0\x80") == 2u);     // a surrogate
  CHECK(first_invalid_utf8("\xF4\x90\x80\x80") == 0u);   // above U+10FFFF
  CHECK(first_invalid_utf8("x\xE2\x82") == 1u);          // cut short at the end
  CHECK(first_invalid_utf8("\xEF\xBB\xBFkey: v") == std::nullopt);  // a byte order mark is fine
  const std::string ascii(37, 'x');
  CHECK_FALSE(first_invalid_utf8(ascii + "£" + ascii));
  for (std::size_t at = 0; at < 20; ++at) {  // a bad byte at every place in and around an eight-byte run
    std::string s = ascii;
    s[at] = '\x80';
    CHECK(first_invalid_utf8(s) == at);
  }
  CHECK(first_invalid_utf8(ascii + "\xE2\x82") == ascii.size());
}
