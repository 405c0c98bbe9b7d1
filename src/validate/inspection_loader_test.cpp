#include "validate/inspection_loader.h"

#include <doctest/doctest.h>

#include "validate/project_loader.h"
#include "validate/test_site.h"

using namespace panelpack;

namespace {

std::optional<Project> load_with(const std::string& inspection, Diagnostics& diags) {
  auto fs = test::site_fs();
  fs.add("inspections/29536.yaml", inspection);
  return load_project(fs, ".", diags);
}

const char* const kHead = R"(reference: "#29536"
title: An inspection
published: 2023-11-10
type: national thematic
response: I welcome the report.
)";

}  // namespace

TEST_CASE("an inspection loads with its recommendations, responses given inline or apart, and its id from the reference") {
  Diagnostics diags;
  auto p = load_with(std::string(kHead) + R"(recommendations:
  - {id: "#29550", kind: area-for-improvement, level: 3, text: Capacity., addressed_to: force, response: Invested., status: in progress}
  - {id: "#29551", kind: recommendation, text: Plans., addressed_to: commissioner}
  - {id: "#29552", kind: recommendation, text: National., addressed_to: all-forces}
responses:
  - {recommendation: "#29551", response: Training given., status: complete}
meeting: 2025-01-20
item: performance
)",
                     diags);
  REQUIRE(p);
  CHECK(diags.format() == "");
  REQUIRE(p->inspections.size() == 1);
  const Inspection& in = p->inspections[0];
  CHECK(in.id == "29536");
  CHECK(in.type == "national thematic");
  CHECK(response_due(in.published) == *Date::parse("2024-01-04"));
  REQUIRE(in.recommendations.size() == 3);
  CHECK(in.recommendations[0].level == 3);
  CHECK(in.recommendations[1].response == "Training given.");
  CHECK(in.recommendations[1].status == "complete");
  CHECK(in.recommendations[2].response.empty());
  CHECK(in.is_public);
}

TEST_CASE("a site without an inspections folder has no inspections and no message") {
  Diagnostics diags;
  auto fs = test::site_fs();
  auto p = load_project(fs, ".", diags);
  REQUIRE(p);
  CHECK(p->inspections.empty());
  CHECK(diags.format() == "");
}

TEST_CASE("an unknown meeting or item is an error at its line") {
  Diagnostics diags;
  load_with(std::string(kHead) + "meeting: 2025-01-20\nitem: performanse\n", diags);
  CHECK(diags.error_count() == 1);
  CHECK(diags.format().find("unknown agenda item 'performanse'") != std::string::npos);
  CHECK(diags.format().find("did you mean 'performance'?") != std::string::npos);
}

TEST_CASE("a second response to one recommendation is an error") {
  Diagnostics diags;
  load_with(std::string(kHead) + R"(recommendations:
  - {id: "#29550", kind: recommendation, text: One., addressed_to: force, response: Done., status: complete}
responses:
  - {recommendation: "#29550", response: Again., status: complete}
)",
            diags);
  CHECK(diags.error_count() == 1);
  CHECK(diags.format().find("a second response to recommendation #29550") != std::string::npos);
}

TEST_CASE("a level on a recommendation, and a response without a status, are errors") {
  Diagnostics diags;
  load_with(std::string(kHead) + R"(recommendations:
  - {id: "#29550", kind: recommendation, level: 2, text: One., addressed_to: force, response: Done.}
)",
            diags);
  CHECK(diags.error_count() == 2);
  CHECK(diags.format().find("the inspectorate grades only areas for improvement") != std::string::npos);
  CHECK(diags.format().find("the response to #29550 has no status") != std::string::npos);
}

TEST_CASE("the clock as at a date: a warning within warn_days of the due date, an error once overdue, nothing once published") {
  Inspection a;
  a.reference = "#1";
  a.published = *Date::parse("2023-11-10");  // due 4 January 2024
  Inspection b = a;
  b.reference = "#2";
  b.response_published = *Date::parse("2024-02-01");
  {
    Diagnostics diags;
    check_inspection_clock({a, b}, *Date::parse("2024-01-05"), 14, diags);
    CHECK(diags.error_count() == 1);
    CHECK(diags.warning_count() == 0);
  }
  {
    Diagnostics diags;
    check_inspection_clock({a}, *Date::parse("2023-12-21"), 14, diags);
    CHECK(diags.warning_count() == 1);
    CHECK(diags.format().find("falls due on 4 January 2024 (in 14 days") != std::string::npos);
  }
  {
    Diagnostics diags;
    check_inspection_clock({a}, *Date::parse("2023-12-20"), 14, diags);
    CHECK(diags.format() == "");
  }
}
