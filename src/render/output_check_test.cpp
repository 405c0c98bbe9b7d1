#include "render/output_check.h"

#include <doctest/doctest.h>

using namespace panelpack;

namespace {
std::vector<std::string> whats(const std::string& html, const std::vector<std::string>& allowed = {}) {
  std::vector<std::string> out;
  for (const auto& f : scan_markup(html, allowed).found) out.push_back(f.what);
  return out;
}
}  // namespace

TEST_CASE("ordinary pages are safe") {
  CHECK(whats("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=utf-8><title>a < b</title>"
              "<link rel=\"stylesheet\" href=\"../assets/site.css\"></head><body><a href=\"https://x.org/\">x</a>"
              "<a href=mailto:a@b.org>m</a><a href=\"#item-3\">3</a><img src=\"logo.png\" alt=\"\"/>"
              "<p>onclick=\"x\" as text</p><!-- <script> in a comment --></body></html>")
            .empty());
}

TEST_CASE("scripts in every disguise are found") {
  CHECK(whats("<p ONMOUSEOVER='x()'>") == std::vector<std::string>{"an event attribute onmouseover on <p>"});
  CHECK(whats("<a href=\"&#x6A;avascript&colon;x\">") ==
        std::vector<std::string>{"a link to a javascript: address in href of <a>"});
  CHECK(whats("<a href=\"java\tscript:x\">") ==
        std::vector<std::string>{"a link to a javascript: address in href of <a>"});
  CHECK(whats("<img src=data:image/svg+xml;base64,AAAA>") ==
        std::vector<std::string>{"a link to a data: address in src of <img>"});
  CHECK(whats("<form action=\"vbscript:x\">") ==
        std::vector<std::string>{"a link to a vbscript: address in action of <form>"});
  CHECK(whats("<img srcset=\"a.png 1x, javascript:x 2x\">") ==
        std::vector<std::string>{"a link to a javascript: address in srcset of <img>"});
  CHECK(whats("<meta http-equiv=refresh content=\"0;url=javascript:x\">") ==
        std::vector<std::string>{"a link to a javascript: address in content of <meta>"});
  CHECK(whats("<svg><a xlink:href=\"javascript:x\"/></svg>") ==
        std::vector<std::string>{"a link to a javascript: address in xlink:href of <a>"});
  CHECK(whats("<script>alert(1)</script><p>after</p>") == std::vector<std::string>{"a <script> element"});
  CHECK(whats("<SCRIPT src=\"https://a.org/x.js\"></SCRIPT>") ==
        std::vector<std::string>{"a <script> element for https://a.org/x.js"});
}

TEST_CASE("a script the site allows by its address is published, and only when it is empty") {
  const std::vector<std::string> allowed = {"https://stats.example.org/a.js"};
  CHECK(whats("<script src=\"https://stats.example.org/a.js\" defer></script>", allowed).empty());
  CHECK(whats("<script src=\"https://stats.example.org/a.js\">steal()</script>", allowed).size() == 1);
  CHECK(whats("<script src=\"https://stats.example.org/b.js\"></script>", allowed).size() == 1);
}

TEST_CASE("only markup panelpack makes may be inserted unescaped") {
  CHECK(raw_field_allowed("paper"));
  CHECK(raw_field_allowed("description_html"));
  CHECK(raw_field_allowed("item.chart_svg"));
  CHECK_FALSE(raw_field_allowed("title"));
  CHECK_FALSE(raw_field_allowed("site_name"));
}

TEST_CASE("a scan tells whether markup ends in text, and counts a slot where it stands as text") {
  for (const char* open : {"<p title=\"x", "<p", "<!-- x", "<!DOCTYPE", "</p", "<script>x", "<style>p{}", "a <"}) {
    CAPTURE(open);
    CHECK_FALSE(scan_markup(std::string("<p>a</p>") + open, {}).ends_in_text);
  }
  for (const char* closed : {"", "<p>a</p>", "a < b", "<!-- x -->", "<script src=\"a.js\"></script>", "x &amp; y"}) {
    CAPTURE(closed);
    CHECK(scan_markup(closed, {}).ends_in_text);
  }
  const std::string slot = "@@";
  CHECK(scan_markup("@@<p>@@</p>@@", {}, slot).slots_in_text == 3);
  CHECK(scan_markup("<p title=\"@@\">x</p><!-- @@ --><style>@@</style><@@", {}, slot).slots_in_text == 0);
}
