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
      // The members' agenda with its Part 2 item says so in its file name.
      const bool exempt = tree == std::string("members") && date == std::string("2025-01-20");
      const std::string pdf = stem + (exempt ? "-members.pdf" : ".pdf");
      REQUIRE(out.has(pdf));
      CHECK(out.at(pdf).rfind("%PDF-1.7", 0) == 0);
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
  // The kind never said its members' paper is exempt: the pipeline tells it apart from the public one.
  CHECK(out.has("public/pac/2025-01-20/probe.pdf"));
  CHECK_FALSE(out.has("members/pac/2025-01-20/probe.pdf"));
  REQUIRE(out.has("members/pac/2025-01-20/probe-members.pdf"));
  CHECK(out.at("members/pac/2025-01-20/probe.html").find("probe-members.pdf") != std::string::npos);
  CHECK(out.at("members/pac/2025-01-20/index.html").find("probe-members.pdf") != std::string::npos);
}

TEST_CASE("a members' build alone names its exempt PDFs as a build of both audiences does") {
  BuildOptions options;
  options.audiences = {Audience::members};
  auto fs = test::site_fs();
  OutputSet out;
  BuildStats stats;
  Diagnostics diags;
  REQUIRE(build_site(fs, options, out, stats, diags));
  CHECK(out.has("members/pac/2025-01-20/agenda-members.pdf"));
  CHECK_FALSE(out.has("members/pac/2025-01-20/agenda.pdf"));
  for (const auto& [path, bytes] : out.files()) CHECK(path.rfind("public/", 0) != 0);
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

TEST_CASE("every meeting and body gets its page, and the public tree its feeds, from the papers written") {
  auto fs = test::site_fs();
  // A third meeting, not yet published: out of the public tree, its neighbours linked past it.
  fs.add("meetings/2025-03-10/meeting.yaml",
         "body: pac\ndate: 2025-03-10\nstart: \"10:00\"\nvenue: Carleton Hall\npublish: false\nitems:\n"
         "  - title: UNPUBLISHED-ITEM\n");
  fs.add("meetings/2025-04-14/meeting.yaml",
         "body: pac\ndate: 2025-04-14\nstart: \"14:30\"\nvenue: Carleton Hall\nstatus: postponed\n"
         "reason: The venue is unavailable.\nnew_date: 2025-04-28\nitems: []\n");
  OutputSet out;
  BuildStats stats;
  Diagnostics diags;
  REQUIRE(build_site(fs, BuildOptions{}, out, stats, diags));
  CHECK(diags.error_count() == 0);
  for (const char* tree : {"public", "members"}) {
    const std::string t = tree;
    for (const char* page : {"index.html", "pac/index.html", "pac/2025-01-20/index.html", "pac/2025-01-20/meeting.ics",
                             "accessibility.html", "404.html"})
      CHECK_MESSAGE(out.has(t + "/" + page), (t + "/" + page));
    CHECK_FALSE(out.has(t + "/search.html"));  // no search asked for
  }
  // The unpublished meeting: members only; the public pages step over it.
  CHECK(out.has("members/pac/2025-03-10/index.html"));
  for (const auto& [path, bytes] : out.files())
    if (path.rfind("public/", 0) == 0) {
      CHECK_MESSAGE(bytes.find("UNPUBLISHED-ITEM") == std::string::npos, path);
      CHECK_MESSAGE(bytes.find("2025-03-10") == std::string::npos, path);
      CHECK_MESSAGE(bytes.find("members/") == std::string::npos, path);
    }
  const std::string meeting = out.at("public/pac/2025-01-20/index.html");
  CHECK(meeting.find("href=\"../../pac/2025-04-14/index.html\">Next meeting") != std::string::npos);
  CHECK(meeting.find("href=\"../../pac/2024-10-25/index.html\">Previous meeting") != std::string::npos);
  CHECK(out.at("members/pac/2025-01-20/index.html").find("../../pac/2025-03-10/index.html\">Next meeting") !=
        std::string::npos);
  // Papers with their attachment line, and the Part 2 item by its public title only.
  CHECK(meeting.find("<a href=\"../../pac/2025-01-20/agenda.html\">Agenda<span class=\"visually-hidden\">, "
                     "Public Accountability Conference, 20 January 2025</span></a>") != std::string::npos);
  CHECK(meeting.find("<span class=\"attachment\">PDF, ") != std::string::npos);
  CHECK(meeting.find("Estates matter (paragraph 3 of Part 1 of Schedule 12A") != std::string::npos);
  CHECK(meeting.find("Estates disposal") == std::string::npos);
  CHECK(out.at("members/pac/2025-01-20/index.html").find("Estates disposal") != std::string::npos);
  // Members' pages are noindex; public pages are not.
  CHECK(out.at("members/pac/2025-01-20/agenda.html").find("<meta name=\"robots\" content=\"noindex") !=
        std::string::npos);
  CHECK(meeting.find("noindex") == std::string::npos);
  // The postponed meeting says so, with its reason and new date, and is cancelled on its date in the calendar.
  const std::string postponed = out.at("public/pac/2025-04-14/index.html");
  CHECK(postponed.find("This meeting has been postponed.</strong> The venue is unavailable.") != std::string::npos);
  CHECK(postponed.find("It will now be held on Monday 28 April 2025.") != std::string::npos);
  std::string calendar = out.at("public/pac/meetings.ics");
  for (size_t at; (at = calendar.find("\r\n ")) != std::string::npos;) calendar.erase(at, 3);  // unfolded
  CHECK(calendar.find("UID:pac-20250414@") != std::string::npos);
  CHECK(calendar.find("DTSTART;TZID=Europe/London:20250414T143000\r\nSUMMARY:Public Accountability Conference\r\n"
                      "LOCATION:Carleton Hall\r\nDESCRIPTION:Public Accountability Conference\\, Monday 14 April "
                      "2025. Postponed. The venue is unavailable. New date: Monday 28 April 2025.\r\n"
                      "STATUS:CANCELLED\r\n") != std::string::npos);
  CHECK(calendar.find("20250310") == std::string::npos);
  // Feeds only in the public tree; entries dated by their date of issue.
  CHECK(out.has("public/papers.atom"));
  CHECK(out.has("public/pac/papers.atom"));
  CHECK(out.has("public/robots.txt"));
  CHECK_FALSE(out.has("public/sitemap.xml"));  // no 'url' in the site file
  CHECK_FALSE(out.has("members/papers.atom"));
  CHECK_FALSE(out.has("members/pac/meetings.ics"));
  const std::string feed = out.at("public/papers.atom");
  CHECK(feed.find("<updated>2025-01-10T00:00:00Z</updated>") != std::string::npos);
  CHECK(feed.find("<link rel=\"alternate\" type=\"text/html\" href=\"pac/2025-01-20/agenda.html\"/>") !=
        std::string::npos);
  CHECK(out.at("public/pac/papers.atom").find("href=\"../pac/2025-01-20/agenda.html\"") != std::string::npos);
}

TEST_CASE("the site's address makes the feeds' links absolute and adds a sitemap of every public page") {
  auto fs = test::site_fs();
  fs.add("panelpack.yaml", std::string("url: https://www.example.org/meetings\n") + test::kSiteYaml);
  OutputSet out;
  BuildStats stats;
  Diagnostics diags;
  REQUIRE(build_site(fs, BuildOptions{}, out, stats, diags));
  const std::string sitemap = out.at("public/sitemap.xml");
  for (const char* page : {"index.html", "accessibility.html", "pac/index.html", "pac/2025-01-20/index.html",
                           "pac/2025-01-20/agenda.html"})
    CHECK_MESSAGE(sitemap.find(std::string("<loc>https://www.example.org/meetings/") + page + "</loc>") !=
                      std::string::npos,
                  page);
  CHECK(sitemap.find(".pdf") == std::string::npos);
  CHECK(out.at("public/robots.txt") ==
        "User-agent: *\nAllow: /\nSitemap: https://www.example.org/meetings/sitemap.xml\n");
  CHECK(out.at("public/pac/papers.atom")
            .find("href=\"https://www.example.org/meetings/pac/2025-01-20/agenda.html\"") != std::string::npos);
  CHECK(out.at("public/pac/meetings.ics").find("UID:pac-20250120@www.example.org\r\n") != std::string::npos);
}

TEST_CASE("with a search index to come, each tree gets its search page and every page links to it") {
  auto fs = test::site_fs();
  BuildOptions options;
  options.search = true;
  OutputSet out;
  BuildStats stats;
  Diagnostics diags;
  REQUIRE(build_site(fs, options, out, stats, diags));
  for (const char* tree : {"public", "members"}) {
    const std::string t = tree;
    REQUIRE(out.has(t + "/search.html"));
    CHECK(out.at(t + "/search.html").find("<script src=\"pagefind/pagefind-component-ui.js\"></script>") !=
          std::string::npos);
    CHECK(out.at(t + "/index.html").find("<a href=\"search.html\">Search</a>") != std::string::npos);
    CHECK(out.at(t + "/pac/2025-01-20/agenda.html").find("<a href=\"../../search.html\">Search</a>") !=
          std::string::npos);
  }
}
