#include "pdf/painter.h"

#include <hpdf.h>

#include <cstdio>
#include <cstring>
#include <map>

#include "core/date.h"
#include "pdf/destinations.h"
#include "pdf/document_id.h"
#include "pdf/embedded_font.h"
#include "pdf/face_table.h"
#include "pdf/hpdf_objects.h"
#include "pdf/image_resources.h"
#include "pdf/link_annotations.h"
#include "pdf/object_streams.h"
#include "pdf/outline.h"
#include "pdf/page_painter.h"
#include "pdf/structure_tree.h"
#include "pdf/xmp_metadata.h"

namespace pdf {

namespace {

class Document {
 public:
  explicit Document(LibharuError* err) : doc_(HPDF_New(on_libharu_error, err)) {}
  ~Document() {
    if (doc_) HPDF_Free(doc_);
  }
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;
  HPDF_Doc get() const { return doc_; }

 private:
  HPDF_Doc doc_;
};

// "2025-01-20" -> "D:20250120"; empty (and a warning) for anything else.
std::string pdf_date(const std::string& iso, const char* what, panelpack::Diagnostics& diags) {
  if (iso.empty()) return {};
  std::string why;
  auto parsed = panelpack::Date::parse(iso, &why);
  if (!parsed) {
    diags.warning({}, std::string("the PDF ") + what + " '" + iso + "' is left out (" + why + ")",
                  "give the date as YYYY-MM-DD");
    return {};
  }
  const panelpack::Date& d = *parsed;
  char buf[32];
  std::snprintf(buf, sizeof buf, "D:%04d%02d%02d", d.year, d.month, d.day);
  return buf;
}

// /Info and the XMP metadata stream.
void write_info(HPDF_Doc doc, const DocumentInfo& info, const std::string& language,
                panelpack::Diagnostics& diags) {
  if (!doc->info) HPDF_SetInfoAttr(doc, HPDF_INFO_PRODUCER, "panelpack");
  HPDF_Dict d = doc->info;
  auto set = [&](const char* key, const std::string& value) {
    if (!value.empty()) HPDF_Dict_Add(d, key, text_string(doc, value));
  };
  set("Title", info.title);
  set("Author", info.author);
  set("Subject", info.subject);
  set("Keywords", info.keywords);
  set("Creator", info.creator);
  std::string producer = std::string("panelpack ") + PANELPACK_VERSION + " (libharu " HPDF_VERSION_TEXT ")";
  set("Producer", producer);
  std::string created = pdf_date(info.date, "date", diags);
  std::string modified = info.modified.empty() ? created : pdf_date(info.modified, "modification date", diags);
  if (!created.empty()) HPDF_Dict_Add(d, "CreationDate", byte_string(doc, created));
  if (!modified.empty()) HPDF_Dict_Add(d, "ModDate", byte_string(doc, modified));

  XmpFields xmp{info.title, info.author,  info.subject, info.keywords, language,
                info.creator, producer, created.empty() ? "" : info.date,
                modified.empty() || info.modified.empty() ? "" : info.modified};
  HPDF_Dict metadata = new_stream(doc, xmp_packet(xmp));
  HPDF_Dict_AddName(metadata, "Type", "Metadata");
  HPDF_Dict_AddName(metadata, "Subtype", "XML");
  HPDF_Dict_Add(doc->catalog, "Metadata", metadata);
}

// The document language: the caller's, else the layout root's.
std::string document_language(const DocumentInfo& info, const layout::Frames& frames) {
  if (!info.language.empty()) return info.language;
  return frames.structure.empty() ? std::string() : frames.structure[0].lang;
}

void write_catalog(HPDF_Doc doc, const std::string& language) {
  if (!language.empty()) HPDF_Dict_Add(doc->catalog, "Lang", byte_string(doc, language));
  HPDF_Dict prefs = HPDF_Dict_New(doc->mmgr);
  HPDF_Dict_AddBoolean(prefs, "DisplayDocTitle", HPDF_TRUE);
  HPDF_Dict_Add(doc->catalog, "ViewerPreferences", prefs);
}

// One resource dictionary shared by every page: fonts, images, opacities.
HPDF_Dict shared_resources(HPDF_Doc doc, const FaceTable& faces, const ImageResources& images,
                           const std::map<std::pair<double, double>, std::string>& alphas) {
  HPDF_Dict res = new_object(doc);
  HPDF_Dict fonts = HPDF_Dict_New(doc->mmgr);
  for (const FaceTable::Face& f : faces.faces())
    if (f.subset) HPDF_Dict_Add(fonts, f.resource.c_str(), embed_font(doc, *f.subset, f.encoding, f.file));
  HPDF_Dict_Add(res, "Font", fonts);
  if (!images.objects.empty()) {
    HPDF_Dict xobjects = HPDF_Dict_New(doc->mmgr);
    for (const auto& [name, image] : images.objects) HPDF_Dict_Add(xobjects, name.c_str(), image);
    HPDF_Dict_Add(res, "XObject", xobjects);
  }
  if (!alphas.empty()) {
    HPDF_Dict states = HPDF_Dict_New(doc->mmgr);
    for (const auto& [pair, name] : alphas) {
      HPDF_ExtGState gs = HPDF_CreateExtGState(doc);
      HPDF_ExtGState_SetAlphaFill(gs, static_cast<HPDF_REAL>(pair.first));
      HPDF_ExtGState_SetAlphaStroke(gs, static_cast<HPDF_REAL>(pair.second));
      HPDF_Dict_Add(states, name.c_str(), gs);
    }
    HPDF_Dict_Add(res, "ExtGState", states);
  }
  return res;
}

std::map<std::pair<double, double>, std::string> collect_alphas(const layout::Frames& frames) {
  std::map<std::pair<double, double>, std::string> alphas;
  for (const layout::Page& page : frames.pages)
    for (const layout::Item& item : page.items) {
      auto a = item_alphas(item);
      if (a != std::pair<double, double>(1, 1)) alphas.emplace(a, "");
    }
  int n = 0;
  for (auto& [pair, name] : alphas) name = "GS" + std::to_string(++n);
  return alphas;
}

std::string read_all(HPDF_Doc doc) {
  std::string out(HPDF_GetStreamSize(doc), '\0');
  HPDF_UINT32 size = static_cast<HPDF_UINT32>(out.size());
  HPDF_ResetStream(doc);
  HPDF_ReadFromStream(doc, reinterpret_cast<HPDF_BYTE*>(out.data()), &size);
  out.resize(size);
  return out;
}

}  // namespace

std::string paint(const layout::Frames& frames, const DocumentInfo& info,
                  panelpack::Diagnostics& diags, const PaintOptions& options) {
  LibharuError err;
  Document holder(&err);
  HPDF_Doc doc = holder.get();
  if (!doc) {
    diags.error({}, "cannot write the PDF (libharu could not start)");
    return {};
  }
  doc->pdf_version = HPDF_VER_17;
  HPDF_SetCompressionMode(doc, HPDF_COMP_ALL);

  FaceTable faces;
  faces.collect(frames, diags);
  if (!faces.make_subsets(options.font_dir, options.warn_missing_glyphs, diags)) return {};
  ImageResources images = load_images(doc, frames, diags);
  PageResources resources{&faces, images.names, collect_alphas(frames)};
  HPDF_Dict shared = shared_resources(doc, faces, images, resources.alphas);

  std::vector<HPDF_Page> pages;
  std::vector<std::vector<layout::StructId>> page_mcids;
  // No pages at all would make a file readers reject: paint one blank page.
  static const std::vector<layout::Page> kBlank(1);
  const std::vector<layout::Page>& page_list = frames.pages.empty() ? kBlank : frames.pages;
  pages.reserve(page_list.size());
  for (const layout::Page& page : page_list) {
    HPDF_Page p = HPDF_AddPage(doc);
    if (!p) break;
    HPDF_Page_SetWidth(p, static_cast<HPDF_REAL>(page.width));
    HPDF_Page_SetHeight(p, static_cast<HPDF_REAL>(page.height));
    HPDF_Dict_Add(p, "Resources", shared);
    HPDF_Dict_AddName(p, "Tabs", "S");
    PaintedPage painted = paint_page(page, frames.structure, resources);
    auto* attr = static_cast<HPDF_PageAttr>(p->attr);
    HPDF_Stream_Write(attr->stream, reinterpret_cast<const HPDF_BYTE*>(painted.content.data()),
                      static_cast<HPDF_UINT>(painted.content.size()));
    pages.push_back(p);
    page_mcids.push_back(std::move(painted.mcids));
  }

  std::set<std::string> names = write_named_destinations(doc, frames, pages);
  std::vector<TaggedAnnotation> annotations = write_links(doc, frames, pages, names, diags);
  std::string language = document_language(info, frames);
  write_structure_tree(doc, frames.structure, pages, page_mcids, annotations, language,
                       figure_boxes(frames, faces));
  write_outline(doc, frames, pages);
  write_catalog(doc, language);
  write_info(doc, info, language, diags);
  add_id_placeholder(doc);
  doc->pdf_version = HPDF_VER_17;  // libharu lowers it to 1.4 for ExtGStates

  if (err.code == HPDF_OK) HPDF_SaveToStream(doc);
  if (err.code != HPDF_OK) {
    char code[64];
    std::snprintf(code, sizeof code, "libharu error 0x%04X, detail %u",
                  static_cast<unsigned>(err.code), static_cast<unsigned>(err.detail));
    diags.error({}, "cannot write the PDF of '" + info.title + "' (" + code + ")",
                "this is a fault in panelpack: please report it with the content that caused it");
    return {};
  }
  std::string bytes = read_all(doc);
  set_document_id(bytes);
  if (!options.object_streams) return bytes;
  std::string why;
  if (auto packed = pack_object_streams(bytes, &why)) return std::move(*packed);
  diags.warning({}, "the PDF is written without object streams (" + why + ")");
  return bytes;
}

}  // namespace pdf
