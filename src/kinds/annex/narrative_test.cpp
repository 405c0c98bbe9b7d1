#include "kinds/annex/narrative.h"

#include <doctest/doctest.h>

#include "kinds/annex/annex.h"
#include "kinds/annex/annex_loader.h"

using namespace panelpack;
using namespace panelpack::annex;

namespace {

// A small annex: twelve steady months, then a spike in the latest.
struct Small {
  MemoryFileSystem fs;
  Diagnostics diags;
  std::optional<AnnexSpec> spec;
  std::map<std::string, MonthlyTable> data;
  Annex annex;

  explicit Small(const std::string& commentary, const std::string& direction = "decrease") {
    std::string csv = "month,vwi\n";
    for (int i = 0; i < 12; ++i) csv += "2024-" + std::string(i + 1 < 10 ? "0" : "") + std::to_string(i + 1) + "," +
                                        std::to_string(i % 2 ? 110 : 90) + "\n";
    csv += "2025-01,200\n";
    fs.add("data/crime.csv", csv);
    fs.add("annex.yaml",
           "title: Report\n"
           "report_month: 2025-01\n"
           "data: {crime: crime.csv}\n"
           "sections:\n"
           "  - title: Crime\n"
           "    measures:\n"
           "      - id: \"3.3\"\n"
           "        name: Violence with injury\n"
           "        series: vwi\n"
           "        improvement: " + direction + "\n"
           "        commentary: |\n"
           "          " + commentary + "\n");
    spec = load_annex_spec(fs, "annex.yaml", "annex.yaml", diags);
    REQUIRE(spec);
    data = load_annex_data(fs, *spec, "", "data", diags);
    annex = compute_annex(*spec, data, diags);
  }
};

}  // namespace

TEST_CASE("narrative: the exceptions list comes from the rules") {
  // mean of 13 values (1200 + 200)/13 = 107.69; ranges twelve of 20 and one of 90 (screened: 90 >= 3.267 × 25.4)
  Small s("x");
  REQUIRE(s.annex.exceptions.size() == 1);
  CHECK(s.annex.exceptions[0].text ==
        "Violence with injury: the latest month (January 2025, 200) is above the upper process limit (160.9)");
  CHECK(s.annex.exceptions[0].tone == "concern");
  Small up("x", "increase");
  CHECK(up.annex.exceptions[0].tone == "improvement");
}

TEST_CASE("narrative: figures quoted in commentary") {
  Small s("In [[3.3 latest-month]] there were [[3.3 latest]] offences; the mean is [[3.3 mean]].");
  Text t = s.spec->sections[0].measures[0].commentary;
  CHECK(expand_figures(t, s.annex.figures, s.diags) ==
        "In January 2025 there were 200 offences; the mean is 107.7.\n");
  CHECK(s.diags.error_count() == 0);
}

TEST_CASE("narrative: an unknown reference or field is an error at its position with a suggestion") {
  Small s("Latest: [[3.4 latest]] and [[3.3 lates]] and [[3.3]].");
  Text t = s.spec->sections[0].measures[0].commentary;
  CHECK(t.block);
  std::string out = expand_figures(t, s.annex.figures, s.diags);
  CHECK(out == "Latest: [[3.4 latest]] and [[3.3 lates]] and [[3.3]].\n");
  REQUIRE(s.diags.all().size() == 3);
  CHECK(s.diags.all()[0].pos.str() == "annex.yaml:12:19");
  CHECK(s.diags.all()[0].message == "unknown figure reference '3.4' in [[3.4 latest]]");
  CHECK(s.diags.all()[0].hint == "did you mean '3.3'?");
  CHECK(s.diags.all()[1].pos.str() == "annex.yaml:12:38");
  CHECK(s.diags.all()[1].message == "unknown field 'lates' in [[3.3 lates]]");
  CHECK(s.diags.all()[1].hint == "did you mean 'latest'?");
  CHECK(s.diags.all()[2].message == "no field in [[3.3]]");
}

