#include "core/markup_escape.h"

#include <doctest/doctest.h>

TEST_CASE("markup escaping keeps UTF-8 and escapes the four specials") {
  CHECK(panelpack::escape_markup("Fish & \"chips\" <£5> – café") == "Fish &amp; &quot;chips&quot; &lt;£5&gt; – café");
}
