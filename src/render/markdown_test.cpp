#include "render/markdown.h"

#include <doctest/doctest.h>

using namespace panelpack;

TEST_CASE("Markdown becomes paper XHTML and raw HTML is not passed through") {
  Diagnostics diags;
  CHECK(markdown_to_paper("To receive an **update** on *performance*.", {}, diags) ==
        "<p>To receive an <strong>update</strong> on <em>performance</em>.</p>\n");
  CHECK(markdown_to_paper("- one\n- two\n", {}, diags) == "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n");
  CHECK(markdown_to_paper("a <script>x</script> & b", {}, diags) ==
        "<p>a &lt;script&gt;x&lt;/script&gt; &amp; b</p>\n");
  CHECK(markdown_to_paper("line one  \nline two", {}, diags) == "<p>line one<br />\nline two</p>\n");
  CHECK(markdown_to_paper("£1,300 – ‘quoted’ café", {}, diags) == "<p>£1,300 – ‘quoted’ café</p>\n");
  CHECK_FALSE(diags.has_errors());
}

TEST_CASE("constructs outside the paper subset are errors at the text's position") {
  Diagnostics diags;
  markdown_to_paper("Use `code` here", {"m.yaml", 4, 14}, diags);
  CHECK(diags.format() ==
        "m.yaml:4:14: error: the text uses code (not supported in papers)\n"
        "hint: papers have no code formatting: write the text plainly\n");
}

TEST_CASE("each unsupported construct is an error at its own line of a block value") {
  Diagnostics diags;
  diags.add_source("m.yaml",
                   "items:\n"
                   "  - description: |\n"
                   "      First paragraph.\n"
                   "\n"
                   "      Then `code` and ~~gone~~.\n"
                   "\n"
                   "      ---\n"
                   "\n"
                   "      # Heading\n");
  std::string text = "First paragraph.\n\nThen `code` and ~~gone~~.\n\n---\n\n# Heading\n";
  CHECK(markdown_to_paper(text, {"m.yaml", 2, 18}, diags) == "First paragraph.\n\nThen `code` and ~~gone~~.\n\n---\n\n# Heading\n");
  REQUIRE(diags.all().size() == 4);
  std::string all = diags.format();
  CHECK(all.find("m.yaml:5:12: error: the text uses code") != std::string::npos);
  CHECK(all.find("m.yaml:5:23: error: the text uses strikethrough") != std::string::npos);
  CHECK(all.find("m.yaml:7:7: error: the text uses a horizontal rule") != std::string::npos);
  CHECK(all.find("m.yaml:9:7: error: the text uses a level 1 heading") != std::string::npos);
}

TEST_CASE("a one-line value reports at the column of the construct, after an opening quote") {
  Diagnostics diags;
  diags.add_source("m.yaml", "purpose: \"See ![map](x.png)\"\n");
  markdown_to_paper("See ![map](x.png)", {"m.yaml", 1, 10}, diags);
  CHECK(diags.format().rfind("m.yaml:1:15: error: the text uses an image (not supported in papers)", 0) == 0);
}

TEST_CASE("only web, mail and telephone links are published") {
  CHECK(safe_link("https://www.example.gov.uk/papers"));
  CHECK(safe_link("HTTP://example.org"));
  CHECK(safe_link("mailto:panel@example.gov.uk"));
  CHECK(safe_link("tel:+441234567890"));
  CHECK(safe_link("annex.pdf"));
  CHECK(safe_link("#item-3"));
  CHECK(safe_link("papers/a:b"));
  CHECK_FALSE(safe_link("javascript:alert(1)"));
  CHECK_FALSE(safe_link("JavaScript:alert(1)"));
  CHECK_FALSE(safe_link("data:text/html,hi"));
  CHECK_FALSE(safe_link("file:///etc/passwd"));

  Diagnostics diags;
  CHECK(markdown_to_paper("[x](javascript:alert(1))", {"m.yaml", 3, 5}, diags) == "[x](javascript:alert(1))");
  CHECK(diags.format() ==
        "m.yaml:3:5: error: the text uses a link to 'javascript:alert(1)' (not supported in papers)\n"
        "hint: links may be web addresses (https://…), mailto: or tel: only\n");
}

TEST_CASE("headings start at level 4 and table header cells head their columns") {
  Diagnostics diags;
  CHECK(markdown_to_paper("#### Background", {}, diags) == "<h4>Background</h4>\n");
  CHECK(markdown_to_paper("| Area | Crimes |\n| --- | ---: |\n| North | 12 |\n", {}, diags) ==
        "<table>\n<thead>\n<tr>\n<th scope=\"col\">Area</th>\n<th scope=\"col\" align=\"right\">Crimes</th>\n</tr>\n"
        "</thead>\n<tbody>\n<tr>\n<td>North</td>\n<td align=\"right\">12</td>\n</tr>\n</tbody>\n</table>\n");
  CHECK_FALSE(diags.has_errors());
  markdown_to_paper("### Background", {}, diags);
  CHECK(diags.format() ==
        "error: the text uses a level 3 heading (not supported in papers)\n"
        "hint: start headings in text with '####' (the paper's own headings come first)\n");
}
