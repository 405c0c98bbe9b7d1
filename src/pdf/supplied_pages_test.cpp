#define POINTERHOLDER_TRANSITION 4
#include "pdf/supplied_pages.h"

#include <doctest/doctest.h>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

#include <fstream>
#include <memory>

#include "pdf/painter.h"
#include "pdf/test_document.h"

using namespace pdf::testing;

namespace {

// A page saying `words`, tagged as a paragraph of node `tag`, with a page
// number as an artifact (as margin boxes paint it).
layout::Page page_of(const std::string& words, int tag, const std::string& number) {
  layout::Page p;
  if (!words.empty()) p.items.emplace_back(std::in_place_type<layout::TextRun>, text(72, 100, words, tag));
  p.items.emplace_back(std::in_place_type<layout::TextRun>, text(270, 820, number, layout::kArtifact));
  return p;
}

std::string paint(const layout::Frames& f, const std::string& title) {
  panelpack::Diagnostics diags;
  pdf::DocumentInfo info;
  info.title = title;
  return pdf::paint(f, info, diags);
}

// A tagged two-page PDF by another hand: "Inspection 1", "Inspection 2".
std::string supplied_pdf() {
  layout::Frames f;
  f.structure = {struct_node(layout::Role::Document, layout::kArtifact), struct_node(layout::Role::P, 0),
                 struct_node(layout::Role::P, 0)};
  f.pages = {page_of("Inspection 1", 1, ""), page_of("Inspection 2", 2, "")};
  f.pages[0].items.pop_back();
  f.pages[1].items.pop_back();
  return paint(f, "Inspection");
}

// Our pack: "Agenda 1", the supplied pages in their placeholders, "After 1";
// every page numbered "Page N of 4".
layout::Frames pack_frames(const std::shared_ptr<const std::string>& supplied) {
  layout::Frames f;
  f.structure = {struct_node(layout::Role::Document, layout::kArtifact), struct_node(layout::Role::P, 0),
                 struct_node(layout::Role::P, 0)};
  f.pages = {page_of("Agenda 1", 1, "Page 1 of 4"), page_of("", 0, "Page 2 of 4"), page_of("", 0, "Page 3 of 4"),
             page_of("After 1", 2, "Page 4 of 4")};
  for (int i = 0; i < 2; ++i)
    f.pages[static_cast<size_t>(1 + i)].supplied =
        std::make_shared<const layout::SuppliedPage>(layout::SuppliedPage{supplied, i, "appendices/inspection.pdf"});
  f.bookmarks.push_back({1, "Appendix A", 1, 0});
  return f;
}

std::string save(const std::string& bytes, const std::string& name) {
  std::string path = temp_path(name);
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

}  // namespace

TEST_CASE("supplied pages take their placeholders' places, under our page numbers, with their tags") {
  auto supplied = std::make_shared<const std::string>(supplied_pdf());
  const layout::Frames frames = pack_frames(supplied);
  CHECK(pdf::has_supplied_pages(frames));
  panelpack::Diagnostics diags;
  const std::string placed = pdf::place_supplied_pages(paint(frames, "Pack"), frames, diags);
  REQUIRE(diags.all().empty());
  const std::string path = save(placed, "placed.pdf");
  std::string out, err;
  CHECK(run("qpdf --check " + path, &out, &err) == 0);
  REQUIRE(run("pdftotext -raw " + path + " -", &out, &err) == 0);
  CHECK(err == "");
  CHECK(out ==
        "Agenda 1\nPage 1 of 4\n\f"
        "Inspection 1\nPage 2 of 4\n\f"
        "Inspection 2\nPage 3 of 4\n\f"
        "After 1\nPage 4 of 4\n\f");
  REQUIRE(run("pdfinfo " + path, &out, &err) == 0);
  CHECK(out.find("Tagged:          yes\n") != std::string::npos);
  // The supplied paragraphs sit in the structure tree where their pages are.
  REQUIRE(run("pdfinfo -struct-text " + path, &out, &err) == 0);
  const size_t agenda = out.find("Agenda 1"), first = out.find("Inspection 1"), second = out.find("Inspection 2"),
               after = out.find("After 1");
  REQUIRE(agenda != std::string::npos);
  REQUIRE(first != std::string::npos);
  REQUIRE(second != std::string::npos);
  REQUIRE(after != std::string::npos);
  CHECK(agenda < first);
  CHECK(first < second);
  CHECK(second < after);
  // The bookmark still leads to the placeholder's page, now the supplied one.
  REQUIRE(run("qpdf --json --json-key=outlines " + path, &out, &err) == 0);
  CHECK(out.find("\"destpageposfrom1\": 2") != std::string::npos);
  // Deterministic.
  CHECK(pdf::place_supplied_pages(paint(frames, "Pack"), frames, diags) == placed);
}

TEST_CASE("a supplied PDF's page sizes are read, and an unusable one is refused with the cause") {
  std::string why;
  auto sizes = pdf::supplied_page_sizes(supplied_pdf(), &why);
  REQUIRE(sizes);
  REQUIRE(sizes->size() == 2);
  CHECK((*sizes)[0].width == doctest::Approx(595.28));
  CHECK((*sizes)[0].height == doctest::Approx(841.89));

  CHECK_FALSE(pdf::supplied_page_sizes("not a pdf at all", &why));
  CHECK_FALSE(why.empty());

  // The same file behind the standard security handler, as "protected" PDFs are supplied.
  const std::string plain = supplied_pdf();
  QPDF q;
  q.processMemoryFile("plain", plain.data(), plain.size());
  QPDFWriter w(q);
  w.setOutputMemory();
  w.setStaticID(true);
  w.setR4EncryptionParametersInsecure("", "owner", true, true, true, true, true, true, qpdf_r3p_full, true, true);
  w.write();
  auto b = w.getBufferSharedPointer();
  const std::string encrypted(reinterpret_cast<const char*>(b->getBuffer()), b->getSize());
  why.clear();
  CHECK_FALSE(pdf::supplied_page_sizes(encrypted, &why));
  CHECK(why == "it is encrypted");
}

TEST_CASE("a supplied PDF's own role names come along into our role map") {
  const std::string plain = supplied_pdf();
  QPDF q;
  q.processMemoryFile("plain", plain.data(), plain.size());
  q.getRoot().getKey("/StructTreeRoot").replaceKey("/RoleMap", QPDFObjectHandle::parse("<< /Heading /H1 >>"));
  QPDFWriter w(q);
  w.setOutputMemory();
  w.setStaticID(true);
  w.write();
  auto b = w.getBufferSharedPointer();
  auto supplied = std::make_shared<const std::string>(reinterpret_cast<const char*>(b->getBuffer()), b->getSize());
  const layout::Frames frames = pack_frames(supplied);
  panelpack::Diagnostics diags;
  const std::string placed = pdf::place_supplied_pages(paint(frames, "Pack"), frames, diags);
  REQUIRE(diags.all().empty());
  QPDF out;
  out.processMemoryFile("placed", placed.data(), placed.size());
  QPDFObjectHandle roles = out.getRoot().getKey("/StructTreeRoot").getKey("/RoleMap");
  REQUIRE(roles.isDictionary());
  CHECK(roles.getKey("/Heading").isName());
  CHECK(roles.getKey("/Heading").getName() == "/H1");
}
