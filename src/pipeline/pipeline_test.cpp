#include "pipeline/pipeline.h"

#include <doctest/doctest.h>

#include "core/markup_escape.h"
#include "output/output_set.h"
#include "pipeline/kind_table.h"
#include "validate/test_site.h"

using namespace panelpack;

TEST_CASE("a site builds agendas for both audiences, and the public tree never holds exempt text") {
  auto fs = test::site_fs();
  OutputSet out;
  BuildStats stats;
  Diagnostics diags;
  REQUIRE(build_site(fs, BuildOptions{}, out, stats, diags));
  CHECK(diags.error_count() == 0);
  CHECK(stats.documents == 4);
  for (const char* tree : {"public", "members"}) {
    for (const char* date : {"2024-10-25", "2025-01-20"}) {
      const std::string stem = std::string(tree) + "/pac/" + date + "/agenda";
      CHECK(out.has(stem + ".html"));
      CHECK(out.has(stem + ".pdf"));
      CHECK(out.at(stem + ".pdf").rfind("%PDF-1.7", 0) == 0);
    }
    CHECK(out.has(std::string(tree) + "/index.html"));
  }
  for (const auto& [path, bytes] : out.files()) {
    if (path.rfind("public/", 0) != 0) continue;
    INFO(path);
    CHECK(bytes.find("SECRET-SITE") == std::string::npos);
    CHECK(bytes.find("Estates disposal") == std::string::npos);
    CHECK(bytes.find("Commercial negotiations") == std::string::npos);
  }
  const std::string& members = out.at("members/pac/2025-01-20/agenda.html");
  CHECK(members.find("SECRET-SITE") != std::string::npos);
  CHECK(members.find("NOT FOR PUBLICATION") != std::string::npos);
  const std::string& pub = out.at("public/pac/2025-01-20/agenda.html");
  CHECK(pub.find("Estates matter") != std::string::npos);
  CHECK(pub.find("Exempt information under paragraph 3 of Part 1 of Schedule 12A") != std::string::npos);
}

TEST_CASE("the same site builds to the same bytes") {
  auto fs = test::site_fs();
  OutputSet a, b;
  BuildStats stats;
  Diagnostics diags;
  REQUIRE(build_site(fs, BuildOptions{}, a, stats, diags));
  REQUIRE(build_site(fs, BuildOptions{}, b, stats, diags));
  CHECK(a.files() == b.files());
}

TEST_CASE("a build with errors produces nothing") {
  auto fs = test::site_fs("body: pac\ndate: 2025-01-20\n");
  OutputSet out;
  BuildStats stats;
  Diagnostics diags;
  CHECK_FALSE(build_site(fs, BuildOptions{}, out, stats, diags));
  CHECK(out.size() == 0);
  CHECK(diags.error_count() == 3);  // no start, no venue, no items
}

namespace {
// A kind written for the next test, as a careless new kind might be: it
// prints every field of every entry its view holds.
void plan_probe(const KindContext& ctx, const AudienceView& view, const Scope& scope, const Prepared&,
                std::vector<Document>& out, Diagnostics& diags) {
  const MeetingView* m = view.meeting(scope.meeting);
  if (!m) return;
  Document doc = ctx.meeting_document(view, *m, "probe", "probe");
  doc.title = "Probe";
  std::string text;
  for (const auto& e : m->entries) {
    text += e.id + " " + e.title + " " + e.description.source + " " + e.exempt_reason + " ";
    for (const auto& p : e.report_by) text += p + " ";
  }
  for (const Report& r : m->reports) {
    text += r.id + " " + r.subject + " " + r.purpose.source + " ";
    for (const auto& rec : r.recommendations) text += rec.source + " ";
    for (const auto& t : r.tables)
      for (const auto& [key, figure] : t.figures) text += key + " " + figure + " ";
  }
  doc.paper = parse_paper("<article class=\"paper\"><p>" + escape_markup(text) + "</p></article>", "probe",
                          m->info.file, diags);
  out.push_back(std::move(doc));
}
}  // namespace

