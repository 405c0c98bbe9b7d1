#include "validate/report_loader.h"

#include <doctest/doctest.h>

#include "validate/project_loader.h"
#include "validate/test_site.h"

using namespace panelpack;

namespace {

std::optional<Project> load_with(const std::string& report, Diagnostics& diags,
                                 const std::vector<std::pair<std::string, std::string>>& files = {}) {
  auto fs = test::site_fs();
  fs.add("meetings/2025-01-20/reports/budget.yaml", report);
  for (const auto& [path, bytes] : files) fs.add(path, bytes);
  return load_project(fs, ".", diags);
}

const Report& report_of(const Project& p) {
  for (const Meeting& m : p.meetings)
    if (m.id == "2025-01-20") return m.reports.at(0);
  throw std::logic_error("no meeting");
}

const char* const kHead = R"(item: performance
report_of: Chief Executive
subject: Budget
author: gill-shearer
purpose: To report the budget of £[[budget/total y2024]].
recommendations:
  - To note £[[budget/Staff y2024]] on staff.
implications: {financial: none, legal: The Act applies., equality: None., risk: none}
body:
  - heading: Budget
    paragraphs:
      - text: Staff cost £[[budget/Officers y2024]].
        points: [Pay rose.]
      - table: budget
)";

}  // namespace

TEST_CASE("a report loads with its tables added up, figures filled in and 'none' stated") {
  Diagnostics diags;
  auto p = load_with(std::string(kHead) + R"(tables:
  - id: budget
    data: budget.csv
    group: area
    columns: [{key: line}, {key: y2024, amount: true}]
)",
                     diags, {{"data/budget.csv", "area,line,y2024\nStaff,Officers,\"1,000\"\nStaff,Civilian staff,500\nOther,Fuel,250\n"}});
  REQUIRE(p);
  CHECK(diags.format() == "");
  const Report& r = report_of(*p);
  CHECK(r.id == "budget");
  CHECK(r.file == "meetings/2025-01-20/reports/budget.yaml");
  CHECK(r.purpose.source == "To report the budget of £1,750.");
  CHECK(r.recommendations.at(0).source == "To note £1,500 on staff.");
  CHECK(r.body.at(0).paragraphs.at(0).text.source == "Staff cost £1,000.");
  CHECK(r.body.at(0).paragraphs.at(0).points.at(0).source == "Pay rose.");
  CHECK(r.body.at(0).paragraphs.at(1).table == "budget");
  REQUIRE(r.implications.size() == 4);
  CHECK(r.implications[0].text.source == "None.");
  CHECK(r.implications[1].text.source == "The Act applies.");
  CHECK(r.implications[2].label == "Equality impact assessment");
  CHECK(r.contacts == std::vector<std::string>{"gill-shearer"});
  REQUIRE(r.tables.size() == 1);
  CHECK(r.tables[0].rows.back().cells[1].text == "1,750");
}

TEST_CASE("a file in the reports folder that is not a report is named, not read") {
  Diagnostics diags;
  load_with(kHead, diags, {{"meetings/2025-01-20/reports/notes.yml", "item: x\n"}});
  CHECK(diags.format().find("meetings/2025-01-20/reports/notes.yml: warning: skipped meetings/2025-01-20/reports/notes.yml "
                            "(the reports folder holds one <id>.yaml per report)\nhint: rename it to end in .yaml\n") !=
        std::string::npos);
}

TEST_CASE("a figure that could be a row or a group's subtotal is an error, not a guess") {
  Diagnostics diags;
  load_with(std::string(kHead) + R"(tables:
  - id: budget
    data: budget.csv
    group: area
    columns: [{key: line}, {key: y2024, amount: true}]
)",
            diags, {{"data/budget.csv", "area,line,y2024\nStaff,Officers,\"1,000\"\nStaff,Staff,500\n"}});
  CHECK(diags.format().find("error: the figure [[budget/Staff y2024]] could be either of two figures of table "
                            "'budget' (a row and a group have the same name)") != std::string::npos);
}

TEST_CASE("figures name a table, a row or group and a column; anything else is an error with a suggestion") {
  MoneyTable t;
  t.id = "budget";
  t.figures = {{"total y2024", "1,750"}, {"Staff y2024", "1,500"}};
  Diagnostics diags;
  CHECK(expand_table_figures("£[[budget/total y2024]] and [[budget/Staff y2024]].", {"r.yaml", 3, 10}, {t}, diags) ==
        "£1,750 and 1,500.");
  CHECK(diags.format() == "");
  CHECK(expand_table_figures("[[budgte/total y2024]]", {"r.yaml", 3, 10}, {t}, diags) == "[[budgte/total y2024]]");
  CHECK(expand_table_figures("[[budget/Staf y2024]]", {"r.yaml", 4, 10}, {t}, diags) == "[[budget/Staf y2024]]");
  CHECK(diags.format() ==
        "r.yaml:3:10: error: the figure [[budgte/total y2024]] names no table of this report ('budgte')\n"
        "hint: did you mean 'budget'?\n"
        "r.yaml:4:10: error: the figure [[budget/Staf y2024]] is not in table 'budget'\n"
        "hint: did you mean 'Staff y2024'?\n");
}

TEST_CASE("a paper appendix must be one the meeting has, and a table one of the report's") {
  Diagnostics diags;
  load_with(std::string(kHead) + R"(appendices:
  - {title: Annex, paper: annex}
  - {title: Other, paper: budgte}
  - {title: Table, table: costs}
  - {title: Two, table: budget, pdf: x.pdf}
tables:
  - {id: budget, columns: [{key: line}, {key: y2024, amount: true}], rows: [{line: Officers, y2024: "1"}], group: area}
)",
            diags);
  const std::string out = diags.format();
  CHECK(out.find("the appendix names the annex, but meetings/2025-01-20 has no annex.yaml") != std::string::npos);
  CHECK(out.find("the appendix names the paper 'budgte', which the meeting does not have") != std::string::npos);
  CHECK(out.find("unknown table 'costs'") != std::string::npos);
  CHECK(out.find("an appendix must be exactly one of a table, a paper or a PDF") != std::string::npos);
}
