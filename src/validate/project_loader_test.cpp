#include "validate/project_loader.h"

#include <doctest/doctest.h>

#include "validate/test_site.h"

using namespace panelpack;

TEST_CASE("a valid site loads with its meetings in date order") {
  auto fs = test::site_fs();
  Diagnostics diags;
  auto project = load_project(fs, ".", diags);
  REQUIRE(project);
  CHECK(diags.format() == "");
  REQUIRE(project->meetings.size() == 2);
  CHECK(project->meetings[0].date == Date{2024, 10, 25});
  const Meeting& m = project->meetings[1];
  CHECK(m.venue == "Carleton Hall");
  REQUIRE(m.items.size() == 2);
  CHECK(m.items[1].part == 2);
  REQUIRE(m.items[1].exempt);
  CHECK(m.items[1].exempt->paragraph == 3);
  CHECK(m.items[1].exempt->public_title == "Estates matter");
  CHECK(m.id == "2025-01-20");
  CHECK(m.items[0].id == "performance");
  CHECK(project->site.bodies.at("pac").opening_items.size() == 2);
}

TEST_CASE("every problem in a meeting is reported in one run") {
  auto fs = test::site_fs(R"(body: pak
date: 2025-01-32
start: "10:00"
venue: Carleton Hall
attendees: [david-alen]
items:
  - title: Estates
    part: 2
    exempt: {paragraph: 9, reason: x}
  - title: Other
    part: 2
  - titel: Typo
)");
  Diagnostics diags;
  load_project(fs, ".", diags);
  CHECK(diags.error_count() == 6);  // "titel" is not also reported as a missing title
  const std::string text = diags.format();
  CHECK(text.find("meetings/2025-01-20/meeting.yaml:1:7: error: unknown body 'pak'") != std::string::npos);
  CHECK(text.find("hint: did you mean 'pac'?") != std::string::npos);
  CHECK(text.find("2:7: error: '2025-01-32' is not a date (January 2025 has 31 days)") != std::string::npos);
  CHECK(text.find("5:13: error: unknown person 'david-alen'\n") != std::string::npos);
  CHECK(text.find("hint: did you mean 'david-allen'?") != std::string::npos);
  CHECK(text.find("9:25: error: 'paragraph' is 9 (it must be from 1 to 7)") != std::string::npos);
  CHECK(text.find("11:11: error: item 3, 'Other' is in Part 2 but gives no exemption") != std::string::npos);
  CHECK(text.find("12:5: error: unknown key 'titel' in item 1") != std::string::npos);
}

TEST_CASE("two meetings of one body on one day are an error") {
  auto fs = test::site_fs();
  fs.add("meetings/copy/meeting.yaml", test::kMeetingYaml);
  Diagnostics diags;
  load_project(fs, ".", diags);
  CHECK(diags.format().find("two meetings of 'pac' on 2025-01-20") != std::string::npos);
}

TEST_CASE("a meeting folder without meeting.yaml is reported") {
  auto fs = test::site_fs();
  fs.add("meetings/2025-03-01/notes.txt", "");
  Diagnostics diags;
  load_project(fs, ".", diags);
  CHECK(diags.format() ==
        "meetings/2025-03-01: error: meeting folder meetings/2025-03-01 has no meeting.yaml\n"
        "hint: add a meeting.yaml (see docs/content.md), or remove the folder\n");
}

TEST_CASE("a meeting.yaml that is not a file, or a folder that cannot be read, says which") {
  auto fs = test::site_fs();
  fs.add_special("meetings/2025-03-01/meeting.yaml", "it is a FIFO, not a file");
  fs.add_special("meetings/2025-03-02/meeting.yaml", "it is a symbolic link that leads round in a loop");
  fs.add_unreadable_dir("meetings/2025-03-03", "Permission denied");
  fs.add("meetings/2025-01-20/annex.yaml/notes.txt", "");
  Diagnostics diags;
  load_project(fs, ".", diags);
  CHECK(diags.format() ==
        "meetings/2025-01-20/annex.yaml: error: failed to read meetings/2025-01-20/annex.yaml (it is a folder, not "
        "a file)\n"
        "hint: write the performance annex in a file called annex.yaml (docs/annex.md), or remove it\n"
        "meetings/2025-03-01/meeting.yaml: error: failed to read meetings/2025-03-01/meeting.yaml (it is a FIFO, "
        "not a file)\n"
        "hint: make meeting.yaml a file holding the meeting (see docs/content.md)\n"
        "meetings/2025-03-02/meeting.yaml: error: failed to read meetings/2025-03-02/meeting.yaml (it is a symbolic "
        "link that leads round in a loop)\n"
        "hint: make meeting.yaml a file holding the meeting (see docs/content.md)\n"
        "meetings/2025-03-03: error: failed to read the meeting folder meetings/2025-03-03 (Permission denied)\n"
        "hint: let panelpack read the folder (chmod a+rx meetings/2025-03-03), or remove it\n");
}