TEST_CASE("a new kind added to the table cannot reach Part 2 text in the public tree") {
  std::vector<Kind> table(kinds().begin(), kinds().end());
  table.push_back({"probe", Owner::meeting, plan_probe});
  BuildOptions options;
  options.kinds = table;
  auto fs = test::site_fs();
  // The Part 2 item's committee report, with a table.
  fs.add("meetings/2025-01-20/reports/estates.yaml",
         "item: estates-disposal\nreport_of: Treasurer\nsubject: SECRET-SITE disposal\nauthor: gill-shearer\n"
         "purpose: To sell the SECRET-SITE.\nrecommendations: [Approve the sale.]\n"
         "tables:\n  - id: bids\n    columns: [{key: bidder}, {key: bid, amount: true}]\n"
         "    rows: [{bidder: SECRET-BIDDER, bid: '1'}]\n"
         "body:\n  - paragraphs:\n      - The bid is £[[bids/total bid]].\n"
         "implications: {financial: none, legal: none, equality: none, risk: none}\n");
  OutputSet out;
  BuildStats stats;
  Diagnostics diags;
  REQUIRE(build_site(fs, options, out, stats, diags));
  REQUIRE(out.has("public/pac/2025-01-20/probe.html"));
  CHECK_FALSE(out.has("public/pac/2025-01-20/report-estates.html"));
  REQUIRE(out.has("members/pac/2025-01-20/report-estates.html"));
  REQUIRE(out.has("members/pac/2025-01-20/probe.html"));
  for (const auto& [path, bytes] : out.files()) {
    if (path.rfind("public/", 0) != 0) continue;
    INFO(path);
    CHECK(bytes.find("SECRET-SITE") == std::string::npos);
    CHECK(bytes.find("Estates disposal") == std::string::npos);
    CHECK(bytes.find("Commercial negotiations") == std::string::npos);
    CHECK(bytes.find("SECRET-BIDDER") == std::string::npos);
  }
  CHECK(out.at("members/pac/2025-01-20/probe.html").find("SECRET-SITE") != std::string::npos);
  CHECK(out.at("members/pac/2025-01-20/probe.html").find("SECRET-BIDDER") != std::string::npos);
}

namespace {
// The same for the site's documents: a kind that prints every inspection its
// view holds, every field a careless kind might reach.
void plan_site_probe(const KindContext& ctx, const AudienceView& view, const Scope&, const Prepared&,
                     std::vector<Document>& out, Diagnostics& diags) {
  Document doc;
  doc.kind = "site-probe";
  doc.name = "probe";
  doc.audience = view.audience();
  doc.stem = std::string(audience_name(view.audience())) + "/probe";
  doc.language = "en-GB";
  doc.title = "Probe";
  std::string text = "probe ";
  for (const Inspection& in : view.inspections()) {
    text += in.reference + " " + in.title + " " + in.findings.source + " " + in.response.source + " ";
    for (const auto& r : in.recommendations) text += r.id + " " + r.text + " " + r.response + " ";
  }
  doc.paper = parse_paper("<article class=\"paper\"><p>" + escape_markup(text) + "</p></article>", "probe", "", diags);
  out.push_back(std::move(doc));
}
}  // namespace

TEST_CASE("an inspection marked public: false reaches the members' tree only, whatever a kind prints") {
  std::vector<Kind> table(kinds().begin(), kinds().end());
  table.push_back({"site-probe", Owner::site, plan_site_probe});
  BuildOptions options;
  options.kinds = table;
  auto fs = test::site_fs();
  fs.add("inspections/1.yaml",
         "reference: \"#1\"\ntitle: Open inspection\npublished: 2024-11-01\ntype: PEEL\nresponse: Welcomed.\n");
  fs.add("inspections/2.yaml",
         "reference: \"#2\"\ntitle: VETTING-SECRET\npublished: 2024-11-01\ntype: other\npublic: false\n"
         "findings: VETTING-SECRET findings\nresponse: VETTING-SECRET response\nrecommendations:\n"
         "  - {id: \"#3\", kind: recommendation, text: VETTING-SECRET, addressed_to: commissioner, "
         "response: VETTING-SECRET action, status: planned}\n");
  OutputSet out;
  BuildStats stats;
  Diagnostics diags;
  REQUIRE(build_site(fs, options, out, stats, diags));
  REQUIRE(out.has("public/probe.html"));
  REQUIRE(out.has("public/inspections/1.html"));
  CHECK_FALSE(out.has("public/inspections/2.html"));
  REQUIRE(out.has("members/inspections/2.html"));
  for (const auto& [path, bytes] : out.files()) {
    if (path.rfind("public/", 0) != 0) continue;
    INFO(path);
    CHECK(bytes.find("VETTING-SECRET") == std::string::npos);
  }
  CHECK(out.at("public/probe.html").find("Open inspection") != std::string::npos);
  CHECK(out.at("members/probe.html").find("VETTING-SECRET action") != std::string::npos);
}
