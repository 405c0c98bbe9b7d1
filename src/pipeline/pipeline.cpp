#include "pipeline/pipeline.h"

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <unordered_map>

#include "layout/layout.h"
#include "pdf/supplied_pages.h"
#include "pipeline/formats.h"
#include "pipeline/kind_table.h"
#include "pipeline/paint_queue.h"
#include "render/markdown.h"
#include "site/site_pages.h"
#include "timeline/action_register.h"
#include "timeline/timeline.h"
#include "validate/inspection_loader.h"
#include "validate/project_loader.h"

namespace panelpack {

namespace {

// The Markdown of every item (and every inspection) is checked whichever audiences are built: an
// error in a Part 2 item must not wait for the members' build to show.
void check_item_text(const Project& project, Diagnostics& diags) {
  for (const auto& meeting : project.meetings)
    for (const auto& item : meeting.items)
      if (!item.description.empty()) markdown_to_paper(item.description.source, item.description.pos, diags);
  // So is that of every committee report, a Part 2 item's included.
  for (const auto& meeting : project.meetings)
    for (const Report& r : meeting.reports) {
      std::vector<const Markdown*> texts{&r.purpose, &r.summary, &r.plan_link};
      for (const auto& m : r.recommendations) texts.push_back(&m);
      for (const auto& i : r.implications) texts.push_back(&i.text);
      for (const auto& s : r.body)
        for (const auto& p : s.paragraphs) {
          texts.push_back(&p.text);
          for (const auto& pt : p.points) texts.push_back(&pt);
        }
      for (const Markdown* m : texts)
        if (!m->empty()) markdown_to_paper(m->source, m->pos, diags);
    }
  // So is that of an inspection kept from the public.
  for (const auto& in : project.inspections)
    for (const Markdown* m : {&in.findings, &in.response, &in.chief_constable})
      if (!m->empty()) markdown_to_paper(m->source, m->pos, diags);
}

// Reads the pages of every supplied PDF appendix (qpdf) for all reports,
// Part 2 ones included, so a public-only build refuses a bad one too: an
// encrypted or unreadable PDF is an error at the line that names it.
void read_supplied_appendices(Project& project, Diagnostics& diags) {
  for (auto& meeting : project.meetings)
    for (auto& report : meeting.reports)
      for (auto& a : report.appendices) {
        if (!a.bytes) continue;
        std::string why;
        auto sizes = pdf::supplied_page_sizes(*a.bytes, &why);
        if (!sizes) {
          diags.error(a.pdf_pos, "the appendix " + a.pdf + " cannot be used (" + why + ")",
                      "supply it as an unencrypted PDF that opens in a PDF reader");
          continue;
        }
        for (const auto& s : *sizes) a.pages.push_back({s.width, s.height});
      }
}

// Layout of one meeting's papers, by content: a paper that is the same in
// both trees (an annex; an agenda without Part 2 items) is laid out once.
class LayoutCache {
 public:
  explicit LayoutCache(const SiteContext& ctx) : ctx_(ctx) {}

  std::shared_ptr<const layout::Frames> operator()(const Document& doc, Diagnostics& diags) {
    if (!doc.paper.doc) return nullptr;
    std::string key = doc.language + '\0' + doc.paper.html;
    auto it = frames_.find(key);
    if (it != frames_.end()) return it->second;
    layout::LayoutOptions options;
    options.lang = doc.language;
    options.base_dir = ctx_.site.root;
    // Layout's warnings (a character the font lacks) concern the content; the
    // rendered markup has no lines of the user's to point at.
    options.source_name = doc.source;
    options.fs = &ctx_.fs;
    options.fonts = &ctx_.fonts;
    // Made mutable: the PDF format numbers the pages of frames no other document holds in place.
    std::shared_ptr<const layout::Frames> frames =
        std::make_shared<layout::Frames>(layout::layout_body(doc.paper.root(), ctx_.sheet, options, diags));
    frames_.emplace(std::move(key), frames);
    return frames;
  }