namespace {
// The errors of a site whose meeting of 2025-01-20 has these agenda items.
std::string item_errors(const std::string& items) {
  auto fs = test::site_fs("body: pac\ndate: 2025-01-20\nstart: \"10:00\"\nvenue: Carleton Hall\nitems:\n" + items);
  Diagnostics diags;
  load_project(fs, ".", diags);
  return diags.format();
}
}  // namespace

TEST_CASE("a blank exemption reason is an error, not an exemption without one") {
  const std::string hint =
      "hint: write why the public interest in keeping the information exempt outweighs the public interest in "
      "disclosing it, e.g. 'reason: Commercial negotiations are under way.'\n";
  CHECK(item_errors("  - title: Estates\n    part: 2\n    exempt: {paragraph: 3, reason: \"\"}\n") ==
        "meetings/2025-01-20/meeting.yaml:8:36: error: the exemption of item 4, 'Estates' gives a blank 'reason'\n"
        " 8 |     exempt: {paragraph: 3, reason: \"\"}\n"
        "   |                                    ^\n" +
            hint);
  CHECK(item_errors("  - title: Estates\n    part: 2\n    exempt: {paragraph: 3, reason: ' '}\n")
            .find("8:36: error: the exemption of item 4, 'Estates' gives a blank 'reason'") != std::string::npos);
}

TEST_CASE("a blank public title, or one that repeats the exempt title, is an error") {
  CHECK(item_errors("  - title: Estates\n    part: 2\n    exempt: {paragraph: 3, reason: Why., public_title: ''}\n") ==
        "meetings/2025-01-20/meeting.yaml:8:56: error: the exemption of item 4, 'Estates' gives a blank 'public_title'\n"
        " 8 |     exempt: {paragraph: 3, reason: Why., public_title: ''}\n"
        "   |                                                        ^\n"
        "hint: write the neutral title the public agenda shows, e.g. 'public_title: Estates matter', or remove the "
        "line to show 'Exempt item'\n");
  CHECK(item_errors("  - title: Sale of Penrith depot\n    part: 2\n"
                    "    exempt: {paragraph: 3, reason: Why., public_title: sale of  Penrith depot}\n") ==
        "meetings/2025-01-20/meeting.yaml:8:56: error: the public title of item 4, 'Sale of Penrith depot' is the item's own title "
        "(the public agenda would show it)\n"
        " 8 |     exempt: {paragraph: 3, reason: Why., public_title: sale of  Penrith depot}\n"
        "   |                                                        ^\n"
        "hint: give a neutral title that reveals nothing exempt, e.g. 'public_title: Estates matter', or, if the "
        "title itself may be published, write 'title_is_public: true' in its place\n");
  CHECK(item_errors("  - title: Estates\n    part: 2\n    exempt: {paragraph: 3, reason: Why., public_title:}\n")
            .find("error: the exemption of item 4, 'Estates' gives a blank 'public_title'") != std::string::npos);
  // Punctuation does not make the title a different one.
  CHECK(item_errors("  - title: Sale of Penrith depot\n    part: 2\n"
                    "    exempt: {paragraph: 3, reason: Why., public_title: \"Sale of Penrith-depot.\"}\n")
            .find("is the item's own title") != std::string::npos);
  // Publishing the real title is allowed when said in words, but not beside a public title.
  CHECK(item_errors("  - title: Sale of Penrith depot\n    part: 2\n"
                    "    exempt: {paragraph: 3, reason: Why., title_is_public: true}\n") == "");
  CHECK(item_errors("  - title: Estates\n    part: 2\n"
                    "    exempt: {paragraph: 3, reason: Why., public_title: Land, title_is_public: true}\n")
            .find("gives a 'public_title' and 'title_is_public: true'") != std::string::npos);
}

TEST_CASE("an invalid part is reported alone, and the exemption's own fields are still checked") {
  const std::string out = item_errors("  - title: Estates\n    part: two\n    exempt: {paragraph: 8, reason: Why.}\n");
  CHECK(out.find("7:11: error: expected 'part' to be a whole number (found 'two')\n") != std::string::npos);
  CHECK(out.find("hint: write 'part: 1' for an item taken in public or 'part: 2' for one taken in private (with "
                 "'exempt')\n") != std::string::npos);
  CHECK(out.find("8:25: error: 'paragraph' is 8 (it must be from 1 to 7)") != std::string::npos);
  CHECK(out.find("Part 1") == out.find("Part 1 of Schedule 12A"));  // no "… but is in Part 1"
  CHECK(out.find("is in Part") == std::string::npos);
}

