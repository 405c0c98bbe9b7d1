#include "pdf/link_annotations.h"

#include <doctest/doctest.h>

namespace {

layout::TextRun run(const std::string& text, layout::StructId tag) {
  layout::TextRun r;
  r.text = text;
  r.tag = tag;
  return r;
}

}  // namespace

TEST_CASE("a link's /Contents is the text layout gives it, whole across lines") {
  layout::Frames f;
  f.pages.resize(1);
  layout::Page& p = f.pages[0];
  const std::string url = "https://example.com/abcdefghijklmnop";
  // A URL cut inside a word at the end of the first line, and a link
  // broken at a space.
  p.items = {run("https://example.com/", 1), run("abcdefghijklmnop", 1), run("the", 2), run("list", 2)};
  p.links = {{72, 90, 200, 12, url, "", 1, url},
             {72, 102, 80, 12, url, "", 1, url},
             {100, 102, 20, 12, "", "x", 2, "the list"}};
  auto texts = pdf::link_texts(f);
  CHECK(texts[1] == url);
  CHECK(texts[2] == "the list");
}

TEST_CASE("without text from layout, a link's runs are joined with spaces") {
  layout::Frames f;
  f.pages.resize(1);
  f.pages[0].items = {run("Back to the ", 3), run("agenda", 4), run("panel", 5), run("website", 5)};
  f.pages[0].links = {{0, 0, 10, 10, "", "agenda", 4, ""}, {0, 20, 10, 10, "https://x.test/", "", 5, ""}};
  auto texts = pdf::link_texts(f);
  CHECK(texts.size() == 2);
  CHECK(texts[4] == "agenda");
  CHECK(texts[5] == "panel website");
}

TEST_CASE("a URI is written as 7-bit ASCII") {
  CHECK(pdf::ascii_uri("https://example.com/a b/caf\xc3\xa9") == "https://example.com/a%20b/caf%C3%A9");
}
