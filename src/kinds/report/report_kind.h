#pragma once
// The committee (cover) report kind: each report in a meeting's view (a
// Part 2 item's report is in the members' view only) becomes a paper of its
// agenda item, `report-<id>` (HTML and PDF), with its tables and its table
// appendices. Each supplied PDF appendix becomes a paper of the same item
// right after it, `report-<id>-appendix-<name>`: placeholder pages of the
// supplied pages' sizes, which the PDF stage fills with the supplied pages
// (pdf/supplied_pages.h). The pack takes all of them in, in agenda order.
#include "kinds/kind.h"

namespace panelpack {

void plan_reports(const KindContext& ctx, const AudienceView& view, const Scope& scope, const Prepared&,
                  std::vector<Document>& out, Diagnostics& diags);

// The view model of templates/report.html.
nlohmann::json report_view(const KindContext& ctx, const Report& report, const MeetingView& meeting,
                           const EntryView& entry, Diagnostics& diags);

// The placeholder frames of a supplied appendix: one empty page per supplied
// page, of its size, the first bookmarked with `bookmark`.
layout::Frames supplied_frames(const ReportAppendix& appendix, const std::string& bookmark);

}  // namespace panelpack
