#include <doctest/doctest.h>
#include <iostream>
#include "layout/layout_test_support.h"
TEST_CASE("zz debug") {
  auto r = layout_test::run(
      "<article lang='en-GB'><header class='lh'><p>Office</p></header><h1>Title</h1>"
      "<div>Loose text <strong>here</strong></div><p lang='cy'>Croeso</p>"
      "<figure><svg width='100' height='50' viewBox='0 0 100 50'><title>Calls</title><rect x='0' y='0' "
      "width='10' height='10'/></svg><figcaption>Calls by month</figcaption></figure></article>",
      " .lh { border-bottom: 1pt solid black; } @page { @bottom-center { content: counter(page); } }");
  std::cout << r.dump << r.diags.format();
}
