#pragma once
// One rendered document on its way to the output formats.
#include <string>

#include "compute/audience.h"
#include "core/date.h"
#include "model/site.h"
#include "render/paper.h"

namespace panelpack {

struct Document {
  const Meeting* meeting = nullptr;  // the meeting it belongs to
  std::string label;     // "Agenda", "Performance report: Q3 2024/25" (index and links)
  std::string stem;      // output path without extension: "public/pac/2025-01-20/agenda"
  std::string root;      // relative path from the document's folder to the tree root: "../../"
  std::string title;     // "Agenda: Public Accountability Conference, 20 January 2025"
  std::string subject;   // "Agenda"
  std::string author;    // the organisation
  std::string language;  // "en-GB"
  Date date;             // the document's own date (for PDF metadata)
  std::string source;    // content file it came from, for messages
  Audience audience = Audience::public_;
  std::vector<std::string> crumbs;  // breadcrumb labels after "Meetings"
  Paper paper;
  std::string data_file;  // open data beside it ("annex.json"), if any
  // An earlier document (the same paper in another audience's tree) whose
  // PDF is byte for byte this one's: it is copied, not laid out again.
  const Document* twin = nullptr;
  // Filled in by the PDF format for the HTML one:
  int pdf_pages = 0;
  size_t pdf_bytes = 0;
};

// Would the two documents make the same PDF?
bool same_pdf(const Document& a, const Document& b);

// "PDF, 245 KB, 12 pages", the GOV.UK way of describing an attachment.
std::string attachment_detail(size_t bytes, int pages);

}  // namespace panelpack
