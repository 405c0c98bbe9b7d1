#include "load/map_reader.h"

#include <doctest/doctest.h>

#include "core/file_system.h"
#include "load/yaml_file.h"

using namespace panelpack;

namespace {
YAML::Node parse(const std::string& text, Diagnostics& diags) {
  MemoryFileSystem fs;
  fs.add("m.yaml", text);
  auto node = load_yaml(fs, "m.yaml", "m.yaml", diags);
  REQUIRE(node);
  return *node;
}
}  // namespace

TEST_CASE("values are read with their types and positions") {
  Diagnostics diags;
  auto node = parse("date: 2025-01-20\nstart: \"10:00\"\npart: 2\nwebcast: yes\nvenue: Carleton Hall\n", diags);
  MapReader r(node, "m.yaml", "meeting", {"date", "start", "part", "webcast", "venue"}, diags);
  CHECK(r.date("date", true) == Date{2025, 1, 20});
  CHECK(r.time("start", true) == "10:00");
  CHECK(r.integer("part", true, 1, 2) == 2);
  CHECK(r.boolean("webcast", false) == true);
  CHECK(r.text("venue", true) == "Carleton Hall");
  CHECK(r.pos("venue").str() == "m.yaml:5:8");
  CHECK_FALSE(diags.has_errors());
}

TEST_CASE("unknown keys, missing fields and wrong types are all reported") {
  Diagnostics diags;
  auto node = parse("date: 2025-02-30\nvenu: Hall\npart: 9\nstart: 25:00\ntitle: [a, b]\n", diags);
  MapReader r(node, "m.yaml", "meeting", {"date", "venue", "part", "start", "title"}, diags);
  CHECK_FALSE(r.date("date", true));
  CHECK_FALSE(r.text("venue", true));
  CHECK_FALSE(r.integer("part", true, 1, 2));
  CHECK_FALSE(r.time("start", true));
  CHECK_FALSE(r.text("title", true));
  CHECK(diags.format() ==
        "m.yaml:1:7: error: '2025-02-30' is not a date (February 2025 has 28 days)\n"
        " 1 | date: 2025-02-30\n"
        "   |       ^\n"
        "hint: check the day and the month\n"
        "m.yaml:2:1: error: unknown key 'venu' in meeting\n"
        " 2 | venu: Hall\n"
        "   | ^\n"
        "hint: did you mean 'venue'?\n"
        "m.yaml:3:7: error: 'part' is 9 (it must be from 1 to 2)\n"
        " 3 | part: 9\n"
        "   |       ^\n"
        "m.yaml:4:8: error: '25:00' is not a time of day\n"
        " 4 | start: 25:00\n"
        "   |        ^\n"
        "hint: write times on the 24-hour clock as HH:MM, e.g. 14:00\n"
        "m.yaml:5:8: error: expected 'title' to be text (found a list)\n"
        " 5 | title: [a, b]\n"
        "   |        ^\n"
        "hint: write the text on one line without [ ] or '- '; for long text use 'title: >' and indented lines\n");
}

TEST_CASE("a YAML syntax error is positioned") {
  MemoryFileSystem fs;
  fs.add("bad.yaml", "body: pac\ntitle: Policing: performance\n");
  Diagnostics diags;
  CHECK_FALSE(load_yaml(fs, "bad.yaml", "bad.yaml", diags));
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].pos.line == 2);
  CHECK(diags.format() == "bad.yaml:2:16: error: invalid YAML (illegal map value)\n 2 | title: Policing: performance\n   |                ^\nhint: a ':' where a value was expected; put text containing ': ' in quotes\n");
}

TEST_CASE("an unreadable file names the cause") {
  MemoryFileSystem fs;
  Diagnostics diags;
  CHECK_FALSE(load_yaml(fs, "missing.yaml", "missing.yaml", diags));
  CHECK(diags.format() == "missing.yaml: error: failed to read missing.yaml (No such file or directory)\n");
}

TEST_CASE("a key given twice is an error, not a silent choice") {
  Diagnostics diags;
  auto node = parse("date: 2025-01-20\nvenue: Hall\ndate: 2025-01-21\n", diags);
  MapReader r(node, "m.yaml", "the meeting", {"date", "venue"}, diags);
  CHECK(diags.format() ==
        "m.yaml:3:1: error: 'date' is given twice in the meeting (first at line 1)\n"
        " 3 | date: 2025-01-21\n"
        "   | ^\n"
        "hint: keep one of them\n");
}

TEST_CASE("an absent key reads as an undefined node that can be asked its type") {
  Diagnostics diags;
  auto node = parse("venue: Hall\n", diags);
  MapReader r(node, "m.yaml", "the meeting", {"venue", "items"}, diags);
  YAML::Node items = r.get("items");
  CHECK_FALSE(items.IsDefined());
  CHECK_FALSE(items.IsMap());
  CHECK_FALSE(items.IsSequence());
  CHECK(r.text_list("items", false).empty());
}

TEST_CASE("a control character escaped into a quoted value is an error at the value") {
  Diagnostics diags;
  auto node = parse("title: \"a\\0b\"\nvenue: \"tab\\there\"\n", diags);
  MapReader r(node, "m.yaml", "item", {"title", "venue"}, diags);
  CHECK_FALSE(r.text("title", true));
  CHECK(r.text("venue", true) == "tab\there");
  CHECK(diags.format() ==
        "m.yaml:1:8: error: 'title' holds the control character U+0000\n"
        " 1 | title: \"a\\0b\"\n"
        "   |        ^\n"
        "hint: remove the escape (such as \\0 or \\e) from the quoted text\n");
}

TEST_CASE("a comma inside {...} that makes an unknown key suggests quoting the value") {
  Diagnostics diags;
  auto node = parse("jo: {name: Cllr. Jo Chair, Vice-Chair, role: Member}\n", diags);
  MapReader r(node["jo"], "m.yaml", "person 'jo'", {"name", "role"}, diags);
  CHECK(diags.all().size() == 1);
  CHECK(diags.all()[0].message == "unknown key 'Vice-Chair' in person 'jo'");
  CHECK(diags.all()[0].hint ==
        "a comma inside {…} starts a new key: put the value in quotes, e.g. name: \"Cllr. Jo Chair, Vice-Chair\"");
  Diagnostics block;
  auto lines = parse("jo:\n  name: Jo\n  rloe: Member\n", block);
  MapReader b(lines["jo"], "m.yaml", "person 'jo'", {"name", "role"}, block);
  CHECK(block.all()[0].hint == "did you mean 'role'?");
}
