// The example annex (content/meetings/2025-01-20-pac/annex.yaml) end to end:
// loading, every figure computed, and the seed 000 tables reproduced from
// the monthly CSV data.
#include "kinds/annex/annex.h"

#include <doctest/doctest.h>

#include "kinds/annex/annex_document.h"
#include "kinds/annex/annex_loader.h"
#include "kinds/annex/annex_view.h"
#include "kinds/annex/open_data.h"

#include <set>

using namespace panelpack;
using namespace panelpack::annex;

namespace {

// The example annex, beside the meeting it reports to.
std::string example_path() { return "content/meetings/2025-01-20-pac/annex.yaml"; }

struct Example {
  Diagnostics diags;
  DiskFileSystem fs;
  std::optional<AnnexSpec> spec;
  std::map<std::string, MonthlyTable> data;
  Annex annex;

  Example() {
    spec = load_annex_spec(fs, std::string(PANELPACK_SOURCE_DIR) + "/" + example_path(), example_path(), diags);
    REQUIRE(spec);
    data = load_annex_data(fs, *spec, PANELPACK_SOURCE_DIR, "content/data", diags);
    annex = compute_annex(*spec, data, diags);
  }

  const MeasureResult& measure(const std::string& id) const {
    for (const auto& s : annex.sections)
      for (const auto& m : s.measures)
        if (m.spec->id == id) return m;
    FAIL("no measure " << id);
    throw 0;
  }
};

}  // namespace

TEST_CASE("example annex: loads and computes without errors") {
  Example e;
  INFO(e.diags.format());
  CHECK(e.diags.error_count() == 0);
  int measures = 0;
  for (const auto& s : e.annex.sections) measures += static_cast<int>(s.measures.size());
  CHECK(measures >= 20);
  CHECK(e.annex.sections.size() == 5);
  CHECK(e.annex.fytd.name == "FYTD 2024/25");
}

TEST_CASE("example annex: seed 000 main crime types table from the monthly data") {
  Example e;
  REQUIRE(e.annex.tables.size() == 2);
  const TableResult& t = e.annex.tables[0];
  CHECK(t.caption ==
        "Change in volume and positive outcome rates, FYTD 2024/25 (01/04/2024 - 31/12/2024) against the same "
        "period last year (SPLY, 01/04/2023 - 31/12/2023).");
  REQUIRE(t.comparison.size() == 10);
  // Published in seed 000, in its column order.
  const std::vector<std::vector<std::string>> published = {
      {"27,063", "28,438", "1,375", "5.08%", "19.09%", "20.24%", "1.16pp"},
      {"476", "385", "-91", "-19.12%", "7.14%", "16.36%", "9.22pp"},
      {"140", "107", "-33", "-23.57%", "21.43%", "25.23%", "3.81pp"},
      {"4,573", "4,834", "261", "5.71%", "13.12%", "14.54%", "1.42pp"},
      {"726", "655", "-71", "-9.78%", "12.12%", "12.37%", "0.25pp"},
      {"509", "652", "143", "28.09%", "21.41%", "24.39%", "2.97pp"},
      {"387", "378", "-9", "-2.33%", "10.08%", "10.85%", "0.77pp"},
      {"1,663", "1,835", "172", "10.34%", "33.85%", "38.91%", "5.06pp"},
      {"20,631", "21,789", "1,158", "5.61%", "15.13%", "16.13%", "1.00pp"},
      {"5,941", "6,336", "395", "6.65%", "14.17%", "13.21%", "-0.96pp"},
  };
  for (size_t i = 0; i < published.size(); ++i) {
    const RateComparison& c = t.comparison[i];
    CAPTURE(c.name);
    CHECK(std::vector<std::string>{c.before_volume_text, c.after_volume_text, c.change_text, c.change_percent_text,
                                   c.before_rate_text, c.after_rate_text, c.change_pp_text} == published[i]);
  }
}

