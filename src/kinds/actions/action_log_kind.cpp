#include "kinds/actions/action_log_kind.h"

#include <map>

#include "kinds/actions/action_table.h"

namespace panelpack {

namespace {
// Does a log of `body` as at `date` show `a`?
bool in_log(const ActionView& a, const std::string& body, const Date& date, const std::optional<Date>& since) {
  if (a.body != body || !(a.raised < date)) return false;
  const ActionView::Update* u = a.latest(date);
  return !u || u->status == ActionStatus::open || !since || *since < u->meeting;
}
}  // namespace

std::vector<const ActionView*> log_rows(const AudienceView& view, const std::string& body, const Date& date,
                                        const std::optional<Date>& since) {
  std::vector<const ActionView*> rows;
  for (const ActionView& a : view.actions())
    if (in_log(a, body, date, since)) rows.push_back(&a);
  return rows;
}

namespace {

// `withheld`: how many actions raised in private the log would show too.
void render_log(const KindContext& ctx, const AudienceView& view, Document& doc, const Body& body,
                const std::vector<const ActionView*>& rows, const std::optional<Date>& as_at, int withheld,
                Diagnostics& diags) {
  nlohmann::json v = action_table_view(ctx, view, rows, as_at);
  v["lang"] = ctx.site.language;
  v["title"] = body.title;
  v["heading"] = as_at ? "Action log as at the meeting of " + as_at->long_uk() : std::string("Action log");
  v["withheld"] = withheld > 0 ? std::to_string(withheld) : "";
  ctx.render(doc, "action-log", v, diags);
}

}  // namespace

void plan_meeting_action_log(const KindContext& ctx, const AudienceView& view, const Scope& scope, const Prepared&,
                             std::vector<Document>& out, Diagnostics& diags) {
  const MeetingView* meeting = view.meeting(scope.meeting);
  if (!meeting) return;
  std::optional<Date> since = meeting->info.previous_meeting;
  if (meeting->previous) since = meeting->previous->info.date;
  const auto rows = log_rows(view, meeting->info.body, meeting->info.date, since);
  int withheld = 0;
  for (const ActionView& a : view.withheld_actions())
    withheld += in_log(a, meeting->info.body, meeting->info.date, since);
  if (rows.empty() && withheld == 0) return;
  const Body& body = ctx.site.bodies.at(meeting->info.body);
  Document doc = ctx.meeting_document(view, *meeting, "action-log", "action-log");
  doc.label = "Action log";
  doc.title = "Action log: " + body.name + ", " + meeting->info.date.day_month_year();
  doc.subject = "Action log";
  doc.source = meeting->info.file;
  doc.item = "previous-minutes";  // a paper of the item that takes the last meeting's minutes and actions
  render_log(ctx, view, doc, body, rows, meeting->info.date, withheld, diags);
  out.push_back(std::move(doc));
}

void plan_body_action_log(const KindContext& ctx, const AudienceView& view, const Scope& scope, const Prepared&,
                          std::vector<Document>& out, Diagnostics& diags) {
  std::vector<const ActionView*> rows;
  for (const ActionView& a : view.actions())
    if (a.body == scope.body) rows.push_back(&a);
  if (rows.empty() && view.withheld_actions(scope.body) == 0) return;
  const Body& body = ctx.site.bodies.at(scope.body);
  Document doc = ctx.body_document(view, body, "action-log", "action-log");
  doc.label = "Action log";
  doc.title = "Action log: " + body.name;
  doc.subject = "Action log";
  doc.source = "panelpack.yaml";
  // The latest meeting of the body gives the log's date (content, never the clock).
  for (const MeetingView& m : view.meetings())
    if (m.info.body == body.id && doc.date < m.info.date) doc.date = m.info.date;
  render_log(ctx, view, doc, body, rows, std::nullopt, view.withheld_actions(body.id), diags);
  doc.extras.emplace_back("actions.csv", actions_csv(ctx, view, rows));
  doc.extras.emplace_back("actions.json", actions_json(ctx, view, body.id, rows));
  doc.data_file = "actions.csv";
  out.push_back(std::move(doc));
}

}  // namespace panelpack
