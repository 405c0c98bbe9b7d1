// The PDF format: the kept frames numbered (the @page margin boxes, each
// section under its own running title) and painted.

#include "layout/margin_boxes.h"
#include "pdf/painter.h"
#include "pdf/supplied_pages.h"
#include "pipeline/formats.h"

namespace panelpack {

namespace {
std::vector<Document::Section> sections_of(const Document& doc) {
  std::vector<Document::Section> sections = doc.sections;
  if (sections.empty()) sections.push_back({0, doc.title, doc.source, doc.exempt});
  return sections;
}

// The pages of `frames` are exactly the pages of one supplied PDF, in order:
// that PDF is published as it was supplied.
const std::string* whole_supplied_pdf(const layout::Frames& frames) {
  const std::string* pdf = nullptr;
  for (size_t i = 0; i < frames.pages.size(); ++i) {
    const auto& s = frames.pages[i].supplied;
    if (!s || s->index != static_cast<int>(i) || (pdf && pdf != s->pdf.get())) return nullptr;
    pdf = s->pdf.get();
  }
  return pdf;
}
}  // namespace

std::string pdf_key(const Document& doc) {
  // The frames are shared by content; so is the PDF when the metadata agree.
  std::string key = std::to_string(reinterpret_cast<uintptr_t>(doc.frames.get()));
  for (const std::string& s : {pdf_title(doc), doc.author, doc.subject, doc.language}) key += '\0' + s;
  key += '\0' + doc.date.iso();
  for (const auto& s : sections_of(doc)) key += '\0' + std::to_string(s.first_page) + (s.exempt ? "!" : "") + s.title;
  return key;
}

const PaintedPdfs::Pdf* start_pdf(Document& doc, const SiteContext& ctx, PaintedPdfs& painted, Diagnostics& diags) {
  if (!doc.frames) return nullptr;
  std::string key = pdf_key(doc);
  if (auto hit = painted.by_content.find(key); hit != painted.by_content.end()) return &hit->second;
  // Frames that no other document holds, or whose holders all paint this
  // same PDF, are numbered in place (layout made them mutable); others are
  // copied. A job holds its frames, so frames shared with one are copied.
  std::shared_ptr<const layout::Frames> frames = doc.frames;
  if (doc.frames.use_count() > 1 && !painted.same_pdf_for_all.count(doc.frames.get()))
    frames = std::make_shared<const layout::Frames>(*doc.frames);
  layout::Frames& numbered = const_cast<layout::Frames&>(*frames);
  const std::vector<Document::Section> sections = sections_of(doc);
  for (size_t i = 0; i < sections.size(); ++i) {
    const int to = i + 1 < sections.size() ? sections[i + 1].first_page : -1;
    const layout::RunningText running{sections[i].title, sections[i].exempt ? kNotForPublication : ""};
    layout::add_margin_boxes(numbered, ctx.sheet, ctx.fonts, running, 1, diags, sections[i].source,
                             {sections[i].first_page, to});
  }
  pdf::DocumentInfo info;
  info.title = pdf_title(doc);
  info.author = doc.author;
  info.subject = doc.subject;
  info.language = doc.language;
  info.date = doc.date.iso();
  auto paint = [frames, info]() {
    PaintResult pdf;
    pdf.pages = static_cast<int>(frames->pages.size());
    if (const std::string* supplied = whole_supplied_pdf(*frames)) {
      pdf.bytes = *supplied;
      return pdf;
    }
    pdf::PaintOptions options;
    // Layout has warned for every character it placed (text, SVG charts and
    // margin boxes), naming the paper or the style sheet.
    options.warn_missing_glyphs = false;
    pdf.bytes = pdf::paint(*frames, info, pdf.messages, options);
    // Pages supplied by others take their placeholders' places.
    if (pdf::has_supplied_pages(*frames)) pdf.bytes = pdf::place_supplied_pages(pdf.bytes, *frames, pdf.messages);
    return pdf;
  };
  return &painted.by_content.emplace(std::move(key), PaintedPdfs::Pdf{painted.queue->submit(paint), &doc}).first->second;
}

void write_pdf(Document& doc, const SiteContext& ctx, PaintedPdfs& painted, OutputSink& out, Diagnostics& diags) {
  const PaintedPdfs::Pdf* pdf = start_pdf(doc, ctx, painted, diags);
  if (!pdf) return;
  const PaintResult& result = painted.queue->wait(pdf->result);
  if (pdf->started_by == &doc) diags.merge(Diagnostics(result.messages));
  doc.pdf_pages = result.pages;
  doc.pdf_bytes = result.bytes.size();
  out.add(pdf_stem(doc) + ".pdf", result.bytes);
}

}  // namespace panelpack