TEST_CASE("example annex: seed 000 drug testing table from the monthly data") {
  Example e;
  const CountTable& t = e.annex.tables[1].counts;
  REQUIRE(t.rows.size() == 9);  // April to December 2024: months before testing began are left out
  CHECK(t.rows[0].label == "Apr 2024");
  CHECK(t.total.count_texts == std::vector<std::string>{"5", "66", "96"});
  CHECK(t.total.percent_text == "57%");
  std::vector<std::string> pct;
  for (const auto& r : t.rows) pct.push_back(r.percent_text);
  CHECK(pct == std::vector<std::string>{"17%", "62%", "33%", "57%", "47%", "57%", "70%", "63%", "56%"});
}

TEST_CASE("example annex: table figures quote the printed cells; the seed's blank cells hold 0") {
  Example e;
  CHECK(e.annex.figures.values.at("drug-testing/Grand Total").at("percent") == "57%");
  CHECK(e.annex.figures.values.at("main-crime-types/All Crime").at("change-pp") == "1.16pp");
  // The seed leaves "failed to provide" blank where there were none: the data holds 0, so the table
  // prints the 0 its total counts, never "no figure".
  const CountTable& t = e.annex.tables[1].counts;
  for (const auto& r : t.rows)
    for (const auto& c : r.counts) CHECK(c.has_value());
  CHECK(t.rows[0].count_texts[0] == "0");
  const std::string col = t.columns[0];
  Diagnostics d;
  // A column label of several words is a field ("Failed to provide").
  CHECK(col.find(' ') != std::string::npos);
  CHECK(expand_figures({"[[drug-testing/Apr 2024 " + col + "]]", {"a.yaml", 3, 1}}, e.annex.figures, d) == "0");
  CHECK(expand_figures({"[[drug-testing/Jun 2024 " + col + "]]", {"a.yaml", 3, 1}}, e.annex.figures, d) == "1");
  CHECK(d.all().empty());
}

TEST_CASE("example annex: a count table's empty cell has no value, and says why") {
  MemoryFileSystem fs;
  fs.add("data/p.csv", "month,neg,pos\n2024-04,5,1\n2024-05,,8\n");
  fs.add("annex.yaml",
         "title: R\nreport_month: 2024-05\ndata: {p: p.csv}\nsections: []\ntables:\n"
         "  - {id: dt, title: T, kind: counts, data: p, columns: [{label: Negative, series: neg}, "
         "{label: Positive, series: pos}]}\n");
  Diagnostics d;
  auto spec = load_annex_spec(fs, "annex.yaml", "annex.yaml", d);
  REQUIRE(spec);
  auto data = load_annex_data(fs, *spec, "", "data", d);
  Annex a = compute_annex(*spec, data, d);
  REQUIRE(a.tables.size() == 1);
  CHECK(a.tables[0].counts.rows[1].count_texts[0] == "no figure");
  const NoFigure& why = a.figures.missing.at("dt/May 2024").at("Negative");
  CHECK(why.why == "dt/May 2024 has no figure for Negative (its cell is empty)");
  expand_figures({"[[dt/May 2024 Negative]]", {"a.yaml", 3, 1}}, a.figures, d);
  REQUIRE(d.error_count() == 1);
  CHECK(d.all().back().message == "no value for [[dt/May 2024 Negative]]: " + why.why);
}

TEST_CASE("example annex: every variation and assurance icon appears") {
  Example e;
  std::set<Variation> variations;
  std::set<Assurance> assurances;
  std::set<SpecialCause> causes;
  bool provisional = false;
  for (const auto& s : e.annex.sections)
    for (const auto& m : s.measures) {
      variations.insert(m.spc.variation);
      assurances.insert(m.spc.assurance);
      for (const auto& p : m.spc.points) causes.insert(p.cause);
      for (const auto& seg : m.spc.segments) provisional |= seg.provisional;
    }
  for (Variation v : {Variation::common_cause, Variation::improvement_high, Variation::improvement_low,
                      Variation::concern_high, Variation::concern_low, Variation::neutral_high,
                      Variation::neutral_low})
    CHECK_MESSAGE(variations.count(v), id(v));
  for (Assurance a : {Assurance::pass, Assurance::fail, Assurance::hit_and_miss})
    CHECK_MESSAGE(assurances.count(a), id(a));
  for (SpecialCause c : {SpecialCause::above_upper, SpecialCause::below_lower, SpecialCause::trend_up,
                         SpecialCause::trend_down, SpecialCause::two_of_three_high, SpecialCause::two_of_three_low,
                         SpecialCause::shift_high, SpecialCause::shift_low})
    CHECK_MESSAGE(causes.count(c), id(c));
  CHECK(provisional);
  // a decrease measure with a target
  CHECK(e.measure("1.6").spec->direction == Direction::decrease);
  CHECK(e.measure("1.6").spec->target);
  CHECK(e.measure("1.6").spc.assurance == Assurance::pass);
  CHECK(e.measure("4.5").spc.assurance == Assurance::fail);
  CHECK(e.measure("4.5").spc.points.back().cause == SpecialCause::trend_down);
}

