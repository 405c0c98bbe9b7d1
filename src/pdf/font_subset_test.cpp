#include "pdf/font_subset.h"

#include <doctest/doctest.h>

#include <fstream>
#include <set>

#include "pdf/font_files.h"

namespace {
const std::string kRegular = std::string(pdf::kDefaultFontDir) + "/LiberationSans-Regular.ttf";

size_t file_size(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  return static_cast<size_t>(in.tellg());
}
}  // namespace

TEST_CASE("a subset holds only the glyphs asked for, renumbered from 1") {
  std::string why;
  auto s = pdf::subset_font(kRegular, {U'A', U'b', U'£', U'–'}, &why);
  REQUIRE_MESSAGE(s, why);
  CHECK(s->missing.empty());
  CHECK(s->widths.size() == 5);  // .notdef + 4
  CHECK(s->glyphs.size() == 4);
  std::set<uint16_t> ids;
  for (auto [cp, gid] : s->glyphs) ids.insert(gid);
  CHECK(ids == std::set<uint16_t>{1, 2, 3, 4});
  // Liberation Sans is metric-compatible with Arial: A is 1366/2048 em.
  CHECK(s->widths[s->glyphs.at(U'A')] == doctest::Approx(666.99).epsilon(0.001));
  CHECK(s->widths[s->glyphs.at(U'–')] == doctest::Approx(556.15).epsilon(0.001));
  CHECK(s->data.size() < file_size(kRegular) / 20);
  CHECK(s->data.size() > 500);
  CHECK(s->metrics.ascent == 905);
  CHECK(s->metrics.descent == -212);
  CHECK(s->metrics.italic_angle == 0);
  CHECK_FALSE(s->metrics.fixed_pitch);
}

TEST_CASE("code points the font lacks are reported, not subset") {
  auto s = pdf::subset_font(kRegular, {U'a', U'漢'});
  REQUIRE(s);
  CHECK(s->missing == std::vector<char32_t>{U'漢'});
  CHECK(s->glyphs.size() == 1);
}

TEST_CASE("an unreadable font file says why") {
  std::string why;
  CHECK_FALSE(pdf::subset_font("/nonexistent/font.ttf", {U'a'}, &why));
  CHECK(why == "cannot read /nonexistent/font.ttf");
}
