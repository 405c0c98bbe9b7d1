#include "fonts/font_families.h"

#include <doctest/doctest.h>

#include <cctype>
#include <set>

TEST_CASE("a CSS family list finds its first family we carry") {
  auto name = [](std::string_view list) {
    const fonts::FontFamily* f = fonts::find_font_family(list);
    return f ? std::string(f->name) : std::string("(none)");
  };
  CHECK(name("Arial") == "Liberation Sans");
  CHECK(name("\"Frutiger\", Georgia, Times New Roman, serif") == "Liberation Serif");
  CHECK(name(" 'Courier New' ") == "Liberation Mono");
  CHECK(name("ARIAL NARROW, Arial") == "Liberation Sans Narrow");
  CHECK(name("Comic Sans MS") == "(none)");
  CHECK(name("") == "(none)");
}

TEST_CASE("every family lists its own name first, in lower case, and no alias twice") {
  std::set<std::string_view> seen;
  for (const fonts::FontFamily& f : fonts::font_families()) {
    REQUIRE_FALSE(f.aliases.empty());
    std::string lower(f.name);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    CHECK(f.aliases.front() == lower);
    for (std::string_view a : f.aliases) CHECK_MESSAGE(seen.insert(a).second, a);
  }
  CHECK(fonts::font_families().front().name == "Liberation Sans");
}

TEST_CASE("face styles and the unknown-family warning") {
  CHECK(fonts::face_style(false, false) == "Regular");
  CHECK(fonts::face_style(true, true) == "BoldItalic");
  CHECK(fonts::unknown_family_message("Frutiger") ==
        "font family 'Frutiger' is not available (Liberation Sans is used instead)");
}