TEST_CASE("example annex: the commentary agrees with the computed figures") {
  Example e;
  // 2.1 is not "stable within the limits": its special cause months are counted, not typed
  CHECK(e.annex.figures.values.at("2.1").at("special-cause-months") == "22");
  // 3.6 quotes its run of rises from the data
  CHECK(e.annex.figures.values.at("3.6").at("latest-signal") ==
        "the latest month (December 2024, 172) continues a run of 7 consecutive increases");
  // no commentary claims stability or a count of months the data contradicts
  for (const auto& s : e.spec->sections)
    for (const auto& m : s.measures) {
      CAPTURE(m.id);
      CHECK(m.commentary.text.find("stable") == std::string::npos);
      CHECK(m.commentary.text.find("six months") == std::string::npos);
    }
  // 1.1 quotes the rolling year once
  CHECK(e.spec->sections[0].measures[0].commentary.text.find("[[1.1 rolling-12]]") != std::string::npos);
}

TEST_CASE("open data: a badge that is not comparable keeps its unit") {
  // 4.4 at report month November 2024: Q2 2023/24 has no survey in August 2023
  MemoryFileSystem fs;
  std::string csv = "month,sat,surveyed\n";
  for (int i = 0; i < 24; ++i) {
    Month m = Month::of(2023, 1).plus(i);
    csv += m.iso() + "," + (m == Month::of(2023, 8) ? std::string(",") : std::to_string(70 + i % 3) + ",100") + "\n";
  }
  fs.add("data/o.csv", csv);
  fs.add("annex.yaml",
         "title: R\nreport_month: 2024-11\ndata: {o: o.csv}\nsections:\n  - title: S\n    measures:\n"
         "      - {id: \"4.4\", name: Victim satisfaction, data: o, series: sat, per: surveyed, improvement: increase}\n");
  Diagnostics d;
  auto spec = load_annex_spec(fs, "annex.yaml", "annex.yaml", d);
  REQUIRE(spec);
  auto data = load_annex_data(fs, *spec, "", "data", d);
  Annex a = compute_annex(*spec, data, d);
  nlohmann::json o = open_data(a);
  const auto& badge = o["measures"][0]["badge"];
  CHECK(badge["change"].is_null());
  CHECK(badge["unit"] == "percentage points");
}

TEST_CASE("example annex: the planted signals are found") {
  Example e;
  const MeasureResult& vwi = e.measure("3.2");
  CHECK(vwi.spc.points.back().cause == SpecialCause::above_upper);
  CHECK(vwi.spc.variation == Variation::concern_high);
  const MeasureResult& burglary = e.measure("3.5");
  CHECK(burglary.spc.variation == Variation::improvement_low);
  const MeasureResult& drugs = e.measure("3.6");
  CHECK(drugs.spc.points.back().cause == SpecialCause::trend_up);
  CHECK(drugs.spc.variation == Variation::neutral_high);
  const MeasureResult& g1 = e.measure("2.3");
  CHECK(g1.spc.points[12].cause == SpecialCause::above_upper);  // July 2022
  CHECK(g1.spc.points[12].type == PointType::concern);
  const MeasureResult& calls = e.measure("1.2");
  CHECK(calls.spc.segments.size() == 2);
  CHECK(calls.month_at(calls.spc.segments[1].first).iso() == "2023-10");
  const MeasureResult& sat = e.measure("4.4");
  CHECK_FALSE(sat.values[25]);  // August 2023: no survey
  CHECK(sat.spc.points[25].type == PointType::missing);
  const MeasureResult& asb = e.measure("2.4");
  CHECK(asb.spc.segments[0].baseline_points == 12);
  CHECK(e.measure("3.8").spc.method == SpcMethod::mean_3sd);
  bool vwi_exception = false;
  for (const auto& x : e.annex.exceptions)
    if (x.measure_id == "3.2") {
      vwi_exception = true;
      CHECK(x.tone == "concern");
      CHECK(x.text.rfind("Violence with injury: the latest month (December 2024, ", 0) == 0);
    }
  CHECK(vwi_exception);
}

