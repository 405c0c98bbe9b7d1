#include "kinds/inspection/inspection_kind.h"

#include <doctest/doctest.h>

using namespace panelpack;

TEST_CASE("recommendations.csv: one row per recommendation, text quoted where it holds commas or quotes") {
  Inspection in;
  in.reference = "#29536";
  in.published = *Date::parse("2023-11-10");
  in.response_published = *Date::parse("2024-01-04");
  Recommendation a;
  a.id = "#29550";
  a.kind = "area-for-improvement";
  a.level = 3;
  a.addressed_to = "force";
  a.status = "in progress";
  a.response = "Invested £400,000 in \"analysts\".";
  Recommendation b;
  b.id = "#29551";
  b.kind = "recommendation";
  b.addressed_to = "all-forces";
  in.recommendations = {a, b};
  CHECK(recommendations_csv({in}) ==
        "inspection,id,kind,level,addressed_to,status,action,published,response_due,response_published\n"
        "#29536,#29550,area-for-improvement,3,force,in progress,\"Invested £400,000 in \"\"analysts\"\".\","
        "2023-11-10,2024-01-04,2024-01-04\n"
        "#29536,#29551,recommendation,,all-forces,,,2023-11-10,2024-01-04,2024-01-04\n");
}
