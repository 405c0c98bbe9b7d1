#include "render/site_files.h"

#include <doctest/doctest.h>

using namespace panelpack;

TEST_CASE("a style override that is not a file is an error, not the built-in style") {
  MemoryFileSystem fs;
  fs.add("site/styles/paper.css/readme.txt", "");
  fs.add("site/styles/site.css", "body { color: black }");
  Diagnostics diags;
  SiteFile paper = load_site_style(fs, "site", "styles", "paper.css", diags);
  CHECK(paper.shown_as == "(built-in) styles/paper.css");
  CHECK(diags.format() ==
        "styles/paper.css: error: failed to read the stylesheet styles/paper.css (it is a folder, not a file)\n"
        "hint: make styles/paper.css a file of your own, or remove it to use the built-in paper.css\n");
  Diagnostics quiet;
  CHECK(load_site_style(fs, "site", "styles", "site.css", quiet).text == "body { color: black }");
  CHECK(load_site_style(fs, "other", "styles", "site.css", quiet).shown_as == "(built-in) styles/site.css");
  CHECK_FALSE(quiet.has_errors());
}

TEST_CASE("an override outside the site is refused; none at all means the built-in one") {
  MemoryFileSystem fs;
  fs.add("shared/paper.css", "p {}");
  fs.add_special("site/styles/site.css", "it is a FIFO, not a file");
  std::string why;
  CHECK_FALSE(read_site_override(fs, "site", "../shared", "paper.css", read_limit::css, &why));
  CHECK(why == "it leads out of the site folder");
  why.clear();
  CHECK_FALSE(read_site_override(fs, "site", "styles", "paper.css", read_limit::css, &why));
  CHECK(why.empty());
  CHECK_FALSE(read_site_override(fs, "site", "styles", "site.css", read_limit::css, &why));
  CHECK(why == "it is a FIFO, not a file");
}

TEST_CASE("a site's own stylesheet applies after the house one, unless it replaces it") {
  MemoryFileSystem fs;
  fs.add("site/styles/paper.css", "h1 { color: navy; }\n");
  Diagnostics diags;
  SiteStyle added = load_site_styles(fs, "site", "styles", "paper.css", false, diags);
  REQUIRE(added.sheets.size() == 2);
  CHECK(added.sheets[0].shown_as == "(built-in) styles/paper.css");
  CHECK(added.sheets[1].shown_as == "styles/paper.css");
  const std::string both = added.combined();
  CHECK(both.rfind(added.sheets[0].text, 0) == 0);
  CHECK(both.find("/* styles/paper.css: this site's own, after the house style */\nh1 { color: navy; }\n") !=
        std::string::npos);

  SiteStyle replaced = load_site_styles(fs, "site", "styles", "paper.css", true, diags);
  REQUIRE(replaced.sheets.size() == 1);
  CHECK(replaced.combined() == "h1 { color: navy; }\n");

  SiteStyle house = load_site_styles(fs, "site", "styles", "site.css", false, diags);
  REQUIRE(house.sheets.size() == 1);
  CHECK(house.combined() == builtin_file("styles/site.css")->text);
  CHECK_FALSE(diags.has_errors());
}
