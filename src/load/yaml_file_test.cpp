#include "load/yaml_file.h"

#include <doctest/doctest.h>

using namespace panelpack;

namespace {
std::string load_errors(const std::string& text) {
  MemoryFileSystem fs;
  fs.add("m.yaml", text);
  Diagnostics diags;
  auto node = load_yaml(fs, "m.yaml", "m.yaml", diags);
  CHECK(node.has_value() == !diags.has_errors());
  return diags.format();
}
}  // namespace

TEST_CASE("bytes that are not UTF-8 are an error at the first bad byte, quoted cleanly") {
  CHECK(load_errors("body: pac\nvenue: Caf\xe9 Rouge\n") ==
        "m.yaml:2:11: error: m.yaml is not UTF-8 (byte 0xE9 is not part of a UTF-8 character)\n"
        " 2 | venue: Caf\xEF\xBF\xBD Rouge\n"
        "   |           ^\n"
        "hint: save the file as UTF-8 (it was probably saved in another encoding, such as Windows-1252)\n");
}

TEST_CASE("the column of a bad byte counts the characters before it") {
  CHECK(load_errors("venue: £5 \x80\n").find("m.yaml:1:11: error:") == 0);
}

TEST_CASE("a control character is an error at its position, quoted cleanly, and never reaches the YAML parser") {
  using namespace std::string_literals;
  // yaml-cpp would loop without end on this NUL byte.
  CHECK(load_errors("town: Exa\x06\0letown\nitems: [a]\n"s) ==
        "m.yaml:1:10: error: m.yaml holds the control character U+0006, which YAML does not allow\n"
        " 1 | town: Exa\xE2\x90\x86\xE2\x90\x80letown\n"
        "   |          ^\n"
        "hint: remove it: it is invisible in most editors, and was probably pasted in\n");
  CHECK(load_errors("a: \x7f\n").find("m.yaml:1:4: error: m.yaml holds the control character U+007F") == 0);
  CHECK(load_errors("a: tab\there\r\nb: c\n") == "");
}

TEST_CASE("a second document after '---' is an error at the separator") {
  CHECK(load_errors("body: pac\n---\ndate: 2025-01-20\n") ==
        "m.yaml:2:1: error: a second YAML document starts here (panelpack reads one per file, so it would be "
        "ignored)\n"
        " 2 | ---\n"
        "   | ^\n"
        "hint: remove the '---' line so that what follows joins the settings above it, or move it into a file of "
        "its own\n");
  CHECK(load_errors("---\nbody: pac\n# notes\n---\n\ndate: 2025-01-20\n").find("m.yaml:4:1: error: a second") == 0);
}

TEST_CASE("a leading '---' or a trailing one with nothing after it is fine") {
  CHECK(load_errors("---\nbody: pac\n") == "");
  CHECK(load_errors("body: pac\n---\n# nothing more\n") == "");
}

TEST_CASE("nesting too deep to read says so") {
  const std::string text = "items: " + std::string(5000, '[') + "\n";
  const std::string out = load_errors(text);
  // at the outermost '[' (yaml-cpp gives the end of the file)
  CHECK(out.find("m.yaml:1:8: error: invalid YAML (lists and maps are nested too deeply to read)\n") == 0);
  CHECK(out.find("hint: content nests a few levels at most") != std::string::npos);
  CHECK(out.size() < 400);  // the 5,000-character line is quoted as a window
  std::string indented = "a:\n";  // 2,500 levels in 3 MB: under the 4 MB limit for YAML
  for (int i = 1; i < 2500; ++i) indented += std::string(static_cast<size_t>(i), ' ') + "a:\n";
  CHECK(load_errors(indented).find(": error: invalid YAML (lists and maps are nested too deeply to read)") !=
        std::string::npos);
}

TEST_CASE("a tab inside text does not make every syntax error a tab error") {
  CHECK(load_errors("note: \"a\ttab\"\ntitle: Policing: performance\n").find(
            "hint: a ':' where a value was expected") != std::string::npos);
  CHECK(load_errors("a:\n\tb: 1\n").find("hint: indent with spaces") != std::string::npos);
}

TEST_CASE("a NUL, a control character or a byte-order mark in mid-file is named at its place") {
  CHECK(load_errors(std::string("body: pac\ntitle: \"Budget\0Hearing\"\n", 33)) ==
        "m.yaml:2:15: error: m.yaml holds a NUL byte (U+0000), which YAML does not allow\n"
        " 2 | title: \"Budget\xE2\x90\x80Hearing\"\n"
        "   |               ^\n"
        "hint: the file is damaged or is not a text file: remove the byte, or save the file again as plain UTF-8 "
        "text\n");
  CHECK(load_errors("body: pac\n\xEF\xBB\xBF" "date: 2025-01-20\n") ==
        "m.yaml:2:1: error: m.yaml holds a byte-order mark (U+FEFF) after its start\n"
        " 2 | <U+FEFF>date: 2025-01-20\n"
        "   | ^\n"
        "hint: remove it: it is left where files were joined together, and it is invisible in most editors\n");
  CHECK(load_errors("\xEF\xBB\xBF" "body: pac\n") == "");  // at the start it is only an encoding mark
  CHECK(load_errors("body: pac\x1B[31m\n").find("m.yaml:1:10: error: m.yaml holds the control character U+001B") ==
        0);
}

TEST_CASE("a comma that begins a line outside brackets is refused before yaml-cpp sees it") {
  // yaml-cpp 0.7 loops without end on a document that starts with a comma.
  CHECK(comma_starting_a_line(", a}\n") == size_t{0});
  CHECK(comma_starting_a_line("---\n,\n") == size_t{4});
  CHECK(comma_starting_a_line("- a\n  , b\n") == size_t{6});
  CHECK(comma_starting_a_line("a: [b\n  , c]\n") == std::nullopt);  // inside brackets
  CHECK(comma_starting_a_line("a: |\n  , text\nb: c\n") == std::nullopt);  // block text
  CHECK(comma_starting_a_line("a: >-\n  , text\n") == std::nullopt);
  CHECK(comma_starting_a_line("a: \"x [\"\n, b\n") == size_t{9});  // a quoted bracket opens nothing
  CHECK(comma_starting_a_line("a: b # [\n, c\n") == size_t{9});    // nor does one in a comment
  CHECK(comma_starting_a_line("a: b, c\n") == std::nullopt);
  CHECK(load_errors(", role: Chief Executive}\n") ==
        "m.yaml:1:1: error: a line starts with a comma (not valid YAML)\n"
        " 1 | , role: Chief Executive}\n"
        "   | ^\n"
        "hint: put the value on the line above, or in quotes if the comma is part of the text\n");
}
