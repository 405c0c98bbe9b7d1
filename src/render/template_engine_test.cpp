#include "render/template_engine.h"

#include <doctest/doctest.h>
#include <kainjow/mustache.hpp>

#include <map>

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

TEST_CASE("partials are found by plain name only, never by a path") {
  MemoryFileSystem fs;
  fs.add("site/templates/page.html", "<main>\n{{> x/../../../old/members/pac/agenda}}\n</main>");
  fs.add("old/members/pac/agenda.html", "<p>exempt</p>");
  fs.add("site/templates/_x.html", "");
  TemplateEngine engine(fs, "site", "templates");
  Diagnostics diags;
  CHECK_FALSE(engine.render("page", nlohmann::json::object(), "meetings/a/meeting.yaml", diags));
  CHECK(diags.format() ==
        "templates/page.html:2:1: error: the partial 'x/../../../old/members/pac/agenda' is not a plain name "
        "(partials are not paths)\n"
        " 2 | {{> x/../../../old/members/pac/agenda}}\n"
        "   | ^\n"
        "hint: while rendering meetings/a/meeting.yaml; write {{> letterhead}} for the partial _letterhead.html in "
        "templates/ or among the built-in templates\n");
}

TEST_CASE("a plain partial is read from the site's templates, and its own partials too") {
  MemoryFileSystem fs;
  fs.add("templates/t.html", "<div>{{> head}}</div>");
  fs.add("templates/_head.html", "<h1>{{title}}</h1>{{> foot}}");
  fs.add("templates/_foot.html", "<p>end</p>");
  TemplateEngine engine(fs, ".", "templates");
  Diagnostics diags;
  CHECK(engine.render("t", {{"title", "A & B"}}, "m.yaml", diags) == "<div><h1>A &amp; B</h1><p>end</p></div>");
  CHECK_FALSE(diags.has_errors());
}

TEST_CASE("partials expanded in place render as kainjow renders them at each use, standalone lines included") {
  const std::map<std::string, std::string> partials{
      {"row", "  <li>{{name}}</li>\n{{#note}}\n  <p>{{note}}</p>\n{{/note}}\n"},
      {"list", "{{#rows}}\n{{> row}}\n{{/rows}}\n{{^rows}}none{{/rows}}"},
  };
  const std::string page = "<ul>\n  {{> list}}\n</ul>\n{{#more}}{{> row}}{{/more}} end {{> list}}";
  MemoryFileSystem fs;
  fs.add("templates/t.html", page);
  for (const auto& [name, text] : partials) fs.add("templates/_" + name + ".html", text);
  TemplateEngine engine(fs, ".", "templates");
  for (const nlohmann::json& view :
       {nlohmann::json{{"rows", {{{"name", "a"}}, {{"name", "b"}, {"note", "n"}}}}, {"more", {{"name", "m"}}}},
        nlohmann::json{{"rows", nlohmann::json::array()}}}) {
    kainjow::mustache::data data;  // the way a partial was rendered before: parsed at each use
    for (const auto& [name, text] : partials)
      data.set(name, kainjow::mustache::partial([&text = text]() { return text; }));
    kainjow::mustache::data rows{kainjow::mustache::data::type::list};
    for (const auto& r : view["rows"]) {
      kainjow::mustache::data row;
      row.set("name", r["name"].get<std::string>());
      if (r.contains("note")) row.set("note", r["note"].get<std::string>());
      rows.push_back(row);
    }
    data.set("rows", rows);
    if (view.contains("more")) {
      kainjow::mustache::data more;
      more.set("name", "m");
      data.set("more", more);
    }
    Diagnostics diags;
    CHECK(engine.render("t", view, "m.yaml", diags) == kainjow::mustache::mustache(page).render(data));
  }
}

TEST_CASE("a partial that leads back to itself, or a broken partial, is an error at its own line") {
  MemoryFileSystem fs;
  fs.add("templates/t.html", "<div>\n{{> a}}</div>");
  fs.add("templates/_a.html", "<p>\n{{#x}}{{> b}}{{/x}}</p>");
  fs.add("templates/_b.html", "{{> a}}");
  fs.add("templates/u.html", "{{> broken}}");
  fs.add("templates/_broken.html", "<p>\n{{#x}}</p>");
  TemplateEngine engine(fs, ".", "templates");
  Diagnostics diags;
  CHECK_FALSE(engine.render("t", {{"x", true}}, "m.yaml", diags));
  CHECK(diags.format().find("templates/_b.html:1:1: error: the partial 'a' includes itself") == 0);
  Diagnostics broken;
  CHECK_FALSE(engine.render("u", nlohmann::json::object(), "m.yaml", broken));
  CHECK(broken.format().find("templates/_broken.html:2:") == 0);
  CHECK(broken.format().find("broken template (Unclosed section \"x\"") != std::string::npos);
}

