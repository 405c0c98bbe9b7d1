#define POINTERHOLDER_TRANSITION 4
#include "pdf/append_pdfs.h"

#include <doctest/doctest.h>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

#include <fstream>
#include <nlohmann/json.hpp>

#include "pdf/painter.h"
#include "pdf/test_document.h"

using namespace pdf::testing;

namespace {

// A painted document of `pages` pages, each saying `word` and its number.
std::string painted(const std::string& word, int pages) {
  layout::Frames f;
  f.structure.push_back(struct_node(layout::Role::Document, layout::kArtifact));
  f.structure.push_back(struct_node(layout::Role::P, 0));
  for (int p = 0; p < pages; ++p) {
    f.pages.emplace_back();
    f.pages.back().items.push_back(text(72, 100, word + " " + std::to_string(p + 1), 1));
  }
  f.bookmarks.push_back({1, word, 0, 90});
  panelpack::Diagnostics diags;
  pdf::DocumentInfo info;
  info.title = word;
  return pdf::paint(f, info, diags);
}

// The same PDF with each page's /MediaBox moved up to the page tree's root,
// as many producers write it.
std::string with_inherited_media_box(const std::string& pdf) {
  QPDF q;
  q.processMemoryFile("in", pdf.data(), pdf.size());
  QPDFObjectHandle pages = q.getRoot().getKey("/Pages");
  QPDFObjectHandle kids = pages.getKey("/Kids");
  pages.replaceKey("/MediaBox", kids.getArrayItem(0).getKey("/MediaBox"));
  for (int i = 0; i < kids.getArrayNItems(); ++i) kids.getArrayItem(i).removeKey("/MediaBox");
  QPDFWriter w(q);
  w.setOutputMemory();
  w.setObjectStreamMode(qpdf_o_disable);  // keeps /MediaBox visible to the test
  w.write();
  auto b = w.getBufferSharedPointer();
  return std::string(reinterpret_cast<const char*>(b->getBuffer()), b->getSize());
}

std::string save(const std::string& bytes, const std::string& name) {
  std::string path = temp_path(name);
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

}  // namespace

TEST_CASE("supplied PDFs are appended with continuing page numbers and bookmarks") {
  std::string pack = painted("Agenda", 2);
  std::vector<pdf::Appendix> appendices = {{"inspection.pdf", painted("Inspection", 2), "Appendix A: inspection report"},
                                           {"letter.pdf", painted("Letter", 1), "Appendix B: letter"}};
  panelpack::Diagnostics diags;
  std::string merged = pdf::append_pdfs(pack, appendices, {}, diags);
  REQUIRE(diags.all().empty());
  std::string path = save(merged, "merged.pdf");
  std::string out, err;
  CHECK(run("qpdf --check " + path, &out, &err) == 0);
  CHECK(err == "");
  REQUIRE(run("pdftotext -raw " + path + " -", &out, &err) == 0);
  CHECK(err == "");
  CHECK(out ==
        "Agenda 1\n\f"
        "Agenda 2\n\f"
        "Inspection 1\nPage 3\n\f"
        "Inspection 2\nPage 4\n\f"
        "Letter 1\nPage 5\n\f");
  REQUIRE(run("pdffonts " + path, &out, &err) == 0);
  CHECK(err == "");
  CHECK(out.find(" no ") == std::string::npos);  // every font embedded, subset, with ToUnicode
  REQUIRE(run("pdfinfo " + path, &out, &err) == 0);
  CHECK(out.find("Pages:           5\n") != std::string::npos);
  CHECK(out.find("Tagged:          yes\n") != std::string::npos);
  CHECK(out.find("Title:           Agenda\n") != std::string::npos);
  REQUIRE(run("qpdf --json --json-key=outlines " + path, &out, &err) == 0);
  auto outlines = nlohmann::json::parse(out)["outlines"];
  REQUIRE(outlines.size() == 3);
  CHECK(outlines[0]["title"] == "Agenda");
  CHECK(outlines[1]["title"] == "Appendix A: inspection report");
  CHECK(outlines[1]["destpageposfrom1"] == 3);
  CHECK(outlines[2]["title"] == "Appendix B: letter");
  CHECK(outlines[2]["destpageposfrom1"] == 5);
  // Deterministic: the same inputs give the same bytes.
  CHECK(pdf::append_pdfs(pack, appendices, {}, diags) == merged);
}

TEST_CASE("numbering can start elsewhere and stamping can be turned off") {
  std::string pack = painted("Agenda", 1);
  std::vector<pdf::Appendix> appendices = {{"a.pdf", painted("Annex", 1), ""}};
  pdf::AppendOptions options;
  options.first_number = 41;
  options.label = "Pack page ";
  panelpack::Diagnostics diags;
  std::string path = save(pdf::append_pdfs(pack, appendices, options, diags), "numbered.pdf");
  std::string out, err;
  REQUIRE(run("pdftotext -raw " + path + " -", &out, &err) == 0);
  CHECK(out == "Agenda 1\n\fAnnex 1\nPack page 41\n\f");
  options.stamp = false;
  path = save(pdf::append_pdfs(pack, appendices, options, diags), "unnumbered.pdf");
  REQUIRE(run("pdftotext -raw " + path + " -", &out, &err) == 0);
  CHECK(out == "Agenda 1\n\fAnnex 1\n\f");
  CHECK(diags.all().empty());
}

TEST_CASE("an appendix whose pages inherit their size is stamped in the right place") {
  std::string appendix = with_inherited_media_box(painted("Annex", 1));
  REQUIRE(appendix.find("/MediaBox [ 0 0 595.28003 841.89001 ] /Type /Pages") != std::string::npos);
  panelpack::Diagnostics diags;
  std::string path = save(pdf::append_pdfs(painted("Agenda", 1), {{"annex.pdf", appendix, "Annex"}}, {}, diags),
                          "inherited.pdf");
  CHECK(diags.all().empty());
  std::string out, err;
  CHECK(run("qpdf --check " + path, &out, &err) == 0);
  REQUIRE(run("pdfinfo -f 2 -l 2 " + path, &out, &err) == 0);
  CHECK(out.find("Page    2 size:  595.28 x 841.89 pts (A4)") != std::string::npos);
  REQUIRE(run("pdftotext -raw " + path + " -", &out, &err) == 0);
  CHECK(out == "Agenda 1\n\fAnnex 1\nPage 2\n\f");
}

TEST_CASE("an unreadable appendix is an error naming it") {
  panelpack::Diagnostics diags;
  std::string merged = pdf::append_pdfs(painted("Agenda", 1), {{"appendices/broken.pdf", "not a pdf", "Broken"}}, {}, diags);
  CHECK(merged.empty());
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].message.rfind("cannot append appendices/broken.pdf (", 0) == 0);
  CHECK(diags.all()[0].pos.file == "appendices/broken.pdf");
}
