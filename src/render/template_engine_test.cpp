#include "render/template_engine.h"

#include <doctest/doctest.h>

using namespace panelpack;

TEST_CASE("a site template overrides the built-in one and escapes text") {
  MemoryFileSystem fs;
  fs.add("site/templates/agenda.html", "<p>{{title}}{{#items}} {{.}}{{/items}}</p>");
  TemplateEngine engine(fs, "site", "templates");
  Diagnostics diags;
  auto out = engine.render("agenda", {{"title", "Fish & <Chips>"}, {"items", {"a", "b"}}}, "m.yaml", diags);
  REQUIRE(out);
  CHECK(*out == "<p>Fish &amp; &lt;Chips&gt; a b</p>");
}

TEST_CASE("empty text counts as missing in sections") {
  MemoryFileSystem fs;
  fs.add("templates/t.html", "{{#x}}[{{x}}]{{/x}}{{^x}}none{{/x}}");
  TemplateEngine engine(fs, ".", "templates");
  Diagnostics diags;
  CHECK(engine.render("t", {{"x", ""}}, "m.yaml", diags) == "none");
  CHECK(engine.render("t", {{"x", "y"}}, "m.yaml", diags) == "[y]");
}

TEST_CASE("a broken template is an error at its own line, naming what was being rendered") {
  MemoryFileSystem fs;
  fs.add("templates/agenda.html", "<article>\n<h1>{{title}}</h1>\n{{#items}}\n<p>{{.}}</p>\n</article>\n");
  TemplateEngine engine(fs, ".", "templates");
  Diagnostics diags;
  CHECK_FALSE(engine.render("agenda", {{"title", "x"}}, "meetings/a/meeting.yaml", diags));
  CHECK(diags.format() ==
        "templates/agenda.html:3:1: error: broken template (Unclosed section \"items\")\n"
        " 3 | {{#items}}\n"
        "   | ^\n"
        "hint: while rendering meetings/a/meeting.yaml; every {{#section}} needs a matching {{/section}}\n");
}

TEST_CASE("the built-in templates are found when the site has none") {
  MemoryFileSystem fs;
  TemplateEngine engine(fs, ".", "templates");
  auto src = engine.source("agenda");
  REQUIRE(src);
  CHECK(src->shown_as == "(built-in) templates/agenda.html");
  CHECK(src->text.find("<article class=\"paper agenda\"") != std::string::npos);
}

TEST_CASE("sections nested too deep, or repeating a list inside itself, are errors rather than endless work") {
  MemoryFileSystem fs;
  std::string deep;
  for (int i = 0; i < 30; ++i) deep += "{{#flag}}";
  deep += "x";
  for (int i = 0; i < 30; ++i) deep += "{{/flag}}";
  fs.add("templates/deep.html", "<p>\n" + deep + "\n</p>");
  std::string repeat;
  for (int i = 0; i < 7; ++i) repeat += "{{#items}}<b>{{.}}</b>";
  for (int i = 0; i < 7; ++i) repeat += "{{/items}}";
  fs.add("templates/repeat.html", "<p>" + repeat + "</p>");
  fs.add("templates/fine.html", "<p>{{#items}}{{#items}}{{.}}{{/items}}{{/items}}</p>");
  TemplateEngine engine(fs, ".", "templates");
  nlohmann::json view = {{"flag", true}, {"items", {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"}}};

  Diagnostics diags;
  CHECK_FALSE(engine.render("deep", view, "m.yaml", diags));
  CHECK(diags.format().rfind("templates/deep.html:2:217: error: broken template (sections nested more than 24 deep, "
                             "or repeating a list inside itself)", 0) == 0);
  Diagnostics big;
  CHECK_FALSE(engine.render("repeat", view, "m.yaml", big));
  CHECK(big.format().rfind("templates/repeat.html:1:136: error: broken template", 0) == 0);
  Diagnostics fine;
  CHECK(engine.render("fine", view, "m.yaml", fine));  // 100 repeats are nothing
  CHECK_FALSE(fine.has_errors());
}