TEST_CASE("an override that is not a readable file is an error, not the built-in template") {
  MemoryFileSystem fs;
  fs.add("templates/agenda.html/notes.txt", "");
  fs.add_special("templates/annex.html", "it is a symbolic link to gone.html, which does not exist");
  TemplateEngine engine(fs, ".", "templates");
  Diagnostics diags;
  std::string why;
  CHECK_FALSE(engine.source("agenda", &why));
  CHECK(why == "it is a folder, not a file");
  CHECK_FALSE(engine.render("annex", nlohmann::json::object(), "meetings/a/annex.yaml", diags));
  CHECK(diags.format() ==
        "templates/annex.html: error: failed to read the template templates/annex.html (it is a symbolic link to "
        "gone.html, which does not exist)\n"
        "hint: while rendering meetings/a/annex.yaml; make it a file of your own, or remove it to use the built-in "
        "annex template\n");
  fs.add("t/big.html", std::string(read_limit::templates + 1, 'x'));
  TemplateEngine other(fs, ".", "t");
  CHECK_FALSE(other.source("big", &why));
  CHECK(why == "it is 1 MB; the limit is 1 MB");
}

TEST_CASE("content text cannot be inserted unescaped, and templates cannot publish scripts") {
  MemoryFileSystem fs;
  fs.add("templates/page.html", "<title>{{{title}}}</title>\n{{{paper}}}{{&notice_html}}");
  fs.add("templates/click.html", "<p>\n<a href=\"#\" onclick=\"steal()\">x</a>\n</p>");
  fs.add("templates/js.html", "<a href=\" JaVa&#115;cript:alert(1)\">x</a>");
  fs.add("templates/script.html",
         "<script src=\"https://example.org/a.js\"></script><script src=\"https://evil.example/b.js\"></script>");
  TemplateEngine engine(fs, ".", "templates");
  Diagnostics diags;
  CHECK_FALSE(engine.render("page", nlohmann::json::object(), "m.yaml", diags));
  CHECK(diags.format() ==
        "templates/page.html:1:8: error: the template inserts 'title' unescaped (it is text, and could inject markup)\n"
        " 1 | <title>{{{title}}}</title>\n"
        "   |        ^\n"
        "hint: while rendering m.yaml; write {{title}}: only markup panelpack makes (paper and the fields named "
        "*_html and *_svg) may be inserted with {{{ }}}\n");
  Diagnostics d2;
  CHECK_FALSE(engine.render("click", nlohmann::json::object(), "m.yaml", d2));
  CHECK(d2.format() ==
        "templates/click.html: error: the template produced an event attribute onclick on <a> for m.yaml (scripts "
        "are not published, output line 2)\n"
        "hint: pages may not run scripts; to publish a script of your own (analytics, say), list its address under "
        "'allow_scripts' in panelpack.yaml\n");
  Diagnostics d3;
  CHECK_FALSE(engine.render("js", nlohmann::json::object(), "m.yaml", d3));
  CHECK(d3.all().at(0).message ==
        "the template produced a link to a javascript: address in href of <a> for m.yaml (scripts are not published, "
        "output line 1)");
  engine.set_allowed_scripts({"https://example.org/a.js"});
  Diagnostics d4;
  CHECK_FALSE(engine.render("script", nlohmann::json::object(), "m.yaml", d4));
  REQUIRE(d4.error_count() == 1);
  CHECK(d4.all().at(0).message ==
        "the template produced a <script> element for https://evil.example/b.js for m.yaml (scripts are not "
        "published, output line 1)");
}

TEST_CASE("a template and its partials are read and parsed once per engine; a broken one is reported every time") {
  MemoryFileSystem fs;
  fs.add("templates/t.html", "<p>{{> part}} {{x}}</p>");
  fs.add("templates/_part.html", "[{{x}}]");
  fs.add("templates/broken.html", "<p>{{#x}}</p>");
  TemplateEngine engine(fs, ".", "templates");
  Diagnostics diags;
  CHECK(engine.render("t", {{"x", "a"}}, "m.yaml", diags) == "<p>[a] a</p>");
  fs.add("templates/_part.html", "changed");  // one engine serves one build: what it read stands
  CHECK(engine.render("t", {{"x", "b"}}, "m.yaml", diags) == "<p>[b] b</p>");
  for (int i = 0; i < 2; ++i) {
    Diagnostics each;
    CHECK_FALSE(engine.render("broken", {{"x", true}}, "m.yaml", each));
    CHECK(each.has_errors());
  }
  CHECK_FALSE(diags.has_errors());
}

TEST_CASE("an output equal to one just checked passes again; an unsafe one is refused every time") {
  MemoryFileSystem fs;
  fs.add("templates/t.html", "<p>{{x}}</p>{{#bad}}<a href=\"javascript:run()\">x</a>{{/bad}}");
  TemplateEngine engine(fs, ".", "templates");
  for (int i = 0; i < 3; ++i) {
    Diagnostics ok, bad;
    CHECK(engine.render("t", {{"x", "a"}}, "m.yaml", ok) == "<p>a</p>");
    CHECK_FALSE(ok.has_errors());
    CHECK_FALSE(engine.render("t", {{"x", "a"}, {"bad", true}}, "m.yaml", bad));
    CHECK(bad.has_errors());
  }
}

