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
