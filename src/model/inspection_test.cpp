#include "model/inspection.h"

#include <doctest/doctest.h>

using namespace panelpack;

namespace {
Date d(const char* iso) { return *Date::parse(iso); }
}  // namespace

TEST_CASE("the response is due on the 56th day, counting the publication day as the first") {
  CHECK(response_due(d("2023-11-10")) == d("2024-01-04"));  // across a month and a year end
  CHECK(response_due(d("2024-01-10")) == d("2024-03-05"));  // across 29 February 2024
  CHECK(response_due(d("2023-01-10")) == d("2023-03-06"));  // no leap day
  CHECK(response_due(d("2024-12-31")) == d("2025-02-24"));
  CHECK(response_due(d("2024-03-01")) == d("2024-04-25"));
}

TEST_CASE("a published response is on time up to and including the due date") {
  Inspection i;
  i.published = d("2023-11-10");
  i.response_published = d("2024-01-04");
  CHECK(response_state(i, d("2025-01-01")) == ResponseState::on_time);
  i.response_published = d("2024-01-05");
  CHECK(response_state(i, d("2023-12-01")) == ResponseState::late);
  CHECK(std::string(state_label(ResponseState::late)) == "Published late");
}

TEST_CASE("an unpublished response is due until the day after the due date, then overdue") {
  Inspection i;
  i.published = d("2024-01-10");
  CHECK(response_state(i, d("2024-01-10")) == ResponseState::due);
  CHECK(response_state(i, d("2024-03-05")) == ResponseState::due);
  CHECK(response_state(i, d("2024-03-06")) == ResponseState::overdue);
}

TEST_CASE("labels of types and kinds") {
  CHECK(type_label("PEEL") == "PEEL");
  CHECK(type_label("national thematic") == "National thematic");
  CHECK(kind_label("area-for-improvement") == "Area for improvement");
  CHECK(kind_label("recommendation") == "Recommendation");
}
