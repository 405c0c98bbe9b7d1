#include "kinds/annex/annual_table.h"

#include <doctest/doctest.h>

using namespace panelpack::annex;

TEST_CASE("annual table: financial years summed or averaged, the last one to date") {
  // April 2022 to December 2024: 33 months
  MonthlySeries applications, days;
  applications.first = days.first = Month::of(2022, 4);
  for (int i = 0; i < 33; ++i) {
    applications.values.push_back(10.0);
    days.values.push_back(i < 12 ? 446.0 : i < 24 ? 174.0 : 38.0);
  }
  days.values[30] = std::nullopt;  // October 2024
  AnnualTable t = annual_table({{"Applications", &applications, false}, {"Average days to close", &days, true}},
                               Month::of(2024, 12), 1);
  CHECK(t.labels == std::vector<std::string>{"2022/23", "2023/24", "FYTD 2024/25"});
  CHECK(t.texts[0] == std::vector<std::string>{"120", "446.0"});
  CHECK(t.texts[1] == std::vector<std::string>{"120", "174.0"});
  CHECK(t.texts[2] == std::vector<std::string>{"90", "no figure"});  // a month missing: not averaged over the rest
  CHECK(*t.values[2][0] == 90);
}

TEST_CASE("annual table: years before the data are left out, a missing series shows no figure") {
  MonthlySeries s;
  s.first = Month::of(2023, 4);
  for (int i = 0; i < 12; ++i) s.values.push_back(1.0);
  AnnualTable t = annual_table({{"A", &s, false}, {"B", nullptr, false}}, Month::of(2024, 3), 0);
  CHECK(t.labels == std::vector<std::string>{"2023/24"});
  CHECK(t.texts[0] == std::vector<std::string>{"12", "no figure"});
}