 private:
  const SiteContext& ctx_;
  // Keyed by the language and the whole paper: a hash finds it, and equal
  // text (not an equal digest) decides it. Dropped with the scope.
  std::unordered_map<std::string, std::shared_ptr<const layout::Frames>> frames_;
};

const Kind* kind_named(std::span<const Kind> table, const std::string& name) {
  for (const Kind& k : table)
    if (name == k.name) return &k;
  return nullptr;
}

// A members' document holds exempt material when the public tree has no
// document at its place, or one with another paper (a composed document
// finds out from its parts). Decided from what was planned, whichever kind
// planned it, so a kind cannot forget to mark its exempt papers.
void mark_exempt(std::vector<Document>& docs) {
  auto in_tree = [](const Document& d) { return d.stem.substr(d.stem.find('/') + 1); };
  std::map<std::string, const Document*> public_docs;
  for (const Document& d : docs)
    if (d.audience == Audience::public_) public_docs.emplace(in_tree(d), &d);
  for (Document& d : docs) {
    if (d.audience != Audience::members) continue;
    auto twin = public_docs.find(in_tree(d));
    d.exempt = twin == public_docs.end() || (d.paper.doc && twin->second->paper.html != d.paper.html);
  }
}

struct Run {
  const SiteContext& ctx;
  std::span<const Kind> table;
  // Every audience's view that is planned: the public one always, since the
  // members' documents are told apart from it (mark_exempt).
  const std::vector<AudienceView>& views;
  std::set<Audience> built;  // the audiences whose documents are written
  OutputSink& out;
  std::vector<DocumentRecord>& records;
  BuildStats& stats;
  PaintQueue& queue;
};

// One scope's documents between being planned and being written: laid out,
// composed, and their PDFs given to the paint queue. Its messages are kept
// here until it is written, so they come out in document order.
struct ScopeWork {
  Diagnostics planning;
  std::vector<Document> docs;
  std::vector<Diagnostics> messages;
  PaintedPdfs painted;
};

// Plans every kind owned by `owner` for `scope`, one audience's view at a
// time; unless `plan_only` or planning found errors, lays the documents out,
// composes them and starts painting their PDFs.
ScopeWork start_scope(const Run& run, Owner owner, const Scope& scope, bool plan_only, const Diagnostics& build) {
  ScopeWork work;
  Diagnostics& diags = work.planning;
  diags.read_sources_from(&build);
  std::vector<Document>& docs = work.docs;
  const KindContext kc = run.ctx.kinds();
  for (const Kind& kind : run.table) {
    if (kind.owner != owner) continue;
    const Prepared prepared = kind.prepare ? kind.prepare(kc, scope, diags) : nullptr;
    for (const AudienceView& view : run.views) {
      const size_t first = docs.size();
      kind.plan(kc, view, scope, prepared, docs, diags);
      // A kind writes only into the tree of the view it was given.
      const std::string tree = std::string(audience_name(view.audience())) + "/";
      for (size_t i = first; i < docs.size(); ++i)
        if (docs[i].audience != view.audience() || docs[i].stem.rfind(tree, 0) != 0)
          throw std::logic_error(std::string("kind '") + kind.name + "' planned " + docs[i].stem + " outside the " +
                                 audience_name(view.audience()) + " tree");
    }
  }
  if (plan_only || diags.has_errors()) {
    docs.clear();
    return work;
  }
  mark_exempt(docs);
  std::erase_if(docs, [&](const Document& d) { return !run.built.count(d.audience); });

  std::vector<Diagnostics>& messages = work.messages;
  messages.resize(docs.size());
  for (Diagnostics& m : messages) m.read_sources_from(&build);
  {
    LayoutCache cache(run.ctx);  // dropped once composed: then only documents hold frames
    LayoutFn layout = [&cache](const Document& doc, Diagnostics& d) { return cache(doc, d); };
    // A kind may plan frames of its own (a supplied PDF's placeholder pages).
    for (size_t i = 0; i < docs.size(); ++i)
      if (!docs[i].frames) docs[i].frames = layout(docs[i], messages[i]);
    for (size_t i = 0; i < docs.size(); ++i) {
      const Kind* kind = kind_named(run.table, docs[i].kind);
      if (!kind || !kind->compose) continue;
      std::vector<const Document*> group;  // the same audience's documents
      for (const auto& d : docs)
        if (d.audience == docs[i].audience && &d != &docs[i]) group.push_back(&d);
      kind->compose(kc, docs[i], group, layout, messages[i]);
    }
  }

  PaintedPdfs& painted = work.painted;
  painted.queue = &run.queue;
  std::map<const layout::Frames*, std::set<std::string>> keys;  // the PDFs each laid-out body becomes
  for (const Document& d : docs)
    if (d.frames && !d.part_only) keys[d.frames.get()].insert(pdf_key(d));
  for (const auto& [frames, k] : keys)
    if (k.size() == 1) painted.same_pdf_for_all.insert(frames);
  for (size_t i = 0; i < docs.size(); ++i)
    if (docs[i].frames && !docs[i].part_only && !messages[i].has_errors())
      start_pdf(docs[i], run.ctx, painted, messages[i]);
  return work;
}

// Writes a started scope's documents (waiting for their PDFs) and adds its
// messages to `diags`: the planning's, then each document's in order.
void finish_scope(const Run& run, ScopeWork& work, Diagnostics& diags) {
  diags.merge(std::move(work.planning));
  for (size_t i = 0; i < work.docs.size(); ++i) {
    Document& doc = work.docs[i];
    if (doc.frames && !doc.part_only && !work.messages[i].has_errors()) {
      for (const auto& format : formats()) format.write(doc, run.ctx, work.painted, run.out, work.messages[i]);
      const std::string folder = doc.stem.substr(0, doc.stem.rfind('/') + 1);
      for (auto& [name, bytes] : doc.extras) run.out.add(folder + name, std::move(bytes));
      run.records.push_back(record_of(doc));
      ++run.stats.documents;
      run.stats.pages += doc.pdf_pages;
      doc.frames.reset();
    }
    diags.merge(std::move(work.messages[i]));
  }
}

}  // namespace

bool build_site(const FileSystem& fs, const BuildOptions& options, OutputSink& out, BuildStats& stats,
                Diagnostics& diags) {
  auto project = load_project(fs, options.site, diags);
  if (!project || diags.has_errors()) return false;
  SiteContext ctx(fs, project->site);
  ctx.search = options.search;
  ctx.load_styles(diags);
  check_item_text(*project, diags);
  read_supplied_appendices(*project, diags);
  if (options.as_of) check_inspection_clock(project->inspections, *options.as_of, project->site.inspection_warn_days, diags);

  const Timeline timeline = compute_timeline(*project);
  const ActionRegister actions = compute_actions(*project, timeline, diags);
  check_minutes_cover_agenda(*project, timeline, diags);
  std::vector<AudienceView> views;
  const std::set<Audience> built(options.audiences.begin(), options.audiences.end());
  if (!built.count(Audience::public_)) views.push_back(redact(*project, timeline, Audience::public_, &actions));
  for (Audience audience : options.audiences) views.push_back(redact(*project, timeline, audience, &actions));

  // One meeting at a time: its documents are written as they are finished,
  // and only what the site's pages need is kept. While a meeting's PDFs are
  // painted, the next meeting is planned and laid out. Once anything has an
  // error, the scopes after it are only planned, so that every error shows.
  std::vector<DocumentRecord> records;
  PaintQueue queue(project->meetings.size() > 1);  // with one meeting there is nothing to paint beside
  const Run run{ctx, options.kinds.empty() ? kinds() : options.kinds, views, built, out, records, stats, queue};
  std::optional<ScopeWork> started;
  auto next = [&](Owner owner, const Scope& scope) {
    const bool errors = diags.has_errors() || (started && started->planning.has_errors());
    ScopeWork work = start_scope(run, owner, scope, errors, diags);
    if (started) finish_scope(run, *started, diags);
    started = std::move(work);
  };
  for (const Meeting& meeting : project->meetings) next(Owner::meeting, {meeting.id, ""});
  for (const auto& [id, body] : project->site.bodies) next(Owner::body, {"", id});
  next(Owner::site, {});
  finish_scope(run, *started, diags);
  if (diags.has_errors()) return false;

  const KindContext kc = ctx.kinds();
  for (const AudienceView& view : views) {
    if (!built.count(view.audience())) continue;
    const SiteTree tree = organise(view, records, site_date(view, options.as_of));
    write_site_pages(kc, tree, {options.search}, out, diags);
    out.add(tree.tree + "/assets/paper.css", ctx.paper_css);
    out.add(tree.tree + "/assets/site.css", ctx.site_css);
  }
  stats.files = static_cast<int>(out.size());
  return !diags.has_errors() && out.error().empty();
}

}  // namespace panelpack