TEST_CASE("example annex: view and open data") {
  Example e;
  nlohmann::json v = annex_view(e.annex, e.diags);
  INFO(e.diags.format());
  CHECK(e.diags.error_count() == 0);
  CHECK(v["document_title"] == "Performance report: Q3 2024/25");
  REQUIRE(v["sections"].size() == 5);
  const auto& m = v["sections"][0]["measures"][0];
  CHECK(m["id"] == "1.1");
  CHECK(m["chart_svg"].get<std::string>().rfind("<svg", 0) == 0);
  CHECK(m["commentary_html"].get<std::string>().find("[[") == std::string::npos);
  nlohmann::json o = open_data(e.annex);
  CHECK(o["measures"].size() >= 20);
  CHECK(o["measures"][0]["points"].size() == 42);
  CHECK(o["tables"][0]["rows"][0]["display"]["change_pp"] == "1.16pp");
}

TEST_CASE("example annex: build_annex, the build's single entry point") {
  Diagnostics diags;
  DiskFileSystem fs;
  auto doc = build_annex(fs, std::string(PANELPACK_SOURCE_DIR) + "/" + example_path(), example_path(),
                         PANELPACK_SOURCE_DIR, "content/data", "en-GB",
                         [](const std::string& md, const SourcePos&) { return "<p>" + md + "</p>"; }, diags);
  REQUIRE(doc);
  INFO(diags.format());
  CHECK(diags.error_count() == 0);
  CHECK(doc->title == "Performance report: Q3 2024/25");
  CHECK(doc->view["lang"] == "en-GB");
  CHECK(doc->view["sections"][2]["measures"][1]["commentary_html"].get<std::string>().rfind(
            "<p>The latest month, December 2024, recorded 1,179 offences", 0) == 0);
  CHECK(nlohmann::json::parse(doc->open_data)["measures"].size() == 32);
  CHECK(doc->inputs.size() == 6);
  CHECK(doc->inputs[1] == "content/data/calls.csv");
}

TEST_CASE("example annex: open data carries every figure unrounded") {
  Example e;
  nlohmann::json o = open_data(e.annex);
  CHECK(o["format"] == "panelpack-annex");
  CHECK(o["fytd"]["first"] == "2024-04");
  const nlohmann::json* vwi = nullptr;
  for (const auto& m : o["measures"])
    if (m["id"] == "3.2") vwi = &m;
  REQUIRE(vwi);
  const MeasureResult& m = e.measure("3.2");
  const auto& seg = (*vwi)["segments"][0];
  CHECK(seg["mean"].get<double>() == m.spc.segments[0].mean);
  CHECK(seg["upper"].get<double>() == m.spc.segments[0].upper);
  CHECK(seg["near_lower"].get<double>() == m.spc.segments[0].near_lower);
  CHECK(seg["provisional"] == false);
  CHECK((*vwi)["points"].back()["special_cause"] == "above-upper");
  CHECK((*vwi)["points"].back()["type"] == "concern");
  CHECK((*vwi)["variation"] == "concern-high");
  CHECK((*vwi)["figures"]["latest-month"] == "December 2024");
  nlohmann::json sat;
  for (const auto& x : o["measures"])
    if (x["id"] == "4.4") sat = x;  // victim satisfaction
  CHECK(sat["points"][25]["value"].is_null());
  CHECK(sat["points"][25]["type"] == "missing");
  CHECK(sat["source"]["per"]["series"] == "victims_surveyed");
  const auto& drug = o["tables"][1];
  CHECK(drug["kind"] == "counts");
  CHECK(drug["total"]["percent"].get<double>() == doctest::Approx(96.0 / 167 * 100));
  CHECK(drug["total"]["display"]["percent"] == "57%");
}
