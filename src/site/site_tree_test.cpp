#include "site/site_tree.h"

#include <doctest/doctest.h>

using namespace panelpack;

TEST_CASE("municipal years run from May to April") {
  CHECK(municipal_year(Date{2025, 4, 30}) == "2024/25");
  CHECK(municipal_year(Date{2025, 5, 1}) == "2025/26");
  CHECK(municipal_year(Date{2009, 6, 1}) == "2009/10");
  CHECK(municipal_year(Date{1999, 12, 1}) == "1999/00");
}

TEST_CASE("a meeting is held when its minutes exist or it is before the site's date") {
  MeetingView m;
  m.info.date = Date{2025, 1, 20};
  CHECK(meeting_state(m, Date{2025, 1, 14}) == MeetingState::upcoming);
  CHECK(meeting_state(m, Date{2025, 1, 20}) == MeetingState::upcoming);  // on the day: still to happen
  CHECK(meeting_state(m, Date{2025, 1, 21}) == MeetingState::held);
  m.minutes.emplace();
  CHECK(meeting_state(m, Date{2025, 1, 14}) == MeetingState::held);
  m.info.status = MeetingStatus::cancelled;
  CHECK(meeting_state(m, Date{2025, 1, 14}) == MeetingState::cancelled);
  m.info.status = MeetingStatus::postponed;
  CHECK(std::string(state_word(meeting_state(m, Date{2025, 1, 14}))) == "Postponed");
}

TEST_CASE("paper paths inside the tree") {
  DocumentRecord r;
  r.stem = r.pdf_stem = "public/pac/2025-01-20/annex";
  r.data_file = "annex.json";
  CHECK(paper_base(r) == "pac/2025-01-20/annex");
  CHECK(paper_href(r) == "pac/2025-01-20/annex.html");
  CHECK(data_href(r) == "pac/2025-01-20/annex.json");
  r.html_page = false;
  CHECK(paper_href(r) == "pac/2025-01-20/annex.pdf");
  r.pdf_stem = "members/pac/2025-01-20/annex-members";  // a members' PDF holding exempt material
  CHECK(pdf_href(r) == "pac/2025-01-20/annex-members.pdf");
  CHECK(paper_href(r) == "pac/2025-01-20/annex-members.pdf");
  MeetingInfo m;
  m.body = "pac";
  m.date = Date{2025, 1, 20};
  CHECK(meeting_page(m) == "pac/2025-01-20/index.html");
  CHECK(body_page("pac") == "pac/index.html");
}
