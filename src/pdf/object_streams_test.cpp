#include "pdf/object_streams.h"

#include <doctest/doctest.h>

#include <fstream>

#include "pdf/painter.h"
#include "pdf/test_document.h"

using namespace pdf::testing;

namespace {

std::string write(const std::string& bytes, const std::string& name) {
  std::string path = temp_path(name);
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

}  // namespace

TEST_CASE("packing libharu's output keeps the document and shrinks it") {
  std::string png = temp_path("os-chart.png");
  write_png(png, 8, 8);
  panelpack::Diagnostics diags;
  pdf::DocumentInfo info;
  info.title = "Packed";
  pdf::PaintOptions plain;
  plain.object_streams = false;
  std::string loose = pdf::paint(sample_frames(png), info, diags, plain);
  REQUIRE(loose.find("\nxref\n") != std::string::npos);
  std::string why;
  auto packed = pdf::pack_object_streams(loose, &why);
  REQUIRE_MESSAGE(packed, why);
  CHECK(packed->size() < loose.size() * 9 / 10);  // fonts dominate two pages; a 100-page pack shrinks 2.4x
  CHECK(packed->find("\nxref\n") == std::string::npos);
  CHECK(packed->find("/Type /XRef") != std::string::npos);
  CHECK(packed->find("/Type /ObjStm") != std::string::npos);
  // The trailer's /ID travels into the cross-reference stream.
  std::string id = loose.substr(loose.rfind("/ID ["), 75);
  CHECK(packed->find(id) != std::string::npos);

  std::string a = write(loose, "loose.pdf"), b = write(*packed, "packed.pdf");
  std::string out, err, text_a, text_b;
  CHECK(run("qpdf --check " + b, &out, &err) == 0);
  CHECK(err == "");
  REQUIRE(run("pdftotext -raw " + a + " -", &text_a, &err) == 0);
  REQUIRE(run("pdftotext -raw " + b + " -", &text_b, &err) == 0);
  CHECK(err == "");
  CHECK(text_a == text_b);
  REQUIRE(run("qpdf --show-xref " + b, &out, &err) == 0);
  CHECK(out.find("1/0: compressed; stream = ") != std::string::npos);  // the catalog
  REQUIRE(run("pdfinfo " + b, &out, &err) == 0);
  CHECK(out.find("Tagged:          yes") != std::string::npos);
}

TEST_CASE("input that is not libharu's layout is refused with a reason") {
  std::string why;
  CHECK_FALSE(pdf::pack_object_streams("%PDF-1.4\nnot really a pdf\n", &why));
  CHECK(why == "no trailer");
  CHECK_FALSE(pdf::pack_object_streams("%PDF-1.4\ntrailer\n<< >>\nstartxref\n99999\n%%EOF\n", &why));
  CHECK(why == "no xref table");
}
