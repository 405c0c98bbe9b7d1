#include "model/money_table.h"

#include <doctest/doctest.h>

namespace panelpack {

namespace {

MoneyColumn col(std::string key, std::string label, bool amount = false) {
  MoneyColumn c;
  c.key = std::move(key);
  c.label = std::move(label);
  c.amount = amount;
  return c;
}

MoneyRow row(std::string group, std::vector<std::string> cells, std::string type = "") {
  MoneyRow r;
  r.group = std::move(group);
  r.cells = std::move(cells);
  r.type = std::move(type);
  r.pos = {"data/budget.csv", 2, 1};
  return r;
}

// Seed 003's budget table (Police and Crime Plan 2021-25), as published.
MoneyTableSpec plan_budget() {
  MoneyTableSpec s;
  s.id = "policing-budget";
  s.columns = {col("line", "Budget line"), col("y2021", "2021-2022", true), col("y2022", "2022-2023", true),
               col("y2023", "2023-2024", true), col("y2024", "2024-2025", true)};
  s.rows = {row("", {"Police Officer Pay", "97,139,153", "97,777,271", "97,038,027", "99,657,439"}),
            row("", {"Police Staff Pay", "27,181,018", "29,072,012", "30,228,476", "31,036,493"}),
            row("", {"Non-Pay Costs", "17,913,471", "18,566,079", "17,590,381", "17,967,245"}),
            row("", {"Income", "- 5,260,984", "- 5,106,493", "- 5,158,104", "- 5,318,071"})};
  return s;
}

}  // namespace

TEST_CASE("amounts are read the ways finance officers write them and printed with a leading minus") {
  CHECK(parse_amount("1,234")->pence == 123400);
  CHECK(parse_amount("- 5,260,984")->pence == -526098400);
  CHECK(parse_amount("(5,260,984)")->pence == -526098400);
  CHECK(parse_amount("£1,200.50")->pence == 120050);
  CHECK(parse_amount("1,200.50")->decimals == 2);
  CHECK_FALSE(parse_amount("12,34"));
  CHECK_FALSE(parse_amount("1,2345"));
  CHECK_FALSE(parse_amount("n/a"));
  CHECK_FALSE(parse_amount("-(5)"));
  CHECK_FALSE(parse_amount("1.234"));
  CHECK(format_amount(-526098400, 0) == "-5,260,984");
  CHECK(format_amount(13697265800, 0) == "136,972,658");
  CHECK(format_amount(120050, 2) == "1,200.50");
  CHECK(format_amount(-5, 2) == "-0.05");
  CHECK(format_amount(0, 0) == "0");
}

TEST_CASE("seed 003's budget totals are computed; the published 2022-2023 total is 4,000,000 short") {
  Diagnostics diags;
  MoneyTableSpec spec = plan_budget();
  MoneyTable t = compute_money_table(spec, diags);
  REQUIRE_FALSE(diags.has_errors());
  REQUIRE(t.rows.size() == 5);
  const MoneyTableRow& total = t.rows.back();
  CHECK(total.kind == MoneyTableRow::Kind::total);
  CHECK(total.cells[0].text == "Total");
  CHECK(total.cells[1].text == "136,972,658");
  CHECK(total.cells[2].text == "140,308,869");
  CHECK(total.cells[3].text == "139,698,780");
  CHECK(total.cells[4].text == "143,343,106");
  CHECK(t.rows[3].cells[1].text == "-5,260,984");
  CHECK(t.figures.at("total y2021") == "136,972,658");
  CHECK(t.figures.at("Income y2024") == "-5,318,071");

  // The plan as published types 136,308,869 for 2022-2023: the rows add up to 140,308,869.
  spec.rows.push_back(row("", {"Total", "136,972,658", "136,308,869", "139,698,780", "143,343,106"}, "total"));
  spec.rows.back().cell_pos = {{}, {}, {"data/budget.csv", 6, 20}, {}, {}};
  Diagnostics typed;
  compute_money_table(spec, typed);
  REQUIRE(typed.error_count() == 1);
  CHECK(typed.format() ==
        "data/budget.csv:6:20: error: the 'Total' row of table 'policing-budget' gives 136,308,869 for "
        "'2022-2023', but the rows add up to 140,308,869\n"
        "hint: correct the figure or the rows it adds up, or leave the total out: panelpack prints the one it "
        "computes\n");
}

TEST_CASE("seed 004's commissioning budget: a subtotal per section and the grand total") {
  MoneyTableSpec s;
  s.id = "commissioning-budget";
  s.grouped = true;
  s.total_label = "Grand total";
  s.columns = {col("service", "Service name"), col("y2018", "2018/19 budget (£)", true),
               col("y2019", "2019/20 budget (£)", true)};
  s.rows = {row("Victims", {"Victim First", "573,925", "543,752"}),
            row("Victims", {"Paediatric SARC", "", "20,000"}),
            row("Victims", {"Victims subtotal", "573,925", "563,752"}, "subtotal"),
            row("Prevention", {"Kicks", "10,000", "10,000"}),
            row("Prevention", {"Prevent", "", "0"}),
            row("", {"Grand total", "583,925", "573,752"}, "total")};
  Diagnostics diags;
  MoneyTable t = compute_money_table(s, diags);
  CHECK_FALSE(diags.has_errors());
  REQUIRE(t.rows.size() == 9);
  CHECK(t.rows[0].kind == MoneyTableRow::Kind::group);
  CHECK(t.rows[0].label == "Victims");
  CHECK(t.rows[2].cells[1].text == "");  // an empty cell stays empty
  CHECK(t.rows[3].kind == MoneyTableRow::Kind::subtotal);
  CHECK(t.rows[3].cells[0].text == "Victims subtotal");
  CHECK(t.rows[3].cells[2].text == "563,752");
  CHECK(t.rows[7].cells[2].text == "10,000");
  CHECK(t.rows[8].cells[1].text == "583,925");
  CHECK(t.figures.at("Victims y2019") == "563,752");
  CHECK(t.figures.at("total y2019") == "573,752");

  s.rows[2].cells[2] = "563,753";
  Diagnostics wrong;
  compute_money_table(s, wrong);
  CHECK(wrong.error_count() == 1);
  CHECK(wrong.format().find("the 'Victims subtotal' row of table 'commissioning-budget' gives 563,753 for "
                            "'2019/20 budget (£)', but the rows add up to 563,752") != std::string::npos);
}

TEST_CASE("RAG from seed 004's thresholds: above 90 green, 70 to 90 amber, below 70 red, said in words") {
  MoneyTableSpec s;
  s.id = "csp-measures";
  s.columns = {col("measure", "Performance measure"), col("result", "Result (%)", true)};
  s.rag = RagRule{"result", "RAG", 90, 70, {}};
  s.totals = false;
  s.rows = {row("", {"A", "95"}), row("", {"B", "90"}), row("", {"C", "70"}), row("", {"D", "69.5"}),
            row("", {"E", ""})};
  Diagnostics diags;
  MoneyTable t = compute_money_table(s, diags);
  CHECK_FALSE(diags.has_errors());
  REQUIRE(t.rows.size() == 5);
  CHECK(t.headers.back() == "RAG");
  CHECK(t.rows[0].cells.back().text == "Green");
  CHECK(t.rows[1].cells.back().text == "Amber");
  CHECK(t.rows[2].cells.back().text == "Amber");
  CHECK(t.rows[3].cells.back().text == "Red");
  CHECK(t.rows[3].rag == "red");
  CHECK(t.rows[4].cells.back().text == "");

  s.rag->of = "measure";
  Diagnostics bad;
  compute_money_table(s, bad);
  CHECK(bad.error_count() == 1);
}

TEST_CASE("a cell that is not an amount is an error at the cell") {
  MoneyTableSpec s = plan_budget();
  s.rows[1].cells[2] = "29.072.012";
  s.rows[1].cell_pos = {{}, {}, {"data/budget.csv", 3, 30}, {}, {}};
  Diagnostics diags;
  compute_money_table(s, diags);
  REQUIRE(diags.error_count() == 1);
  CHECK(diags.format().rfind("data/budget.csv:3:30: error: '29.072.012' in column '2022-2023' of table "
                             "'policing-budget' is not an amount",
                             0) == 0);
}

}  // namespace panelpack