TEST_CASE("narrative: a documented field with no value says why, not 'unknown field'") {
  // Data from January 2024: no same period last year (April 2023 to January
  // 2024), no Q3 2023/24 for the quarterly badge, no target.
  Small s("[[3.3 fytd-change]] [[3.3 change]] [[3.3 sply]] [[3.3 target]] [[3.3 fytd]]");
  Text t = s.spec->sections[0].measures[0].commentary;
  std::string out = expand_figures(t, s.annex.figures, s.diags);
  CHECK(out.find("[[3.3 fytd-change]] [[3.3 change]] [[3.3 sply]] [[3.3 target]] ") == 0);
  REQUIRE(s.diags.all().size() == 4);
  CHECK(s.diags.all()[0].pos.str() == "annex.yaml:12:11");
  CHECK(s.diags.all()[0].message ==
        "no value for [[3.3 fytd-change]]: the data for 3.3 starts in January 2024, so it has no figure for the "
        "same period last year (April 2023 to January 2024)");
  CHECK(s.diags.all()[0].hint ==
        "quote a figure the data covers, such as [[3.3 latest]], or add the earlier months to data/crime.csv");
  CHECK(s.diags.all()[1].message ==
        "no value for [[3.3 change]]: the data for 3.3 starts in January 2024, so it has no figure for Q3 2023/24 "
        "(October 2023 to December 2023)");
  CHECK(s.diags.all()[1].hint ==
        "quote a figure the data covers, such as [[3.3 latest]], or add the earlier months to data/crime.csv");
  CHECK(s.diags.all()[2].message.find("no value for [[3.3 sply]]: the data for 3.3 starts in January 2024") == 0);
  CHECK(s.diags.all()[3].message == "no value for [[3.3 target]]: measure 3.3 has no target");
  CHECK(s.diags.all()[3].hint == "add a target to measure 3.3 in the annex file");
  // The open data lists only the figures that have a value.
  CHECK(s.annex.figures.values.at("3.3").count("fytd"));
  CHECK_FALSE(s.annex.figures.values.at("3.3").count("sply"));
  CHECK_FALSE(s.annex.figures.values.at("3.3").count("change"));
}

TEST_CASE("narrative: a month with no figure is named, and a misspelt field still gets a suggestion") {
  // June 2024 is an empty cell.
  MemoryFileSystem fs;
  Diagnostics d;
  std::string csv = "month,vwi\n";
  for (int i = 0; i < 12; ++i)
    csv += "2024-" + std::string(i + 1 < 10 ? "0" : "") + std::to_string(i + 1) + "," + (i == 5 ? "" : "100") + "\n";
  fs.add("data/crime.csv", csv);
  fs.add("annex.yaml",
         "title: R\nreport_month: 2024-12\ndata: {crime: crime.csv}\nsections:\n  - title: S\n    measures:\n"
         "      - {id: \"3.3\", name: X, series: vwi, improvement: decrease, target: 90}\n");
  auto spec = load_annex_spec(fs, "annex.yaml", "annex.yaml", d);
  auto data = load_annex_data(fs, *spec, "", "data", d);
  Annex a = compute_annex(*spec, data, d);
  REQUIRE(a.figures.missing.at("3.3").count("fytd"));
  CHECK(a.figures.missing.at("3.3").at("fytd").why ==
        "3.3 has no figure for June 2024, so it has no figure for the financial year to date (April 2024 to "
        "December 2024)");
  CHECK(a.figures.missing.at("3.3").at("fytd").hint ==
        "quote a figure the data covers, such as [[3.3 latest]], or add the figure for June 2024 to data/crime.csv");
  // Flat data: a target, but limits equal the mean; assurance reads in a sentence.
  CHECK(a.figures.values.at("3.3").at("assurance") == "the target will consistently be missed");

  // A misspelt field is suggested from every documented field, with a value or not.
  Small s("[[3.3 spyl]]");
  Text t = s.spec->sections[0].measures[0].commentary;
  expand_figures(t, s.annex.figures, s.diags);
  REQUIRE(s.diags.all().size() == 1);
  CHECK(s.diags.all()[0].message == "unknown field 'spyl' in [[3.3 spyl]]");
  CHECK(s.diags.all()[0].hint == "did you mean 'sply'?");
}

TEST_CASE("narrative: assurance reads inside a sentence; the status text keeps its prefix") {
  CHECK(assurance_phrase(Assurance::pass) == "the target will consistently be met");
  CHECK(assurance_phrase(Assurance::fail) == "the target will consistently be missed");
  CHECK(assurance_phrase(Assurance::hit_and_miss) == "the target will be met and missed at random");
  CHECK(describe(Assurance::fail) == "Assurance: the target will consistently be missed");

  MemoryFileSystem fs;
  Diagnostics d;
  fs.add("data/d.csv", "month,x\n2024-01,5\n2024-02,7\n2024-03,5\n");
  fs.add("annex.yaml",
         "title: R\nreport_month: 2024-03\ndata: {d: d.csv}\nsections:\n  - title: S\n    measures:\n"
         "      - {id: \"1\", name: X, series: x, improvement: neither, target: 5}\n");
  auto spec = load_annex_spec(fs, "annex.yaml", "annex.yaml", d);
  auto data = load_annex_data(fs, *spec, "", "data", d);
  Annex a = compute_annex(*spec, data, d);
  CHECK(a.figures.missing.at("1").at("assurance").why ==
        "the improvement of 1 is 'neither', so its target gives no assurance");

  // Inside a sentence as it is; at the start of one with a capital.
  FigureIndex index;
  index.set("2", "assurance", "the target will consistently be met");
  Diagnostics d2;
  auto expand = [&](const std::string& text) { return expand_figures({text, {"a.yaml", 1, 1}}, index, d2); };
  CHECK(expand("On current performance [[2 assurance]].") == "On current performance the target will consistently be met.");
  CHECK(expand("Assurance: [[2 assurance]].") == "Assurance: the target will consistently be met.");
  CHECK(expand("[[2 assurance]].") == "The target will consistently be met.");
  CHECK(expand("The target is 90. [[2 assurance]].") == "The target is 90. The target will consistently be met.");
  CHECK(expand("One.\n\n[[2 assurance]]") == "One.\n\nThe target will consistently be met");
  CHECK(expand("Two\n[[2 assurance]]") == "Two\nthe target will consistently be met");
  CHECK(expand("- [[2 assurance]]") == "- The target will consistently be met");
  CHECK(expand("a - [[2 assurance]]") == "a - the target will consistently be met");
  CHECK(d2.error_count() == 0);
}

