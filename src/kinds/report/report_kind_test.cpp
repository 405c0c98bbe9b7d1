#include "kinds/report/report_kind.h"

#include <doctest/doctest.h>

#include "core/file_system.h"

using namespace panelpack;

namespace {

Report sample(Report::Numbering numbering) {
  Report r;
  r.numbering = numbering;
  r.subject = "Budget";
  r.purpose = {"To report the budget.", {}};
  r.recommendations = {{"To note the report.", {}}};
  ReportSection a{"Background", {}, {}}, b{"Detail", {}, {}};
  a.paragraphs.push_back({{"First.", {}}, {{"point one", {}}, {"point two", {}}}, "", {}});
  a.paragraphs.push_back({{"Second.", {}}, {}, "", {}});
  b.paragraphs.push_back({{"Third.", {}}, {}, "", {}});
  r.body = {a, b};
  r.authors = {"gill-shearer"};
  r.contacts = {"gill-shearer"};
  return r;
}

}  // namespace

TEST_CASE("paragraph numbers run through a flat report, and restart per section in a sectioned one") {
  MemoryFileSystem fs;
  Site site;
  site.people["gill-shearer"] = {"gill-shearer", "Ms Gill Shearer", "Chief Executive", "", "", "", {}};
  Body body;
  body.id = "pac";
  body.title = "Public Accountability Conference";
  site.bodies["pac"] = body;
  TemplateEngine templates(fs, ".", "templates");
  KindContext ctx{fs, site, templates};
  MeetingView meeting;
  meeting.info.body = "pac";
  meeting.info.date = *Date::parse("2025-01-20");
  EntryView entry;
  entry.number = 5;
  entry.title = "Budget";
  Diagnostics diags;

  nlohmann::json flat = report_view(ctx, sample(Report::Numbering::flat), meeting, entry, diags);
  CHECK(flat["purpose_html"] == "<p class=\"numbered\"><span class=\"para-number\">1.</span> To report the budget.</p>\n");
  CHECK(flat["recommendations"][0]["text_html"].get<std::string>().find(">2.</span> To note") != std::string::npos);
  CHECK(flat["sections"][0]["heading"] == "Background");
  CHECK(flat["sections"][0]["paragraphs"][0]["text_html"].get<std::string>().find(">3.</span> First.") !=
        std::string::npos);
  CHECK(flat["sections"][0]["paragraphs"][0]["points"][1]["text_html"] == "point two");
  CHECK(flat["sections"][1]["paragraphs"][0]["text_html"].get<std::string>().find(">5.</span> Third.") !=
        std::string::npos);
  CHECK(flat["date"] == "Monday 20 January 2025");
  CHECK(flat["authors"] == "Ms Gill Shearer, Chief Executive");
  CHECK(flat["not_for_publication"] == false);

  nlohmann::json sections = report_view(ctx, sample(Report::Numbering::sections), meeting, entry, diags);
  CHECK(sections["purpose_html"] == "<p>To report the budget.</p>\n");
  CHECK(sections["sections"][0]["heading"] == "1. Background");
  CHECK(sections["sections"][0]["paragraphs"][1]["text_html"].get<std::string>().find(">1.2</span> Second.") !=
        std::string::npos);
  CHECK(sections["sections"][1]["heading"] == "2. Detail");
  CHECK(sections["sections"][1]["paragraphs"][0]["text_html"].get<std::string>().find(">2.1</span> Third.") !=
        std::string::npos);
  CHECK(diags.format() == "");
}

TEST_CASE("a supplied appendix is planned as placeholder pages of the supplied pages' sizes") {
  ReportAppendix a;
  a.pdf = "meetings/2025-01-20/report.pdf";
  a.bytes = std::make_shared<const std::string>("%PDF-1.7");
  a.pages = {{595, 842}, {842, 595}};
  layout::Frames f = supplied_frames(a, "Appendix A – The report");
  REQUIRE(f.pages.size() == 2);
  CHECK(f.pages[1].width == 842);
  CHECK(f.pages[1].height == 595);
  REQUIRE(f.pages[1].supplied);
  CHECK(f.pages[1].supplied->index == 1);
  CHECK(f.pages[1].supplied->pdf == a.bytes);
  CHECK(f.pages[0].items.empty());
  REQUIRE(f.bookmarks.size() == 1);
  CHECK(f.bookmarks[0].title == "Appendix A – The report");
  CHECK(f.structure.size() == 1);
}
