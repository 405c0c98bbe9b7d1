#include "kinds/pack/pack_kind.h"

#include <algorithm>
#include <map>
#include <set>

#include "kinds/agenda/agenda_kind.h"
#include "kinds/agenda/agenda_view.h"
#include "kinds/pack/pack_pages.h"
#include "layout/frame_join.h"

namespace panelpack {

std::string page_reference(int first, int last) {
  return first == last ? "Page " + std::to_string(first)
                       : "Pages " + std::to_string(first) + " - " + std::to_string(last);
}

namespace {

// Which pack a document of the kind is: the papers that are ready, or the late ones.
enum class PackOf { ready, late };

}  // namespace

void plan_pack(const KindContext& ctx, const AudienceView& view, const Scope& scope, const Prepared&,
               std::vector<Document>& out, Diagnostics&) {
  const MeetingView* meeting = view.meeting(scope.meeting);
  if (!meeting) return;
  const Body& body = ctx.site.bodies.at(meeting->info.body);
  // The supplementary pack is planned always and composed only when there are
  // late papers (of items marked late, or papers marked late themselves).
  for (PackOf which : {PackOf::ready, PackOf::late}) {
    const bool late = which == PackOf::late;
    Document doc = ctx.meeting_document(view, *meeting, "pack", late ? "supplementary-pack" : "pack");
    doc.label = late ? "Supplementary agenda pack" : "Agenda pack";
    doc.title = doc.label + ": " + body.title + ", " + meeting->info.date.day_month_year();
    doc.subject = doc.label;
    doc.source = meeting->info.file;
    doc.html_page = false;
    doc.state = which;
    out.push_back(std::move(doc));
  }
}

namespace {

// The entries of `agenda`, Part 1 then Part 2, as printed.
std::vector<AgendaEntry*> entries(Agenda& agenda) {
  std::vector<AgendaEntry*> all;
  for (auto& e : agenda.part1) all.push_back(&e);
  for (auto& e : agenda.part2) all.push_back(&e);
  return all;
}

struct ItemPaper {
  const Document* doc;
  AgendaEntry* entry;  // nullptr: a paper of an item the agenda does not have (an action log without a
                       // previous-minutes item), printed after the agenda, without a page reference
  int number() const { return entry ? entry->number : 0; }
};

// The link target of an item's first page in the pack.
std::string item_destination(const AgendaEntry& e) {
  return layout::kJoinedDestination + ("item-" + std::to_string(e.number));
}

// The papers of the items in `which` pack, in agenda order (an item's papers
// in the order they were planned). An item marked to follow that has papers
// is a warning: no pack takes them.
std::vector<ItemPaper> papers_of(const std::vector<const Document*>& group, const std::vector<AgendaEntry*>& items,
                                 PackOf which, Diagnostics& diags) {
  std::vector<ItemPaper> papers;
  for (const Document* d : group) {
    if (!d->frames || d->item.empty() || d->kind == "pack") continue;
    auto e = std::find_if(items.begin(), items.end(), [&](const AgendaEntry* x) { return x->id == d->item; });
    if (e == items.end()) {
      if (which == PackOf::ready) papers.push_back({d, nullptr});
      continue;
    }
    const ItemStatus status = (*e)->status;
    if (which == PackOf::ready && status == ItemStatus::to_follow)
      diags.warning((*e)->status_pos,
                    item_name((*e)->number, (*e)->title) + " is marked 'to-follow' but has papers (" + d->label +
                        "): no pack holds them",
                    "write 'status: late' to put them in the supplementary pack, or remove 'status' to put them in "
                    "the pack");
    const bool late = status == ItemStatus::late || (status == ItemStatus::ready && d->late);
    const bool ready = status == ItemStatus::ready && !d->late;
    if (which == PackOf::late ? late : ready) papers.push_back({d, *e});
  }
  std::stable_sort(papers.begin(), papers.end(),
                   [](const ItemPaper& a, const ItemPaper& b) { return a.number() < b.number(); });
  return papers;
}

// The padding page of a duplex pack, laid out from templates/blank-page.html
// and made page furniture (an artifact), as the notice is not part of the text.
std::shared_ptr<const layout::Frames> blank_page(const KindContext& ctx, const Document& pack, const LayoutFn& layout,
                                                 Diagnostics& diags) {
  Document blank;
  blank.source = pack.source;
  blank.language = pack.language;
  ctx.render(blank, "blank-page", {{"lang", pack.language}}, diags);
  auto laid = blank.paper.doc ? layout(blank, diags) : nullptr;
  if (!laid || laid->pages.size() != 1) return nullptr;
  auto frames = std::make_shared<layout::Frames>(*laid);
  for (layout::Page& page : frames->pages) {
    for (layout::Item& item : page.items) std::visit([](auto& x) { x.tag = layout::kArtifact; }, item);
    page.links.clear();
  }
  frames->structure.resize(1);
  frames->bookmarks.clear();
  frames->destinations.clear();
  return frames;
}

}  // namespace

void compose_pack(const KindContext& ctx, Document& pack, const std::vector<const Document*>& group,
                  const LayoutFn& layout, Diagnostics& diags) {
  const PackOf which = std::any_cast<PackOf>(pack.state);
  const Document* agenda_doc = nullptr;
  for (const Document* d : group)
    if (d->kind == "agenda" && d->frames && d->state.has_value()) agenda_doc = d;
  if (!agenda_doc) return;
  Agenda agenda = std::any_cast<const Agenda&>(agenda_doc->state);
  if (which == PackOf::late) {  // the supplementary agenda lists the items with late papers only
    std::set<std::string> late_papers;  // items some of whose papers are marked late
    for (const Document* d : group)
      if (d->late) late_papers.insert(d->item);
    agenda.supplementary = true;
    for (auto* part : {&agenda.part1, &agenda.part2})
      std::erase_if(*part, [&](const AgendaEntry& e) {
        return e.status != ItemStatus::late && !(e.status == ItemStatus::ready && late_papers.count(e.id));
      });
    // Under an item whose papers are late as a whole, all its recommendations;
    // under one with a late paper, that paper's.
    for (AgendaEntry* e : entries(agenda)) {
      if (e->status != ItemStatus::late) e->recommendations.clear();
      e->recommendations.insert(e->recommendations.end(), e->late_recommendations.begin(),
                                e->late_recommendations.end());
    }
  }
  std::vector<AgendaEntry*> items = entries(agenda);
  std::vector<ItemPaper> papers = papers_of(group, items, which, diags);
  if (papers.empty()) return;  // nothing to compose
  if (which == PackOf::late)  // the supplementary agenda gives their pages, not "(To follow)"
    for (AgendaEntry* e : items) e->status = ItemStatus::ready;
  const bool duplex = ctx.site.bodies.at(pack.body).duplex;
  std::shared_ptr<const layout::Frames> blank;
  if (duplex && !(blank = blank_page(ctx, pack, layout, diags))) return;
  // The pack holds the papers: the agenda links to their pages, not to the pages elsewhere in the site.
  for (const ItemPaper& p : papers)
    if (p.entry) p.entry->link_href.clear();

  std::vector<PackPart> parts{{0, true}};
  for (size_t k = 0; k < papers.size(); ++k)
    parts.push_back({static_cast<int>(papers[k].doc->frames->pages.size()),
                     k == 0 || !papers[k].entry || papers[k - 1].entry != papers[k].entry});

  Document front;  // the agenda as the pack prints it, with its page references
  front.source = agenda_doc->source;
  front.language = agenda_doc->language;
  std::shared_ptr<const layout::Frames> front_frames =
      which == PackOf::ready ? agenda_doc->frames : nullptr;  // the supplementary agenda is laid out below
  PackPages placed;
  bool settled = false;
  for (int pass = 0; pass < kMaxPackPasses && !settled; ++pass) {
    parts[0].pages = front_frames ? static_cast<int>(front_frames->pages.size()) : 1;
    placed = place_parts(parts, duplex);
    // An item's pages run from its first paper to the page before the next item (padding included).
    std::map<const AgendaEntry*, std::pair<int, int>> ranges;
    for (size_t k = 0; k < papers.size(); ++k) {
      const int last = (k + 2 < parts.size() ? placed.first[k + 2] : placed.total + 1) - 1;
      auto [it, fresh] = ranges.try_emplace(papers[k].entry, placed.first[k + 1], last);
      if (!fresh) it->second.second = last;
    }
    for (AgendaEntry* e : items) {
      auto it = ranges.find(e);
      e->pages = it == ranges.end() ? "" : page_reference(it->second.first, it->second.second);
      e->pages_href = it == ranges.end() ? "" : "#" + item_destination(*e);
    }
    render_agenda(ctx, front, agenda, diags);
    if (!front.paper.doc) return;
    const int before = parts[0].pages;
    front_frames = layout(front, diags);
    if (!front_frames) return;
    settled = static_cast<int>(front_frames->pages.size()) == before;
  }
  if (!settled) {
    diags.error(pack.meeting->info.pos,
                "the page references of the " + pack.label + " of " + pack.meeting->info.id + " did not settle after " +
                    std::to_string(kMaxPackPasses) + " layouts (the agenda's length keeps changing with them)",
                "shorten the agenda's item descriptions, or report this as a bug with the meeting attached");
    return;
  }

  // The front sheet holds exempt material when it lists a Part 2 item in full (the members' edition).
  const bool front_exempt = agenda.audience == Audience::members && !agenda.part2.empty();
  std::vector<layout::FramePart> joined{{front_frames.get(), agenda_title(agenda), ""}};
  pack.sections = {{0, agenda_title(agenda), agenda_doc->source, front_exempt}};
  if (placed.blank_after[0]) joined.push_back({blank.get(), "", ""});
  pack.exempt = front_exempt;
  for (size_t k = 0; k < papers.size(); ++k) {
    const ItemPaper& p = papers[k];
    const std::string item = p.entry ? "Item " + std::to_string(p.entry->number) + ": " + p.entry->title : "";
    joined.push_back({p.doc->frames.get(), p.doc->label, item});
    pack.sections.push_back({placed.first[k + 1] - 1, p.doc->title, p.doc->source, p.doc->exempt});
    if (placed.blank_after[k + 1]) joined.push_back({blank.get(), "", item});
    pack.exempt = pack.exempt || p.doc->exempt;
  }
  auto frames = std::make_shared<layout::Frames>(layout::join_frames(joined));  // mutable: numbered in place
  for (size_t k = 0; k < papers.size(); ++k)
    if (parts[k + 1].starts_item && papers[k].entry)
      frames->destinations.push_back({item_destination(*papers[k].entry), placed.first[k + 1] - 1, 0});
  pack.frames = std::move(frames);
}

}  // namespace panelpack