TEST_CASE("narrative: positions in single-line and quoted text") {
  Text plain{"see [[x y]]", {"a.yaml", 4, 12}, false, false, 0};
  CHECK(plain.at(4).str() == "a.yaml:4:16");
  Text quoted{"see [[x y]]", {"a.yaml", 4, 12}, false, true, 0};
  CHECK(quoted.at(4).str() == "a.yaml:4:17");
  Text block{"one\nsee [[x y]]", {"a.yaml", 4, 12}, true, false, 4};
  CHECK(block.at(8).str() == "a.yaml:6:9");
  Diagnostics d;
  CHECK(expand_figures({"open [[x", {"a.yaml", 1, 1}}, {}, d) == "open [[x");
  CHECK(d.all()[0].message == "unclosed figure reference (no ']]' after '[[')");
}

TEST_CASE("measures: a flat series is reported as a warning, not divided by") {
  MemoryFileSystem fs;
  fs.add("data/d.csv", "month,x\n2024-01,5\n2024-02,5\n2024-03,5\n");
  fs.add("annex.yaml",
         "title: R\nreport_month: 2024-03\ndata: {d: d.csv}\nsections:\n"
         "  - title: S\n    measures:\n      - {id: \"1\", name: X, series: x, improvement: increase, target: 5}\n");
  Diagnostics d;
  auto spec = load_annex_spec(fs, "annex.yaml", "annex.yaml", d);
  auto data = load_annex_data(fs, *spec, "", "data", d);
  Annex a = compute_annex(*spec, data, d);
  CHECK(d.error_count() == 0);
  REQUIRE(d.warning_count() == 1);
  CHECK(d.all()[0].message ==
        "measure 1 does not vary from January 2024 to March 2024 (every baseline month is 5), so its process limits "
        "equal the mean");
  CHECK(d.all()[0].pos.str() == "annex.yaml:7:36");
  CHECK(a.sections[0].measures[0].spc.assurance == Assurance::hit_and_miss);
}

TEST_CASE("measures: flat limits after screening are warned about truthfully") {
  // Twelve months of 10 and one of 40: screening drops the two ranges of 30, the others are 0, so
  // the limits equal the mean (12.3), though not every month is 10.
  MemoryFileSystem fs;
  std::string csv = "month,x\n";
  for (int i = 1; i <= 12; ++i) csv += "2024-" + std::string(i < 10 ? "0" : "") + std::to_string(i) + "," +
                                       (i == 6 ? "40" : "10") + "\n";
  csv += "2025-01,10\n";
  fs.add("data/d.csv", csv);
  fs.add("annex.yaml",
         "title: R\nreport_month: 2025-01\ndata: {d: d.csv}\nsections:\n"
         "  - title: S\n    measures:\n      - {id: \"1\", name: X, series: x, improvement: increase}\n");
  Diagnostics d;
  auto spec = load_annex_spec(fs, "annex.yaml", "annex.yaml", d);
  auto data = load_annex_data(fs, *spec, "", "data", d);
  compute_annex(*spec, data, d);
  REQUIRE(d.warning_count() == 1);
  CHECK(d.all()[0].message ==
        "measure 1 has process limits equal to its mean (12.3) from January 2024 to January 2025 (every "
        "month-to-month change is 0 apart from the 2 screened out as unusually large)");
  CHECK(d.all()[0].hint ==
        "check the data; if it is right, any month that differs from the mean (12.3) shows as special cause "
        "variation");
}

