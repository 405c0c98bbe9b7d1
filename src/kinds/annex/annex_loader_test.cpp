#include "kinds/annex/annex_loader.h"

#include <doctest/doctest.h>

#include <cstdio>

#include "kinds/annex/annex.h"

using namespace panelpack;
using namespace panelpack::annex;

namespace {

struct Site {
  MemoryFileSystem fs;
  Diagnostics diags;
  std::optional<AnnexSpec> spec;
  std::map<std::string, MonthlyTable> data;

  explicit Site(const std::string& yaml, const std::string& csv = "month,calls,answered\n2024-04,100,90\n2024-05,110,99\n") {
    fs.add("site/meetings/m/annex.yaml", yaml);
    fs.add("site/data/calls.csv", csv);
    spec = load_annex_spec(fs, "site/meetings/m/annex.yaml", "meetings/m/annex.yaml", diags);
    if (spec) data = load_annex_data(fs, *spec, "site", "data", diags);
  }
  std::string first_error() const {
    for (const auto& d : diags.all())
      if (d.severity == Severity::error) return d.pos.str() + ": " + d.message + (d.hint.empty() ? "" : " | " + d.hint);
    return "";
  }
};

const char* kHead =
    "title: Performance report\n"
    "report_month: 2024-05\n"
    "data:\n"
    "  calls: calls.csv\n";

}  // namespace

TEST_CASE("annex loader: a measure with every option") {
  Site s(std::string(kHead) +
         "sections:\n"
         "  - number: \"1\"\n"
         "    title: Calls\n"
         "    measures:\n"
         "      - id: \"1.2\"\n"
         "        name: Answered in 10 seconds\n"
         "        series: answered\n"
         "        per: calls\n"
         "        improvement: increase\n"
         "        target: 90\n"
         "        chart: combo\n"
         "        bars: calls\n"
         "        bars_label: Calls\n"
         "        method: mean-3sd\n"
         "        screening: false\n"
         "        fix_after: 12\n"
         "        rebase: [2024-05]\n"
         "        badge: month\n");
  INFO(s.diags.format());
  REQUIRE(s.spec);
  CHECK(s.diags.error_count() == 0);
  const MeasureSpec& m = s.spec->sections[0].measures[0];
  CHECK(m.id == "1.2");
  CHECK(m.series.table == "calls");
  CHECK(m.per->name == "calls");
  CHECK(m.unit == Unit::percent);  // a rate is a percentage unless told
  CHECK(m.decimals == 1);
  CHECK(m.direction == Direction::increase);
  CHECK(*m.target == 90);
  CHECK(m.chart == ChartKind::combo);
  CHECK(m.bars_label == "Calls");
  CHECK(m.method == SpcMethod::mean_3sd);
  CHECK_FALSE(m.screening);
  CHECK(m.fix_after == 12);
  REQUIRE(m.rebase.size() == 1);
  CHECK(m.rebase[0].first.iso() == "2024-05");
  CHECK(m.rebase[0].second.str() == "meetings/m/annex.yaml:21:18");
  CHECK(m.badge == BadgePeriod::month);
  CHECK(m.series.pos.str() == "meetings/m/annex.yaml:11:17");
  REQUIRE(s.data.count("calls"));
  CHECK(s.data["calls"].file == "data/calls.csv");
}

TEST_CASE("annex loader: a column the annex names but the file lacks, with did-you-mean") {
  Site s(std::string(kHead) +
         "sections:\n"
         "  - title: Calls\n"
         "    measures:\n"
         "      - id: \"1.1\"\n"
         "        name: Calls\n"
         "        series: cals\n"
         "        improvement: neither\n");
  REQUIRE(s.spec);
  compute_annex(*s.spec, s.data, s.diags);
  CHECK(s.first_error() ==
        "meetings/m/annex.yaml:10:17: failed to read data/calls.csv (it has no column 'cals') | did you mean 'calls'?");
}

TEST_CASE("annex loader: unknown keys, tables and values are positioned errors") {
  Site s(std::string(kHead) +
         "sections:\n"
         "  - title: Calls\n"
         "    measures:\n"
         "      - id: \"1.1\"\n"
         "        name: Calls\n"
         "        data: cals\n"
         "        series: calls\n"
         "        improvment: neither\n");
  REQUIRE(s.spec);
  std::vector<std::string> got;
  for (const auto& d : s.diags.all()) got.push_back(d.pos.str() + ": " + d.message + " | " + d.hint);
  // The misspelt key is not reported again as a missing 'improvement'.
  REQUIRE(got.size() == 2);
  CHECK(got[0] == "meetings/m/annex.yaml:12:9: unknown key 'improvment' in measure | did you mean 'improvement'?");
  CHECK(got[1] == "meetings/m/annex.yaml:10:15: unknown data table 'cals' | did you mean 'calls'?");
}

