#include "kinds/document.h"

#include <doctest/doctest.h>

using namespace panelpack;

TEST_CASE("attachments are described the GOV.UK way") {
  CHECK(attachment_detail(250'000, 12) == "PDF, 245 KB, 12 pages");
  CHECK(attachment_detail(100, 1) == "PDF, 1 KB, 1 page");
  CHECK(attachment_detail(3 * 1024 * 1024 + 300 * 1024, 140) == "PDF, 3.3 MB, 140 pages");
}

TEST_CASE("a document holding exempt material says so in its PDF's file name and title") {
  Document doc;
  doc.stem = "members/pac/2025-01-20/pack";
  doc.title = "Agenda pack: Public Accountability Conference, 20 January 2025";
  CHECK(pdf_stem(doc) == "members/pac/2025-01-20/pack");
  CHECK(pdf_title(doc) == doc.title);
  doc.exempt = true;
  CHECK(pdf_stem(doc) == "members/pac/2025-01-20/pack-members");
  CHECK(pdf_title(doc) == "NOT FOR PUBLICATION: Agenda pack: Public Accountability Conference, 20 January 2025");
}