TEST_CASE("narrative: line, bar and combo charts have exceptions too") {
  for (const char* kind : {"line", "bar", "spc"}) {
    CAPTURE(kind);
    MemoryFileSystem fs;
    std::string csv = "month,vwi\n";
    for (int i = 0; i < 12; ++i)
      csv += "2024-" + std::string(i + 1 < 10 ? "0" : "") + std::to_string(i + 1) + "," + (i % 2 ? "110" : "90") + "\n";
    csv += "2025-01,200\n";
    fs.add("data/crime.csv", csv);
    fs.add("annex.yaml", std::string("title: R\nreport_month: 2025-01\ndata: {crime: crime.csv}\nsections:\n"
                                     "  - title: S\n    measures:\n      - {id: \"3.3\", name: Violence with injury, "
                                     "series: vwi, improvement: decrease, chart: ") +
                             kind + "}\n");
    Diagnostics d;
    auto spec = load_annex_spec(fs, "annex.yaml", "annex.yaml", d);
    auto data = load_annex_data(fs, *spec, "", "data", d);
    Annex a = compute_annex(*spec, data, d);
    REQUIRE(a.exceptions.size() == 1);
    CHECK(a.exceptions[0].text ==
          "Violence with injury: the latest month (January 2025, 200) is above the upper process limit (160.9)");
    CHECK(a.exceptions[0].tone == "concern");
  }
}

TEST_CASE("narrative: the rolling year, the latest signal and the count of special cause months") {
  // 24 months: 100 a month in 2023, 112 in 2024 (alternating ±5 so there are limits), report December 2024.
  MemoryFileSystem fs;
  std::string csv = "month,x\n";
  for (int y : {2023, 2024})
    for (int i = 1; i <= 12; ++i)
      csv += std::to_string(y) + "-" + std::string(i < 10 ? "0" : "") + std::to_string(i) + "," +
             std::to_string((y == 2023 ? 100 : 112) + (i % 2 ? 5 : -5)) + "\n";
  fs.add("data/d.csv", csv);
  fs.add("annex.yaml",
         "title: R\nreport_month: 2024-12\ndata: {d: d.csv}\nsections:\n"
         "  - title: S\n    measures:\n      - {id: \"1\", name: X, series: x, improvement: increase}\n");
  Diagnostics d;
  auto spec = load_annex_spec(fs, "annex.yaml", "annex.yaml", d);
  auto data = load_annex_data(fs, *spec, "", "data", d);
  Annex a = compute_annex(*spec, data, d);
  const auto& f = a.figures.values.at("1");
  CHECK(f.at("rolling-12-period") == "12 months to December 2024");
  CHECK(f.at("rolling-12") == "1,344");
  CHECK(f.at("rolling-12-last-year") == "1,200");
  CHECK(f.at("rolling-12-change") == "+12.0%");
  CHECK(f.at("months") == "24");
  // mean 106, limits 106 ± 28: every month of 2023 (95 and 105) is below the mean and every month
  // of 2024 (107 and 117) above it, two shifts
  CHECK(f.at("special-cause-months") == "24");
  CHECK(f.at("latest-signal") == "the latest 12 months are all above the mean (106.0)");
  CHECK(expand_figures({"[[1 latest-signal]].", {"a.yaml", 1, 1}}, a.figures, d) ==
        "The latest 12 months are all above the mean (106.0).");

  // Common cause in the latest month: latest-signal has no value, and says why.
  fs.add("data/d.csv", "month,x\n2024-01,5\n2024-02,7\n2024-03,5\n");
  fs.add("annex.yaml",
         "title: R\nreport_month: 2024-03\ndata: {d: d.csv}\nsections:\n"
         "  - title: S\n    measures:\n      - {id: \"1\", name: X, series: x, improvement: increase}\n");
  Diagnostics d2;
  spec = load_annex_spec(fs, "annex.yaml", "annex.yaml", d2);
  data = load_annex_data(fs, *spec, "", "data", d2);
  Annex b = compute_annex(*spec, data, d2);
  CHECK(b.figures.missing.at("1").at("latest-signal").why ==
        "1's latest month (March 2024) shows common cause variation");
  CHECK(b.figures.missing.at("1").at("rolling-12").why ==
        "the data for 1 starts in January 2024, so it has no figure for the 12 months to March 2024 (April 2023 to "
        "March 2024)");
}

TEST_CASE("narrative: words after '|' stand in for a figure with no value, never for a mistake") {
  Small s("[[3.3 target | no target is set]]; latest [[3.3 latest | none]]. [[3.3 sply|no earlier figures]] "
          "and [[3.3 trget | x]].");
  Text t = s.spec->sections[0].measures[0].commentary;
  std::string out = expand_figures(t, s.annex.figures, s.diags);
  CHECK(out == "No target is set; latest 200. No earlier figures and [[3.3 trget | x]].\n");
  REQUIRE(s.diags.all().size() == 1);
  CHECK(s.diags.all()[0].message == "unknown field 'trget' in [[3.3 trget | x]]");
}
