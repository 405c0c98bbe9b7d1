#include "core/paper_subset.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

using namespace panelpack;

namespace {

// The element names in the table under "## The paper HTML subset" of
// docs/templates.md: every `name` in its second column outside parentheses
// (those are attributes), with "`h1` … `h6`" standing for h1 to h6.
std::multiset<std::string> documented_elements() {
  std::ifstream in(std::string(PANELPACK_SOURCE_DIR) + "/docs/templates.md");
  REQUIRE(in);
  std::multiset<std::string> names;
  bool in_section = false;
  std::string line;
  while (std::getline(in, line)) {
    if (line.starts_with("## ")) in_section = line == "## The paper HTML subset";
    if (!in_section || !line.starts_with("| ") || line.starts_with("| kind") || line.starts_with("| ---")) continue;
    std::string cells = line.substr(line.find('|', 1) + 1);
    cells = std::regex_replace(cells, std::regex(R"(\([^)]*\))"), "");
    cells = std::regex_replace(cells, std::regex("`h1` … `h6`"), "`h1`, `h2`, `h3`, `h4`, `h5`, `h6`");
    const std::regex code("`([a-z0-9]+)`");
    for (std::sregex_iterator it(cells.begin(), cells.end(), code), end; it != end; ++it) names.insert((*it)[1]);
  }
  return names;
}

}  // namespace

TEST_CASE("docs/templates.md lists exactly the elements of the paper subset") {
  std::multiset<std::string> table;
  for (const PaperElement& e : paper_elements()) table.insert(std::string(e.name));
  std::multiset<std::string> docs = documented_elements();
  CHECK(docs.size() > 20);
  for (const std::string& name : table) CHECK_MESSAGE(docs.count(name) == 1, "<" << name << "> listed in docs " << docs.count(name) << " times");
  for (const std::string& name : docs) CHECK_MESSAGE(table.count(name) == 1, "<" << name << "> in docs but not in the table");
}

TEST_CASE("the kind of an element, and unknown outside the subset") {
  CHECK(paper_kind("h3") == PaperKind::heading);
  CHECK(paper_kind("td") == PaperKind::table_cell);
  CHECK(paper_kind("tspan") == PaperKind::svg_part);
  CHECK(paper_kind("blockquote") == PaperKind::unknown);
  CHECK(paper_kind("") == PaperKind::unknown);
}

TEST_CASE("hint lists keep HTML elements and SVG parts apart") {
  const auto& html = paper_html_names();
  const auto& svg = paper_svg_names();
  CHECK(std::find(html.begin(), html.end(), "svg") != html.end());
  CHECK(std::find(html.begin(), html.end(), "rect") == html.end());
  CHECK(std::find(svg.begin(), svg.end(), "rect") != svg.end());
  CHECK(html.size() + svg.size() == paper_elements().size());
}
