#include "pipeline/action_listing.h"

#include <ostream>

#include "core/suggest.h"
#include "kinds/actions/action_table.h"
#include "pipeline/site_context.h"
#include "timeline/action_register.h"
#include "validate/project_loader.h"

namespace panelpack {

namespace {

// Text cut to `width` characters (UTF-8 aware), padded to it.
std::string column(const std::string& text, size_t width) {
  std::string out;
  size_t shown = 0, i = 0;
  for (; i < text.size() && shown < width; ++shown) {
    size_t n = 1;
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0xF0) n = 4;
    else if (c >= 0xE0) n = 3;
    else if (c >= 0xC0) n = 2;
    out += text.substr(i, n);
    i += n;
  }
  if (i < text.size() && !out.empty()) {
    // Cut: end with an ellipsis in place of the last character shown.
    size_t back = out.size() - 1;
    while (back > 0 && (static_cast<unsigned char>(out[back]) & 0xC0) == 0x80) --back;
    out.erase(back);
    out += "…";
  }
  return out + std::string(width > shown ? width - shown : 0, ' ');
}

std::string trimmed(std::string s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

}  // namespace

bool list_actions(const FileSystem& fs, const ActionListing& listing, std::ostream& out, Diagnostics& diags) {
  if (listing.format != "table" && listing.format != "csv" && listing.format != "json") {
    diags.error({}, "unknown format '" + listing.format + "'",
                suggestion_or(listing.format, {"table", "csv", "json"}, "use --format table, csv or json"));
    return false;
  }
  auto project = load_project(fs, listing.site, diags);
  if (!project || diags.has_errors()) return false;
  if (!listing.body.empty() && !project->site.bodies.count(listing.body)) {
    std::vector<std::string> ids;
    for (const auto& [id, _] : project->site.bodies) ids.push_back(id);
    diags.error({}, "unknown body '" + listing.body + "'",
                suggestion_or(listing.body, ids, "give the id of a body in panelpack.yaml"));
    return false;
  }
  const Timeline timeline = compute_timeline(*project);
  const ActionRegister register_ = compute_actions(*project, timeline, diags);
  if (diags.has_errors()) return false;
  const AudienceView view = redact(*project, timeline, Audience::members, &register_);
  SiteContext ctx(fs, project->site);
  std::vector<const ActionView*> rows;
  for (const ActionView& a : view.actions()) {
    if (!listing.body.empty() && a.body != listing.body) continue;
    const bool open = a.updates.empty() || a.updates.back().status == ActionStatus::open;
    if (listing.open_only && !open) continue;
    rows.push_back(&a);
  }
  if (listing.format == "csv") {
    out << actions_csv(ctx.kinds(), view, rows);
  } else if (listing.format == "json") {
    out << actions_json(ctx.kinds(), view, listing.body, rows);
  } else {
    out << column("REFERENCE", 24) << column("RAISED", 12) << column("STATUS", 12) << column("REVIEW", 12)
        << column("LEAD", 24) << "ACTION\n";
    for (const ActionView* a : rows) {
      const bool open = a->updates.empty() || a->updates.back().status == ActionStatus::open;
      std::string lead = a->lead.team;
      if (lead.empty())
        if (auto p = project->site.people.find(a->lead.person); p != project->site.people.end()) lead = p->second.name;
      out << column(a->ref, 24) << column(a->raised.iso(), 12)
          << column(open ? "open" : status_name(a->updates.back().status), 12)
          << column(a->review ? a->review->iso() : "", 12) << column(lead, 24) << trimmed(column(a->text, 70)) << "\n";
    }
    out << rows.size() << (rows.size() == 1 ? " action" : " actions") << "\n";
  }
  return true;
}

}  // namespace panelpack