TEST_CASE("an exemption or an items list of the wrong shape says how to write it") {
  CHECK(item_errors("  - title: Estates\n    part: 2\n    exempt: 3\n") ==
        "meetings/2025-01-20/meeting.yaml:8:13: error: expected the exemption of item 4, 'Estates' to be a map of "
        "'key: value' lines (found '3')\n"
        " 8 |     exempt: 3\n"
        "   |             ^\n"
        "hint: write 'exempt: {paragraph: 3, reason: …}': the exemption gives the reason as well as the paragraph\n");
  auto fs = test::site_fs("body: pac\ndate: 2025-01-20\nstart: \"10:00\"\nvenue: Carleton Hall\nitems: foo\n");
  Diagnostics diags;
  load_project(fs, ".", diags);
  CHECK(diags.format() ==
        "meetings/2025-01-20/meeting.yaml:5:8: error: expected 'items' to be a list of '- ' lines (found 'foo')\n"
        " 5 | items: foo\n"
        "   |        ^\n"
        "hint: write each agenda item on its own line starting '  - title: …' below 'items:'\n");
}

TEST_CASE("a person or body id given twice is an error at the second, and the first is kept") {
  auto fs = test::site_fs();
  std::string site = test::kSiteYaml;
  site.replace(site.find("bodies:"), 7,
               "  david-allen: {name: Someone Else}\nbodies:\n  pac: {name: Second}");
  fs.add("panelpack.yaml", site);
  Diagnostics diags;
  auto project = load_project(fs, ".", diags);
  CHECK(diags.format() ==
        "panelpack.yaml:7:3: error: 'david-allen' is given twice in 'people' (first at line 5)\n"
        " 7 |   david-allen: {name: Someone Else}\n"
        "   |   ^\n"
        "hint: keep one of them\n"
        "panelpack.yaml:10:3: error: 'pac' is given twice in 'bodies' (first at line 9)\n"
        " 10 |   pac:\n"
        "    |   ^\n"
        "hint: keep one of them\n");
  REQUIRE(project);
  CHECK(project->site.people.at("david-allen").name == "Mr David Allen");
  CHECK(project->site.bodies.at("pac").name == "Second");
}

TEST_CASE("files in the meetings folder that are not read are named") {
  auto fs = test::site_fs();
  fs.add("meetings/2025-03-01-pac.yaml", "body: pac\n");
  fs.add("meetings/README.txt", "notes");
  fs.add("meetings/2025-04-01/Meeting.yml", "body: pac\n");
  Diagnostics diags;
  load_project(fs, ".", diags);
  CHECK(diags.format() ==
        "meetings/2025-03-01-pac.yaml: warning: skipped meetings/2025-03-01-pac.yaml (a meeting is a folder "
        "holding a meeting.yaml)\n"
        "hint: if it is a meeting, move it to meetings/2025-03-01-pac/meeting.yaml\n"
        "meetings/2025-04-01/Meeting.yml: error: meeting folder meetings/2025-04-01 has no meeting.yaml (it has "
        "Meeting.yml)\n"
        "hint: rename it to meeting.yaml\n");
}

TEST_CASE("a meetings folder without meetings is a warning") {
  MemoryFileSystem fs;
  fs.add("panelpack.yaml", test::kSiteYaml);
  fs.add("meetings/.keep", "");
  Diagnostics diags;
  auto project = load_project(fs, ".", diags);
  REQUIRE(project);
  CHECK(diags.format() ==
        "meetings: warning: no meetings found in meetings (it has no meeting folders)\n"
        "hint: add a folder for each meeting holding its meeting.yaml, e.g. meetings/2025-03-10/meeting.yaml\n");
  CHECK_FALSE(diags.has_errors());
}

TEST_CASE("allow_scripts takes https addresses only") {
  auto fs = test::site_fs();
  std::string site = *fs.read("panelpack.yaml", nullptr);
  fs.add("panelpack.yaml", site + "allow_scripts: [https://stats.example.org/count.js, javascript:alert(1)]\n");
  Diagnostics diags;
  auto project = load_project(fs, ".", diags);
  REQUIRE(project);
  CHECK(project->site.allow_scripts == std::vector<std::string>{"https://stats.example.org/count.js"});
  CHECK(diags.all().at(0).message == "the script address javascript:alert(1) is not an https address");
}