TEST_CASE("a checked paper goes into its page unread only where it stands as text") {
  // Each paper is first rendered as a paper of its own (and checked), then
  // put into a page: the page must come out as if it were read whole.
  auto page_of = [](const std::string& page, const std::string& paper, std::string* errors) {
    MemoryFileSystem fs;
    fs.add("templates/paper.html", "{{{paper}}}");
    fs.add("templates/page.html", page);
    TemplateEngine engine(fs, ".", "templates");
    Diagnostics first, diags;
    REQUIRE(engine.render("paper", {{"paper", paper}}, "m.yaml", first) == paper);
    auto out = engine.render("page", {{"paper", paper}, {"title", "T"}}, "m.yaml", diags);
    *errors = diags.has_errors() ? diags.format() : "";
    return out;
  };
  std::string errors;
  const std::string paper = "<h1>Agenda</h1>\n<p>Item 1</p>\n";
  CHECK(page_of("<main>{{{paper}}}</main>{{{paper}}}<p>{{title}}</p>", paper, &errors) ==
        "<main>" + paper + "</main>" + paper + "<p>T</p>");
  // An unsafe page is still reported at its own output line, counted with the paper in place.
  CHECK_FALSE(page_of("<main>{{{paper}}}</main>\n<a href=\"javascript:x\">{{title}}</a>", paper, &errors));
  CHECK(errors.find("output line 4") != std::string::npos);
  // The paper inside a tag joins the page's markup: the page is read whole.
  CHECK_FALSE(page_of("<div class={{{paper}}}>", "x onmouseover=run()", &errors));
  CHECK(errors.find("event attribute onmouseover") != std::string::npos);
  // A paper that ends inside a tag continues into the page.
  CHECK_FALSE(page_of("{{{paper}}}\" onclick=\"run()\">", "<p title=\"x", &errors));
  CHECK(errors.find("event attribute onclick") != std::string::npos);
  // A page's lone '<' makes a tag of the paper's first word.
  CHECK_FALSE(page_of("<{{{paper}}}", "script>run()</script>", &errors));
  CHECK(errors.find("a <script> element") != std::string::npos);
  // Content that spells the slot is printed as it is, never replaced by the paper.
  {
    MemoryFileSystem fs;
    fs.add("templates/paper.html", "{{{paper}}}");
    fs.add("templates/page.html", "<h1>{{title}}</h1>{{{paper}}}");
    TemplateEngine engine(fs, ".", "templates");
    Diagnostics diags;
    const std::string slot = "\x1epanelpack-paper\x1e";
    REQUIRE(engine.render("paper", {{"paper", paper}}, "m.yaml", diags) == paper);
    CHECK(engine.render("page", {{"paper", paper}, {"title", slot}}, "m.yaml", diags) == "<h1>" + slot + "</h1>" + paper);
  }
  // A paper that ends in a lone '<' makes a tag of the page's next word.
  CHECK_FALSE(page_of("{{{paper}}}script>run()</script>", "<p>a</p><", &errors));
  CHECK(errors.find("a <script> element") != std::string::npos);
}

TEST_CASE("fields added to a view are rendered with it, and count in the check for runaway sections") {
  MemoryFileSystem fs;
  fs.add("templates/t.html", "<p>{{title}}: {{cover.item}}{{#rows}}{{#rows}}.{{/rows}}{{/rows}}</p>");
  TemplateEngine engine(fs, ".", "templates");
  Diagnostics diags;
  const nlohmann::json view = {{"title", "Annex"}};
  const nlohmann::json also = {{"cover", {{"item", "Item 5"}}}, {"rows", {1, 2}}};
  CHECK(engine.render("t", view, "m.yaml", diags, &also) == "<p>Annex: Item 5....</p>");
  CHECK(view.size() == 1);
  const nlohmann::json many = {{"rows", nlohmann::json::array()}};
  nlohmann::json big = many;
  for (int i = 0; i < 2000; ++i) big["rows"].push_back(i);
  CHECK_FALSE(engine.render("t", view, "m.yaml", diags, &big));
  CHECK(diags.format().find("repeating a list inside itself") != std::string::npos);
}

TEST_CASE("partials that multiply past the limit are an error, not a template of gigabytes") {
  MemoryFileSystem fs;
  std::string many_b, many_c, many_d;
  for (int i = 0; i < 64; ++i) many_b += "{{> b}}", many_c += "{{> c}}", many_d += "{{> d}}";
  fs.add("templates/t.html", "<div>" + many_b + "</div>");
  fs.add("templates/_b.html", many_c);
  fs.add("templates/_c.html", many_d);
  fs.add("templates/_d.html", std::string(1024, 'x'));  // 64 * 64 * 64 KiB in all
  TemplateEngine engine(fs, ".", "templates");
  Diagnostics diags;
  CHECK_FALSE(engine.render("t", nlohmann::json::object(), "m.yaml", diags));
  CHECK(diags.format().find("error: the template's partials expand to more than 16 MB") != std::string::npos);
}
