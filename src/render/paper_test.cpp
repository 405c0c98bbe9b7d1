#include "render/paper.h"

#include <doctest/doctest.h>

using namespace panelpack;

TEST_CASE("paper HTML inside the subset parses") {
  Diagnostics diags;
  Paper p = parse_paper("<article class=\"paper\"><h1>A</h1><p>b <strong>c</strong><br /></p></article>",
                        "templates/x.html", "m.yaml", diags);
  REQUIRE(p.doc);
  CHECK(std::string(p.root().name()) == "article");
  CHECK(diags.format() == "");
}

TEST_CASE("an element outside the subset is an error naming the template and the output line") {
  Diagnostics diags;
  Paper p = parse_paper("<article>\n<p>x</p>\n<blockquote>y</blockquote>\n</article>", "templates/x.html", "m.yaml",
                        diags);
  CHECK_FALSE(p.doc);
  CHECK(diags.format() ==
        "templates/x.html: error: the template produced <blockquote> for m.yaml (not in the paper subset, output "
        "line 3)\nhint: use the elements listed in docs/templates.md\n");
}

TEST_CASE("the chart subset of SVG, polygon and tspan included, parses") {
  Diagnostics diags;
  Paper p = parse_paper("<article><figure><svg><title>t</title><g><polygon points=\"0,0 1,1 1,0\" /></g>"
                        "<text x=\"1\" y=\"2\"><tspan>a</tspan></text></svg></figure></article>",
                        "templates/x.html", "m.yaml", diags);
  CHECK(p.doc);
  CHECK(diags.format() == "");
}

TEST_CASE("elements nested deeper than layout can take are an error, not a crash") {
  auto nested = [](int n) {
    std::string open, close;
    for (int i = 0; i < n; ++i) open += "<span>", close += "</span>";
    return "<article>\n<p>" + open + "x" + close + "</p>\n</article>";
  };
  Diagnostics fine;
  CHECK(parse_paper(nested(kMaxPaperDepth - 3), "templates/x.html", "m.yaml", fine).doc);
  CHECK_FALSE(fine.has_errors());
  Diagnostics diags;
  CHECK_FALSE(parse_paper(nested(30000), "templates/x.html", "m.yaml", diags).doc);
  CHECK(diags.format() ==
        "templates/x.html: error: the paper for m.yaml nests elements more than 200 deep (output line 2)\n"
        "hint: nest lists in the content, or elements in the template, less deeply\n");
}

TEST_CASE("malformed markup is an error") {
  Diagnostics diags;
  Paper p = parse_paper("<article><p>x</article>", "templates/x.html", "m.yaml", diags);
  CHECK_FALSE(p.doc);
  CHECK(diags.error_count() == 1);
  CHECK(diags.all()[0].message.find("malformed markup for m.yaml") != std::string::npos);
}

TEST_CASE("images must exist in the site and be PNG or JPEG") {
  MemoryFileSystem fs;
  fs.add("site/assets/logo.png", "x");
  Diagnostics diags;
  Paper p = parse_paper("<article><img src=\"assets/logo.png\" alt=\"Logo\" /><img src=\"assets/crest.gif\" alt=\"c\" />"
                        "<img src=\"missing.jpg\" alt=\"m\" /></article>",
                        "templates/x.html", "m.yaml", diags);
  check_images(p, fs, "site", "m.yaml", diags);
  CHECK(diags.error_count() == 2);
  CHECK(diags.all()[0].message.find("assets/crest.gif for m.yaml (not a PNG or JPEG file") != std::string::npos);
  CHECK(diags.all()[1].message.find("missing.jpg for m.yaml (no such file in the site") != std::string::npos);
}

TEST_CASE("markup that is not UTF-8 is an error before layout's line breaking sees it") {
  Diagnostics diags;
  // "£5" saved as Windows-1252 (0xA3), as a template edited elsewhere might be.
  Paper p = parse_paper("<article>\n<p>Fee \xa3" "5</p></article>", "templates/x.html", "m.yaml", diags);
  CHECK_FALSE(p.doc);
  CHECK(diags.format() ==
        "templates/x.html: error: the template produced markup that is not UTF-8 for m.yaml (output line 2, column 8)\n"
        "hint: save templates and data files as UTF-8\n");
  Diagnostics ok;
  CHECK(parse_paper("<article><p>Fee \xc2\xa3" "5</p></article>", "templates/x.html", "m.yaml", ok).doc);
  CHECK_FALSE(ok.has_errors());
}
