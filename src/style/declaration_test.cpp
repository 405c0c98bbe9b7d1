#include "style/declaration.h"

#include <doctest/doctest.h>

namespace {

struct Parsed {
  std::vector<style::Declaration> decls;
  panelpack::Diagnostics diags;
};

Parsed parse(const std::string& name, const std::string& value) {
  Parsed p;
  style::RawDeclaration raw{name, value, false, panelpack::SourcePos{"paper.css", 7, 3}};
  style::parse_declaration(raw, &p.decls, p.diags);
  return p;
}

}  // namespace

TEST_CASE("negative values are dropped with a warning where CSS forbids them") {
  struct Case {
    const char *name, *value, *what;
  } cases[] = {
      {"width", "-10pt", "a width"},
      {"width", "-5%", "a width"},
      {"font-size", "-2pt", "a font size"},
      {"font-size", "-50%", "a font size"},
      {"padding", "4pt -30pt", "padding"},
      {"padding-left", "-1em", "padding"},
      {"border", "-1pt solid red", "a border width"},
      {"border-top", "-2pt solid", "a border width"},
      {"border-width", "1pt -1pt", "a border width"},
      {"border-left-width", "-3pt", "a border width"},
      {"line-height", "-1", "a line height"},
      {"line-height", "-12pt", "a line height"},
  };
  for (const Case& c : cases) {
    std::string what = std::string(c.name) + ": " + c.value;
    CAPTURE(what);
    Parsed p = parse(c.name, c.value);
    CHECK(p.decls.empty());
    REQUIRE(p.diags.all().size() == 1);
    const auto& d = p.diags.all()[0];
    CHECK(d.severity == panelpack::Severity::warning);
    CHECK(d.pos.str() == "paper.css:7:3");
    CHECK(d.message == "value '" + std::string(c.value) + "' of '" + c.name + "' is ignored (" + c.what +
                           " cannot be negative)");
    CHECK(d.hint == "use 0 or a positive length");
  }
}

TEST_CASE("negative margins are accepted: layout collapses them and lets boxes overhang") {
  for (const char* v : {"-10pt", "0 -4mm"}) {
    Parsed p = parse("margin", v);
    CHECK(p.diags.all().empty());
    CHECK(p.decls.size() == 4);
  }
  Parsed p = parse("margin-top", "-6pt");
  REQUIRE(p.decls.size() == 1);
  CHECK(p.decls[0].length.value == -6);
  CHECK(parse("width", "0").diags.all().empty());
  CHECK(parse("line-height", "0").diags.all().empty());
}
