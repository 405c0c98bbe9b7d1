#include "core/safe_link.h"

#include <doctest/doctest.h>

using namespace panelpack;

TEST_CASE("web, mail and telephone links and relative ones are safe; scripts and data are not") {
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
}

TEST_CASE("a link's scheme is found before any path, query or fragment") {
  CHECK(link_scheme("HTTPS://example.org") == "https");
  CHECK(link_scheme("www.example.org") == "");
  CHECK(link_scheme("a/b:c") == "");
  CHECK(link_scheme("javascript:x") == "javascript");
}
