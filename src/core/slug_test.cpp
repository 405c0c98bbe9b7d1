#include "core/slug.h"

#include <doctest/doctest.h>

using namespace panelpack;

TEST_CASE("slugs are lower-case letters, digits and single hyphens") {
  CHECK(is_slug("pac"));
  CHECK(is_slug("2025-01-20-pac"));
  CHECK(is_slug("a1"));
  CHECK(slug_problem("") == "it is empty");
  CHECK(slug_problem("Pac") == "it has an upper-case letter 'P'");
  CHECK(slug_problem("../public/panel") == "it has a path separator");
  CHECK(slug_problem("a.b") == "it has a full stop");
  CHECK(slug_problem("a/b") == "it has a path separator");
  CHECK(slug_problem("-a") == "it starts or ends with a hyphen");
  CHECK(slug_problem("a-") == "it starts or ends with a hyphen");
  CHECK(slug_problem("a--b") == "it has two hyphens together");
  CHECK(slug_problem("a b") == "it has a space");
  CHECK(slug_problem("caf\xc3\xa9") == "it has a character outside a-z, 0-9 and '-'");
  CHECK(slug_problem(std::string(65, 'a')) == "it is longer than 64 characters");
  CHECK(is_slug(std::string(64, 'a')));
}

TEST_CASE("a title's slug") {
  CHECK(slugify("Victim Services: commissioning 2025/26") == "victim-services-commissioning-2025-26");
  CHECK(slugify("  Apologies  ") == "apologies");
  CHECK(slugify("Café – update") == "caf-update");
  CHECK(slugify("£££") == "");
  CHECK(is_slug(slugify("Policing performance with a thematic on domestic abuse and more words here")));
  CHECK(slugify("Policing performance with a thematic on domestic abuse and more words here").size() <= 48);
  CHECK(slugify(std::string(60, 'x')) == std::string(48, 'x'));
}
