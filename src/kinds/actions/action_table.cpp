#include "kinds/actions/action_table.h"

#include <map>

#include "core/csv_field.h"
#include "kinds/agenda/agenda.h"

namespace panelpack {

using nlohmann::json;

namespace {

// What the log shows of one action, as text.
struct Row {
  std::string ref, raised, minute, topic, action, lead, report_back, update, review, status, closed;
  bool overdue = false;
};

std::string lead_name(const Site& site, const Lead& lead) {
  if (!lead.team.empty()) return lead.team;
  auto it = site.people.find(lead.person);
  return it == site.people.end() ? lead.person : it->second.name;
}

// The printed titles of a meeting's agenda entries, by id.
class Topics {
 public:
  explicit Topics(const AudienceView& view) : view_(view) {}
  const std::string& of(const std::string& meeting, const std::string& item) {
    auto [it, fresh] = titles_.try_emplace(meeting);
    if (fresh)
      if (const MeetingView* m = view_.meeting(meeting)) {
        Diagnostics quiet;  // the agenda kind reports the agenda's own problems
        const Agenda agenda = compute_agenda(view_, *m, quiet);
        for (const auto* part : {&agenda.part1, &agenda.part2})
          for (const auto& e : *part) it->second[e.id] = e.title;
      }
    return it->second[item];
  }

 private:
  const AudienceView& view_;
  std::map<std::string, std::map<std::string, std::string>> titles_;
};

std::vector<Row> rows_of(const KindContext& ctx, const AudienceView& view, const std::vector<const ActionView*>& actions,
                         const std::optional<Date>& as_at) {
  Topics topics(view);
  std::vector<Row> rows;
  for (const ActionView* a : actions) {
    Row r;
    r.ref = a->ref;
    r.raised = a->raised.iso();
    r.minute = a->minute_number;
    r.topic = topics.of(a->meeting, a->item);
    r.action = a->text;
    r.lead = lead_name(ctx.site, a->lead);
    r.report_back = a->report_back ? "Yes" : "";
    r.review = a->review ? a->review->iso() : "";
    const ActionView::Update* u = as_at ? a->latest(*as_at) : (a->updates.empty() ? nullptr : &a->updates.back());
    r.update = u ? u->text : "";
    r.status = u ? status_name(u->status) : "open";
    if (u && u->status != ActionStatus::open) r.closed = u->closed.iso();
    r.overdue = as_at && r.status == "open" && a->review && *a->review < *as_at;
    rows.push_back(std::move(r));
  }
  return rows;
}

std::string display_date(const std::string& iso) {
  auto d = Date::parse(iso);
  return d ? d->day_month_year() : iso;
}

}  // namespace

json action_table_view(const KindContext& ctx, const AudienceView& view, const std::vector<const ActionView*>& actions,
                       const std::optional<Date>& as_at) {
  json rows = json::array();
  for (const Row& r : rows_of(ctx, view, actions, as_at)) {
    std::string status = r.status == "open" ? "Open" : r.status == "closed" ? "Closed" : "Superseded";
    if (!r.closed.empty()) status += " " + display_date(r.closed);
    if (r.overdue) status += " (review overdue)";
    rows.push_back({{"raised", display_date(r.raised)},
                    {"ref", r.ref},
                    {"topic", r.minute + " " + r.topic},
                    {"action", r.action},
                    {"lead", r.lead},
                    {"report_back", r.report_back},
                    {"update", r.update},
                    {"review", r.review.empty() ? "" : display_date(r.review)},
                    {"status", status},
                    {"overdue", r.overdue}});
  }
  json v;
  v["rows"] = rows;
  v["has_rows"] = !rows.empty();
  return v;
}

std::string actions_csv(const KindContext& ctx, const AudienceView& view, const std::vector<const ActionView*>& actions) {
  std::string out =
      "reference,meeting_date,minute,topic,action,lead,report_back,review_date,status,date_closed,latest_update\r\n";
  for (const Row& r : rows_of(ctx, view, actions, std::nullopt)) {
    for (const std::string* f : {&r.ref, &r.raised, &r.minute, &r.topic, &r.action, &r.lead})
      out += csv_field(*f) + ",";
    out += std::string(r.report_back.empty() ? "no" : "yes") + "," + r.review + "," + r.status + "," + r.closed + "," +
           csv_field(r.update) + "\r\n";
  }
  return out;
}

std::string actions_json(const KindContext& ctx, const AudienceView& view, const std::string& body,
                         const std::vector<const ActionView*>& actions) {
  json list = json::array();
  const std::vector<Row> rows = rows_of(ctx, view, actions, std::nullopt);
  for (size_t i = 0; i < rows.size(); ++i) {
    const Row& r = rows[i];
    json updates = json::array();
    for (const auto& u : actions[i]->updates)
      updates.push_back({{"meeting_date", u.meeting.iso()},
                         {"update", u.text},
                         {"status", status_name(u.status)},
                         {"date_closed", u.status == ActionStatus::open ? "" : u.closed.iso()}});
    list.push_back({{"reference", r.ref},
                    {"meeting_date", r.raised},
                    {"minute", r.minute},
                    {"topic", r.topic},
                    {"action", r.action},
                    {"lead", r.lead},
                    {"report_back", !r.report_back.empty()},
                    {"review_date", r.review},
                    {"status", r.status},
                    {"date_closed", r.closed},
                    {"updates", updates}});
  }
  json doc;
  doc["actions"] = list;
  doc["withheld"] = view.withheld_actions(body);  // raised in private: counted, not shown
  return doc.dump(1) + "\n";
}

}  // namespace panelpack