TEST_CASE("annex loader: combo without bars, a short fixed baseline, a bad rebase month") {
  Site s(std::string(kHead) +
         "sections:\n"
         "  - title: Calls\n"
         "    measures:\n"
         "      - id: \"1.1\"\n"
         "        name: Calls\n"
         "        series: calls\n"
         "        improvement: neither\n"
         "        chart: combo\n"
         "        fix_after: 6\n"
         "        rebase: [2024-13]\n");
  std::vector<std::string> got;
  for (const auto& d : s.diags.all()) got.push_back(d.pos.str() + ": " + d.message);
  REQUIRE(got.size() == 3);
  CHECK(got[0] == "meetings/m/annex.yaml:12:16: a combo chart needs 'bars' (the series drawn as bars)");
  CHECK(got[1] == "meetings/m/annex.yaml:13:20: 'fix_after' is 6 (it must be from 12 to 1000)");
  CHECK(got[2] == "meetings/m/annex.yaml:14:18: '2024-13' is not a month");
}

TEST_CASE("annex loader: a rebase outside the data, duplicate measure ids, a missing data file") {
  Site s(std::string(kHead) +
         "  other: missing.csv\n"
         "sections:\n"
         "  - title: Calls\n"
         "    data: calls\n"
         "    measures:\n"
         "      - {id: \"1.1\", name: Calls, series: calls, improvement: neither, rebase: 2023-01}\n"
         "      - {id: \"1.1\", name: Again, series: calls, improvement: neither}\n");
  REQUIRE(s.spec);
  compute_annex(*s.spec, s.data, s.diags);
  std::vector<std::string> got;
  for (const auto& d : s.diags.all()) got.push_back(d.pos.str() + ": " + d.message);
  REQUIRE(got.size() == 3);
  CHECK(got[0] == "meetings/m/annex.yaml:11:9: measure id '1.1' is used twice (first at line 10)");
  CHECK(got[1] == "meetings/m/annex.yaml:5:10: failed to read data/missing.csv (No such file or directory)");
  CHECK(got[2] ==
        "meetings/m/annex.yaml:10:79: rebase month January 2023 is outside the data of measure 1.1 (April 2024 to "
        "May 2024)");
}

TEST_CASE("annex loader: data errors carry the CSV position") {
  Site s(std::string(kHead) +
             "sections:\n"
             "  - title: Calls\n"
             "    measures:\n"
             "      - {id: \"1.1\", name: Calls, series: calls, improvement: neither}\n",
         "month,calls,answered\n2024-04,100,90\n2024-05,1l0,99\n");
  CHECK(s.first_error() ==
        "data/calls.csv:3:9: failed to read data/calls.csv ('1l0' in column 'calls' is not a number) | write numbers "
        "like 1234, 1,234 or 12.5 (at most 15 digits); leave the cell empty for no value");
}

TEST_CASE("annex loader: a measure without a data table when the annex has several") {
  Site s("title: R\nreport_month: 2024-05\ndata:\n  calls: calls.csv\n  more: calls.csv\nsections:\n"
         "  - title: Calls\n    measures:\n      - {id: \"1.1\", name: Calls, series: calls, improvement: neither}\n");
  CHECK(s.first_error() ==
        "meetings/m/annex.yaml:9:9: measure 1.1 has no data table (the annex has 2 and no default) | add 'data: "
        "<name>' naming one of the annex's data tables, here or under 'defaults'");
}

TEST_CASE("annex loader: a comparison table needs every month of both periods") {
  std::string csv = "month,crimes,outcomes\n";
  for (int y = 2023; y <= 2024; ++y)
    for (int m = 4; m <= 12; ++m) {
      char row[64];
      std::snprintf(row, sizeof row, "%d-%02d,%s,10\n", y, m, (y == 2023 && m == 6) ? "" : "100");
      csv += row;
    }
  // the months between the two periods
  std::string filled;
  for (size_t p = 0; p < csv.size();) {
    size_t nl = csv.find('\n', p);
    std::string line = csv.substr(p, nl - p + 1);
    filled += line;
    if (line.rfind("2023-12", 0) == 0) filled += "2024-01,100,10\n2024-02,100,10\n2024-03,100,10\n";
    p = nl + 1;
  }
  Site s("title: R\nreport_month: 2024-12\ndata: {c: calls.csv}\nsections: []\ntables:\n"
         "  - id: crime-types\n    title: Crime types\n    kind: comparison\n    rows:\n"
         "      - {name: All crime, volume: crimes, outcomes: outcomes}\n",
         filled);
  REQUIRE(s.spec);
  Annex a = compute_annex(*s.spec, s.data, s.diags);
  CHECK(s.first_error() ==
        "data/calls.csv:4:9: failed to compute table 'crime-types' (crimes has no figure for June 2023, needed for "
        "SPLY) | the table sums April 2023 to December 2023; add the missing figure");
  CHECK(a.tables[0].comparison.empty());
}
