#include "kinds/agenda/agenda_kind.h"

#include "kinds/agenda/agenda_view.h"

namespace panelpack {

void render_agenda(const KindContext& ctx, Document& doc, const Agenda& agenda, Diagnostics& diags) {
  ctx.render(doc, "agenda", agenda_view(agenda, ctx.site.language, diags), diags);
}

void plan_agenda(const KindContext& ctx, const AudienceView& view, const Scope& scope, const Prepared&,
                 std::vector<Document>& out, Diagnostics& diags) {
  const MeetingView* meeting = view.meeting(scope.meeting);
  if (!meeting) return;
  Agenda agenda = compute_agenda(view, *meeting, diags);
  Document doc = ctx.meeting_document(view, *meeting, "agenda", "agenda");
  doc.label = "Agenda";
  doc.title = agenda_title(agenda);
  doc.page_title = "Agenda: " + agenda.body->name + ", " + meeting->info.date.day_month_year();
  doc.subject = "Agenda";
  doc.source = meeting->info.file;
  render_agenda(ctx, doc, agenda, diags);
  doc.state = std::move(agenda);
  out.push_back(std::move(doc));
}

}  // namespace panelpack
