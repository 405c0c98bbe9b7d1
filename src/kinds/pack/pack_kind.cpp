#include "kinds/pack/pack_kind.h"

#include <algorithm>
#include <map>

#include "kinds/agenda/agenda_kind.h"
#include "kinds/agenda/agenda_view.h"
#include "layout/frame_join.h"

namespace panelpack {

std::string page_reference(int first, int last) {
  return first == last ? "Page " + std::to_string(first)
                       : "Pages " + std::to_string(first) + " - " + std::to_string(last);
}

void plan_pack(const KindContext& ctx, const AudienceView& view, const Scope& scope, const Prepared&,
               std::vector<Document>& out, Diagnostics&) {
  const MeetingView* meeting = view.meeting(scope.meeting);
  if (!meeting) return;
  Document doc = ctx.meeting_document(view, *meeting, "pack", "agenda-pack");
  const Body& body = ctx.site.bodies.at(meeting->info.body);
  doc.label = "Agenda pack";
  doc.title = "Agenda pack: " + body.title + ", " + meeting->info.date.day_month_year();
  doc.subject = "Agenda pack";
  doc.source = meeting->info.file;
  doc.html_page = false;
  out.push_back(std::move(doc));
}

namespace {

// The entries of `agenda`, Part 1 then Part 2, as printed.
std::vector<AgendaEntry*> entries(Agenda& agenda) {
  std::vector<AgendaEntry*> all;
  for (auto& e : agenda.part1) all.push_back(&e);
  for (auto& e : agenda.part2) all.push_back(&e);
  return all;
}

}  // namespace

void compose_pack(const KindContext& ctx, Document& pack, const std::vector<const Document*>& group,
                  const LayoutFn& layout, Diagnostics& diags) {
  const Document* agenda_doc = nullptr;
  std::vector<const Document*> papers;
  for (const Document* d : group) {
    if (!d->frames) continue;
    if (d->kind == "agenda") agenda_doc = d;
    else if (!d->item.empty() && d->kind != pack.kind) papers.push_back(d);
  }
  if (!agenda_doc || papers.empty() || !agenda_doc->state.has_value()) return;  // nothing to compose
  Agenda agenda = std::any_cast<const Agenda&>(agenda_doc->state);
  std::vector<AgendaEntry*> items = entries(agenda);
  auto number_of = [&](const std::string& id) {
    for (const AgendaEntry* e : items)
      if (e->id == id) return e->number;
    return 0;
  };
  // Papers in agenda order (an item's papers in the order they were planned).
  std::stable_sort(papers.begin(), papers.end(),
                   [&](const Document* a, const Document* b) { return number_of(a->item) < number_of(b->item); });

  Document front;  // the agenda as the pack prints it, with its page references
  front.source = agenda_doc->source;
  front.language = agenda_doc->language;
  std::shared_ptr<const layout::Frames> front_frames = agenda_doc->frames;
  int agenda_pages = static_cast<int>(front_frames->pages.size());
  bool settled = false;
  for (int pass = 0; pass < kMaxPackPasses && !settled; ++pass) {
    std::map<std::string, std::pair<int, int>> ranges;  // item id -> first and last page
    int next = agenda_pages + 1;
    for (const Document* p : papers) {
      const int count = static_cast<int>(p->frames->pages.size());
      auto [it, fresh] = ranges.try_emplace(p->item, next, next + count - 1);
      if (!fresh) it->second.second = next + count - 1;
      next += count;
    }
    for (AgendaEntry* e : items) {
      auto it = ranges.find(e->id);
      e->pages = it == ranges.end() ? "" : page_reference(it->second.first, it->second.second);
    }
    render_agenda(ctx, front, agenda, diags);
    if (!front.paper.doc) return;
    front_frames = layout(front, diags);
    if (!front_frames) return;
    const int pages = static_cast<int>(front_frames->pages.size());
    settled = pages == agenda_pages;
    agenda_pages = pages;
  }
  if (!settled) {
    diags.error(pack.meeting->info.pos,
                "the page references of the agenda pack of " + pack.meeting->info.id + " did not settle after " +
                    std::to_string(kMaxPackPasses) + " layouts (the agenda's length keeps changing with them)",
                "shorten the agenda's item descriptions, or report this as a bug with the meeting attached");
    return;
  }
  std::vector<layout::FramePart> parts{{front_frames.get(), agenda_title(agenda)}};
  pack.sections.push_back({0, agenda_title(agenda), agenda_doc->source});
  int first_page = agenda_pages;
  for (const Document* p : papers) {
    const int number = number_of(p->item);
    parts.push_back({p->frames.get(), number ? "Item " + std::to_string(number) + ": " + p->label : p->label});
    pack.sections.push_back({first_page, p->title, p->source});
    first_page += static_cast<int>(p->frames->pages.size());
  }
  pack.frames = std::make_shared<layout::Frames>(layout::join_frames(parts));  // mutable: numbered in place
}

}  // namespace panelpack
