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
  CHECK(markdown_to_paper("Write to panel@example.gov.uk.", {}, diags) ==
        "<p>Write to <a href=\"mailto:panel@example.gov.uk\">panel@example.gov.uk</a>.</p>\n");
  CHECK(markdown_to_paper("| a | b | c |\n| :-- | :-: | --: |\n| 1 | 2 | 3 |\n", {}, diags).find(
            "<td style=\"text-align: left\">1</td>\n<td style=\"text-align: center\">2</td>\n"
            "<td style=\"text-align: right\">3</td>") != std::string::npos);
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
        "<table>\n<thead>\n<tr>\n<th scope=\"col\">Area</th>\n<th scope=\"col\" style=\"text-align: right\">Crimes</th>\n</tr>\n"
        "</thead>\n<tbody>\n<tr>\n<td>North</td>\n<td style=\"text-align: right\">12</td>\n</tr>\n</tbody>\n</table>\n");
  CHECK_FALSE(diags.has_errors());
  markdown_to_paper("### Background", {}, diags);
  CHECK(diags.format() ==
        "error: the text uses a level 3 heading (not supported in papers)\n"
        "hint: start headings in text with '####' (the paper's own headings come first)\n");
}

TEST_CASE("a link whose address spells its scheme with a character reference is refused") {
  Diagnostics diags;
  markdown_to_paper("[x](javascript&#58;alert(1)) and [y](java&colon;script)", {}, diags);
  CHECK(diags.error_count() == 2);
  Diagnostics fine;
  CHECK(markdown_to_paper("[report](https://example.org/a?b=1&c=2)", {}, fine) ==
        "<p><a href=\"https://example.org/a?b=1&amp;c=2\">report</a></p>\n");
  CHECK_FALSE(fine.has_errors());
}

TEST_CASE("in a literal block, a nested line keeps its own indentation; a folded block reports at its start") {
  Diagnostics diags;
  diags.add_source("m.yaml",
                   "purpose: |\n"
                   "  - one\n"
                   "    - `two`\n"
                   "notice: >\n"
                   "  one\n"
                   "  `two`\n");
  markdown_to_paper("- one\n  - `two`\n", {"m.yaml", 1, 10}, diags);
  markdown_to_paper("one `two`\n", {"m.yaml", 4, 9}, diags);
  std::string all = diags.format();
  CHECK(all.find("m.yaml:3:7: error: the text uses code") != std::string::npos);
  CHECK(all.find("m.yaml:4:9: error: the text uses code") != std::string::npos);
}

TEST_CASE("a NUL byte never reaches the markup, whether the text converts or is refused") {
  using namespace std::string_literals;
  Diagnostics diags;
  // Four columns of indentation make a code block: refused, and escaped.
  std::string refused = markdown_to_paper("\t\0"s, {"m.yaml", 1, 10}, diags);
  CHECK(diags.has_errors());
  CHECK(refused == "\t\xEF\xBF\xBD");
  Diagnostics ok;
  std::string converted = markdown_to_paper("a\0b"s, {}, ok);
  CHECK_FALSE(ok.has_errors());
  CHECK(converted.find('\0') == std::string::npos);
  CHECK(converted == "<p>a\xEF\xBF\xBD" "b</p>\n");
}

TEST_CASE("a bare address that runs into a table cell's end is not a link, and the table stays well-formed") {
  Diagnostics diags;
  std::string html = markdown_to_paper("|\n---|\nhttp://.o|", {}, diags);
  CHECK_FALSE(diags.has_errors());
  CHECK(html == "<table>\n<thead>\n<tr>\n<th scope=\"col\"></th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>http://.o</td>\n</tr>\n"
                "</tbody>\n</table>\n");
  // A bare address elsewhere is still a link.
  CHECK(markdown_to_paper("See https://example.org today.", {}, diags) ==
        "<p>See <a href=\"https://example.org\">https://example.org</a> today.</p>\n");
}

TEST_CASE("lists nested past any paper's need are one error at the text's line, at the first marker too deep") {
  std::string yaml = "description: |\n";
  std::string md;
  for (int i = 0; i < 300; ++i) {
    const std::string line = std::string(static_cast<size_t>(2 * i), ' ') + "- level " + std::to_string(i) + "\n";
    md += line;
    yaml += "  " + line;
  }
  Diagnostics diags;
  diags.add_source("m.yaml", yaml);
  markdown_to_paper(md, {"m.yaml", 1, 14}, diags);
  REQUIRE(diags.error_count() == 1);
  CHECK(diags.all()[0].pos.line == 12);  // "- level 10", the eleventh level
  CHECK(diags.all()[0].pos.col == 23);
  CHECK(diags.all()[0].message == "the text uses lists nested more than 10 deep (not supported in papers)");
  Diagnostics fine;
  markdown_to_paper("- a\n  - b\n    - c\n", {}, fine);
  CHECK_FALSE(fine.has_errors());
}
