#include "pdf/painter.h"

#include <doctest/doctest.h>

#include <fstream>

#include "pdf/test_document.h"

using namespace pdf::testing;

namespace {

pdf::DocumentInfo sample_info() {
  pdf::DocumentInfo info;
  info.title = "Panel agenda – 20 January 2025";
  info.author = "Office of the Police, Fire and Crime Commissioner";
  info.subject = "Agenda";
  info.keywords = "police, crime, panel";
  info.date = "2025-01-10";
  return info;
}

struct Painted {
  std::string path;
  std::string bytes;
  panelpack::Diagnostics diags;
};

Painted paint_sample() {
  Painted p;
  std::string png = temp_path("chart.png");
  write_png(png, 24, 16);
  p.bytes = pdf::paint(sample_frames(png), sample_info(), p.diags);
  p.path = temp_path("sample.pdf");
  std::ofstream(p.path, std::ios::binary) << p.bytes;
  return p;
}

}  // namespace

TEST_CASE("the painted sample is a valid PDF") {
  Painted p = paint_sample();
  CHECK(p.diags.all().empty());
  REQUIRE(p.bytes.size() > 1000);
  CHECK(p.bytes.compare(0, 8, "%PDF-1.7") == 0);
  std::string out, err;
  CHECK(run("qpdf --check " + p.path, &out, &err) == 0);
  CHECK(out.find("No syntax or stream encoding errors found") != std::string::npos);
  CHECK(err == "");
}
