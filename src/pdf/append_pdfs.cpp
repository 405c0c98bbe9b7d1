#define POINTERHOLDER_TRANSITION 4
#include "pdf/append_pdfs.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <cmath>
#include <memory>
#include <set>

#include "pdf/content_stream.h"
#include "pdf/font_encoding.h"
#include "pdf/font_files.h"
#include "pdf/font_subset.h"
#include "pdf/md5.h"
#include "pdf/to_unicode.h"

namespace pdf {

namespace {

using QH = QPDFObjectHandle;

QH stream(QPDF& q, const std::string& data) { return QH::newStream(&q, data); }

// The stamp's font: a one-byte subset of Liberation Sans with the
// characters of every label, as a Type0 font object in `q`.
struct StampFont {
  QH font;
  FontSubset subset;
  FontEncoding encoding;
};

std::unique_ptr<StampFont> make_stamp_font(QPDF& q, const std::u32string& chars, const std::string& dir,
                                           std::string* why) {
  std::set<char32_t> set(chars.begin(), chars.end());
  set.insert(U' ');
  layout::FontSpec spec;
  FaceFile face = face_file(spec);
  auto subset = subset_font(dir + "/" + face.file, std::vector<char32_t>(set.begin(), set.end()), why);
  if (!subset) return nullptr;
  auto f = std::make_unique<StampFont>();
  f->subset = std::move(*subset);
  f->encoding = make_encoding(f->subset);
  const FontEncoding& e = f->encoding;
  std::string name = "/";
  name.append(subset_tag(f->subset.data)).append("+").append(face.base_font);

  QH file = stream(q, f->subset.data);
  file.getDict().replaceKey("/Length1", QH::newInteger(static_cast<long long>(f->subset.data.size())));
  const FontMetrics& m = f->subset.metrics;
  QH descriptor = q.makeIndirectObject(QH::parse(
      "<< /Type /FontDescriptor /FontName " + name + " /Flags 32 /FontBBox [" +
      format_number(m.bbox[0]) + " " + format_number(m.bbox[1]) + " " + format_number(m.bbox[2]) + " " +
      format_number(m.bbox[3]) + "] /ItalicAngle 0 /Ascent " + format_number(m.ascent) + " /Descent " +
      format_number(m.descent) + " /CapHeight " + format_number(m.cap_height) + " /StemV 80 >>"));
  descriptor.replaceKey("/FontFile2", file);

  std::string widths = "[0 [";
  std::string map;
  for (unsigned code = 0; code < 256; ++code) {
    uint16_t gid = e.code_bytes == 1 ? e.code_gid[code] : 0;
    widths += format_number(gid < f->subset.widths.size() ? f->subset.widths[gid] : 0) + " ";
    map.push_back(static_cast<char>(gid >> 8));
    map.push_back(static_cast<char>(gid & 0xFF));
  }
  widths += "]]";
  QH cid = q.makeIndirectObject(QH::parse(
      "<< /Type /Font /Subtype /CIDFontType2 /BaseFont " + name +
      " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /W " + widths + " >>"));
  cid.replaceKey("/FontDescriptor", descriptor);
  cid.replaceKey("/CIDToGIDMap", stream(q, map));

  std::string cmap_name = "Panelpack-Stamp-OneByte";
  QH cmap = stream(q, encoding_cmap(cmap_name));
  cmap.getDict().replaceKey("/Type", QH::newName("/CMap"));
  cmap.getDict().replaceKey("/CMapName", QH::newName("/" + cmap_name));
  cmap.getDict().replaceKey("/CIDSystemInfo", QH::parse("<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"));

  f->font = q.makeIndirectObject(QH::parse("<< /Type /Font /Subtype /Type0 /BaseFont " + name + " >>"));
  f->font.replaceKey("/Encoding", cmap);
  f->font.replaceKey("/DescendantFonts", QH::newArray({cid}));
  f->font.replaceKey("/ToUnicode", stream(q, to_unicode_cmap(e.code_text, 1)));
  return f;
}

// Adds "Page N" at the bottom centre of `page`, as an artifact.
void stamp(QPDF& q, QPDFPageObjectHelper page, const StampFont& font, const std::u32string& text,
           const AppendOptions& options) {
  std::string codes;
  double width = 0;
  for (char32_t c : text) {
    uint16_t code = font.encoding.code_of(c);
    codes.push_back(static_cast<char>(code));
    uint16_t gid = font.encoding.code_gid[code];
    if (gid < font.subset.widths.size()) width += font.subset.widths[gid];
  }
  width *= options.font_size / 1000;
  QPDFObjectHandle::Rectangle box = page.getMediaBox().getArrayAsRectangle();
  double x = (box.llx + box.urx - width) / 2;
  double y = box.lly + options.bottom;

  QH resources = page.getAttribute("/Resources", true);
  if (!resources.isDictionary()) {
    resources = QH::newDictionary();
    page.getObjectHandle().replaceKey("/Resources", resources);
  }
  QH fonts = resources.getKey("/Font");
  if (!fonts.isDictionary()) {
    fonts = QH::newDictionary();
    resources.replaceKey("/Font", fonts);
  }
  std::string name = "/PanelpackStamp";
  while (fonts.hasKey(name)) name += "X";
  fonts.replaceKey(name, font.font);

  ContentStream cs;
  cs.op("/Artifact <</Type /Pagination /Subtype /Footer>> BDC").op("q").op("BT");
  cs.raw(name).raw(" ").num(options.font_size).op("Tf").op("0 0 0 rg");
  cs.num(x).num(y).op("Td").codes(codes, 1).op(" Tj").op("ET").op("Q").op("EMC");
  // Wrap the page's own content in q … Q so its state cannot leak into ours.
  page.addPageContents(stream(q, "q\n"), true);
  page.addPageContents(stream(q, "Q\n" + cs.take()), false);
}

// Drops the links of a supplied page into a structure tree that is not ours.
void untag(QH page) {
  page.removeKey("/StructParents");
  QH annots = page.getKey("/Annots");
  if (annots.isArray())
    for (int i = 0; i < annots.getArrayNItems(); ++i)
      if (annots.getArrayItem(i).isDictionary()) annots.getArrayItem(i).removeKey("/StructParent");
}

void add_bookmark(QPDF& q, const std::string& title, QH page) {
  QH root = q.getRoot();
  QH outlines = root.getKey("/Outlines");
  if (!outlines.isDictionary()) {
    outlines = q.makeIndirectObject(QH::parse("<< /Type /Outlines /Count 0 >>"));
    root.replaceKey("/Outlines", outlines);
  }
  QH item = q.makeIndirectObject(QH::newDictionary());
  item.replaceKey("/Title", QH::newUnicodeString(title));
  item.replaceKey("/Parent", outlines);
  double top = page.getKey("/MediaBox").getArrayAsRectangle().ury;
  item.replaceKey("/Dest", QH::newArray({page, QH::newName("/XYZ"), QH::newInteger(0),
                                         QH::newReal(top, 2), QH::newNull()}));
  QH last = outlines.getKey("/Last");
  if (last.isDictionary()) {
    last.replaceKey("/Next", item);
    item.replaceKey("/Prev", last);
  } else {
    outlines.replaceKey("/First", item);
  }
  outlines.replaceKey("/Last", item);
  QH count = outlines.getKey("/Count");
  long long n = count.isInteger() ? count.getIntValue() : 0;
  outlines.replaceKey("/Count", QH::newInteger(n >= 0 ? n + 1 : n - 1));
}

}  // namespace

std::string append_pdfs(const std::string& base, const std::vector<Appendix>& appendices,
                        const AppendOptions& options, panelpack::Diagnostics& diags) {
  QPDF out;
  try {
    out.setSuppressWarnings(true);
    out.processMemoryFile("pack", base.data(), base.size());
  } catch (const std::exception& e) {
    diags.error({}, std::string("cannot append to the pack (it is not a readable PDF: ") + e.what() + ")");
    return {};
  }
  QPDFPageDocumentHelper pages(out);
  int number = options.first_number > 0 ? options.first_number
                                        : static_cast<int>(pages.getAllPages().size()) + 1;

  // Read every appendix first: one unreadable file stops the merge.
  std::vector<std::unique_ptr<QPDF>> sources;
  for (const Appendix& a : appendices) {
    auto q = std::make_unique<QPDF>();
    try {
      q->setSuppressWarnings(true);
      q->processMemoryFile(a.name.c_str(), a.bytes.data(), a.bytes.size());
      if (q->isEncrypted() && !q->allowExtractAll())
        throw std::runtime_error("it is encrypted");
      // Pages often inherit /MediaBox and /Resources from the page tree;
      // a copied page takes only its own keys.
      q->pushInheritedAttributesToPage();
    } catch (const std::exception& e) {
      diags.error({a.name, 0, 0}, "cannot append " + a.name + " (" + e.what() + ")",
                  "supply the appendix as an unencrypted PDF");
      return {};
    }
    sources.push_back(std::move(q));
  }

  // Page labels for every appended page, to subset the stamp font once.
  int total = 0;
  for (auto& q : sources) total += static_cast<int>(QPDFPageDocumentHelper(*q).getAllPages().size());
  std::unique_ptr<StampFont> font;
  if (options.stamp && total > 0) {
    std::u32string chars;
    for (char c : options.label) chars.push_back(static_cast<unsigned char>(c));  // ASCII labels
    chars += U"0123456789";
    std::string why;
    font = make_stamp_font(out, chars, options.font_dir.empty() ? kDefaultFontDir : options.font_dir, &why);
    if (!font) {
      diags.error({}, "cannot stamp page numbers on the appendices (" + why + ")");
      return {};
    }
  }

  for (size_t i = 0; i < sources.size(); ++i) {
    bool first_page = true;
    for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(*sources[i]).getAllPages()) {
      QPDFPageObjectHelper copied(out.copyForeignObject(page.getObjectHandle()));
      pages.addPage(copied, false);
      untag(copied.getObjectHandle());
      if (font) {
        std::string text = options.label + std::to_string(number);
        stamp(out, copied, *font, std::u32string(text.begin(), text.end()), options);
      }
      if (first_page && !appendices[i].title.empty())
        add_bookmark(out, appendices[i].title, copied.getObjectHandle());
      first_page = false;
      ++number;
    }
  }

  QPDFWriter w(out);
  w.setOutputMemory();
  w.setObjectStreamMode(qpdf_o_generate);
  w.setDecodeLevel(qpdf_dl_none);
  w.setCompressStreams(true);
  w.setDeterministicID(true);
  w.write();
  auto buffer = w.getBufferSharedPointer();
  return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
}

}  // namespace pdf
