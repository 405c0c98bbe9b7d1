#include <doctest/doctest.h>
#include <iostream>
#include "layout/layout_test_support.h"
TEST_CASE("zz debug") {
  std::string s;
  for (int i = 1; i < 50; ++i) s += "<tr><td>Row " + std::to_string(i) + "</td><td class='num'>" + std::to_string(i * 1000) + "</td></tr>";
  auto r = layout_test::run("<article><p>Intro</p><div class='box'><p>Boxed text</p><table><caption>Calls for service</caption><thead><tr><th>Month</th>"
                            "<th>Calls</th></tr></thead><tbody>" + s + "</tbody></table></div></article>", R"(
article { font-size: 10pt; line-height: 12pt; }
table { border-collapse: collapse; }
th, td { border: 1pt solid #000; padding: 2pt 4pt; text-align: left; vertical-align: top; }
thead th { background-color: #dddddd; }
.num { text-align: right; }
.box { border: 2pt solid red; background: #eee; padding: 5pt; margin: 10pt 20pt }
)");
  std::cout << r.dump << r.diags.format();
}
