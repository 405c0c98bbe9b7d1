#include "pdf/painter.h"

#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <algorithm>

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

Painted paint_to_file(const layout::Frames& frames, const pdf::DocumentInfo& info,
                      const std::string& name) {
  Painted p;
  p.bytes = pdf::paint(frames, info, p.diags);
  p.path = temp_path(name);
  std::ofstream(p.path, std::ios::binary) << p.bytes;
  return p;
}

layout::Frames sample() {
  std::string png = temp_path("chart.png");
  write_png(png, 24, 16);
  return sample_frames(png);
}

Painted paint_sample() { return paint_to_file(sample(), sample_info(), "sample.pdf"); }

std::string messages(const panelpack::Diagnostics& diags) {
  std::string out;
  for (const auto& d : diags.all()) out += d.message + "\n";
  return out;
}

}  // namespace

TEST_CASE("the painted sample passes qpdf --check as PDF 1.7") {
  Painted p = paint_sample();
  CHECK(messages(p.diags) == "");
  REQUIRE(p.bytes.size() > 1000);
  CHECK(p.bytes.compare(0, 9, "%PDF-1.7\n") == 0);
  std::string out, err;
  CHECK(run("qpdf --check " + p.path, &out, &err) == 0);
  CHECK(out.find("PDF Version: 1.7") != std::string::npos);
  CHECK(out.find("No syntax or stream encoding errors found") != std::string::npos);
  CHECK(err == "");
}

TEST_CASE("pdffonts lists only embedded subsets with a ToUnicode map") {
  Painted p = paint_sample();
  std::string out, err;
  REQUIRE(run("pdffonts " + p.path, &out, &err) == 0);
  CHECK(err == "");
  // "Custom": the one-byte encoding (an embedded CMap) of each face.
  std::regex row(R"(([A-Z]{6})\+(\S+)\s+CID TrueType\s+Custom\s+yes yes yes\s+\d+\s+0)");
  std::vector<std::string> names;
  std::set<std::string> tags;
  for (std::sregex_iterator it(out.begin(), out.end(), row), end; it != end; ++it) {
    names.push_back((*it)[2]);
    tags.insert((*it)[1]);
  }
  std::sort(names.begin(), names.end());
  CHECK(names == std::vector<std::string>{"LiberationSans", "LiberationSans-Bold",
                                          "LiberationSans-BoldItalic", "LiberationSans-Italic"});
  CHECK(tags.size() == 4);  // each subset has its own tag
  // Two header lines and one line per font: nothing that is not a subset.
  CHECK(std::count(out.begin(), out.end(), '\n') == 6);
}

TEST_CASE("pdftotext gives the text back in source order with no warnings") {
  Painted p = paint_sample();
  std::string out, err;
  REQUIRE(run("pdftotext -raw " + p.path + " -", &out, &err) == 0);
  CHECK(err == "");
  CHECK(out ==
        "Cumbria Police and Crime Panel\n"
        "Agenda – 20 January 2025\n"
        "The café budget is £3.50 – it’s “fine”.\n"
        "In italics and bold italic then the panel website.\n"
        "Page 1 of 2\n"
        "\f"
        "Budget\n"
        "Item Cost\n"
        "Café £1,250\n"
        "Back to the agenda\n"
        "Page 2 of 2\n"
        "\f");
  REQUIRE(run("pdftotext " + p.path + " -", &out, &err) == 0);
  CHECK(err == "");
  CHECK(out.find("The café budget is £3.50 – it’s “fine”.\nIn italics and bold italic then the panel website.") !=
        std::string::npos);
}

TEST_CASE("pdfinfo reports a tagged PDF with the metadata") {
  Painted p = paint_sample();
  std::string out, err;
  REQUIRE(run("pdfinfo " + p.path, &out, &err) == 0);
  CHECK(err == "");
  CHECK(out.find("Title:           Panel agenda – 20 January 2025\n") != std::string::npos);
  CHECK(out.find("Author:          Office of the Police, Fire and Crime Commissioner\n") != std::string::npos);
  CHECK(out.find("Subject:         Agenda\n") != std::string::npos);
  CHECK(out.find("Keywords:        police, crime, panel\n") != std::string::npos);
  CHECK(out.find("Creator:         panelpack\n") != std::string::npos);
  CHECK(out.find("CreationDate:    Fri Jan 10 00:00:00 2025 UTC\n") != std::string::npos);
  CHECK(out.find("Tagged:          yes\n") != std::string::npos);
  CHECK(out.find("Pages:           2\n") != std::string::npos);
  CHECK(out.find("Page size:       595.28 x 841.89 pts (A4)\n") != std::string::npos);
  CHECK(out.find("PDF version:     1.7\n") != std::string::npos);
  CHECK(out.find("Metadata Stream: yes\n") != std::string::npos);
  REQUIRE(run("pdfinfo -meta " + p.path, &out, &err) == 0);
  CHECK(err == "");
  CHECK(out.find("<rdf:li xml:lang=\"x-default\">Panel agenda – 20 January 2025</rdf:li>") != std::string::npos);
  CHECK(out.find("<xmp:CreateDate>2025-01-10</xmp:CreateDate>") != std::string::npos);
}

TEST_CASE("the structure tree follows the layout's structure and reading order") {
  Painted p = paint_sample();
  std::string out, err;
  REQUIRE(run("pdfinfo -struct-text " + p.path, &out, &err) == 0);
  CHECK(err == "");
  out = std::regex_replace(out, std::regex("Object \\d+ 0"), "Object N");
  CHECK(out ==
        "Document\n"
        "  H1 (block)\n"
        "    \"Agenda – 20 January 2025\"\n"
        "  P (block)\n"
        // the line break keeps its space in the tags' text
        "    \"The café budget is £3.50 – it’s “fine”. In italics and bold italic then the \"\n"
        "    Link (inline)\n"
        "      \"panel website\"\n"
        "      Object N\n"
        "    \".\"\n"
        "  Figure:\n"  // its box: the dashed curve, the bar and the image (y up)
        "     /Placement /Block\n"
        "     /BBox [59.25 541.14 496 642.64]\n"
        "    \"\"\n"
        "  H2 (block)\n"
        "    \"Budget\"\n"
        "  Table (block)\n"
        "    TR\n"
        "      TH\n"
        "        \"Item\"\n"
        "      TH\n"
        "        \"Cost\"\n"
        "    TR\n"
        "      TD\n"
        "        \"Café\"\n"
        "      TD\n"
        "        \"£1,250\"\n"
        "  P (block)\n"
        "    \"Back to the \"\n"
        "    Link (inline)\n"
        "      \"agenda\"\n"
        "      Object N\n");
  // The figure's alternative text and the document language.
  REQUIRE(run("qpdf --qdf --object-streams=disable " + p.path + " -", &out, &err) == 0);
  CHECK(out.find("/Alt (Calls for service fell from 120 to 90 over the year.)") != std::string::npos);
  CHECK(out.find("/Lang (en-GB)") != std::string::npos);
  CHECK(out.find("/DisplayDocTitle true") != std::string::npos);
  CHECK(out.find("/Artifact BMC") != std::string::npos);
  CHECK(out.find("/Figure <</MCID 4>> BDC") != std::string::npos);
  CHECK(out.find("/ca 0.6") != std::string::npos);      // the translucent bar
  CHECK(out.find("[3 2 ] 0 d") != std::string::npos);   // the dashed line
  CHECK(out.find("/Im1 Do") != std::string::npos);      // the PNG
}

TEST_CASE("bookmarks nest by level and open at their headings") {
  Painted p = paint_sample();
  std::string out, err;
  REQUIRE(run("qpdf --json --json-key=outlines " + p.path, &out, &err) == 0);
  auto outlines = nlohmann::json::parse(out)["outlines"];
  REQUIRE(outlines.size() == 2);
  CHECK(outlines[0]["title"] == "Agenda – 20 January 2025");
  CHECK(outlines[0]["destpageposfrom1"] == 1);
  CHECK(outlines[0]["dest"][1] == "/XYZ");
  CHECK(outlines[0]["dest"][3].get<double>() == doctest::Approx(841.89 - 72).epsilon(1e-4));
  CHECK(outlines[0]["dest"][4].is_null());
  REQUIRE(outlines[0]["kids"].size() == 1);
  CHECK(outlines[0]["kids"][0]["title"] == "Café budget");
  CHECK(outlines[1]["title"] == "Budget");
  CHECK(outlines[1]["destpageposfrom1"] == 2);
  CHECK(outlines[1]["kids"].size() == 0);
}

TEST_CASE("links: a web link and an internal link to a named destination") {
  Painted p = paint_sample();
  std::string out, err;
  REQUIRE(run("pdfinfo -dests " + p.path, &out, &err) == 0);
  CHECK(out.find("   1 [ XYZ    0  770 null      ] \"agenda\"") != std::string::npos);
  CHECK(out.find("   2 [ XYZ    0  766 null      ] \"budget\"") != std::string::npos);
  REQUIRE(run("qpdf --qdf --object-streams=disable " + p.path + " -", &out, &err) == 0);
  CHECK(out.find("/URI (https://www.example.gov.uk/panel)") != std::string::npos);
  CHECK(out.find("/D (agenda)\n    /S /GoTo") != std::string::npos);
  CHECK(out.find("/Contents (panel website)") != std::string::npos);
  CHECK(out.find("/Contents (agenda)") != std::string::npos);
  CHECK(out.find("/Type /OBJR") != std::string::npos);
}

TEST_CASE("painting is reproducible and the /ID follows the content") {
  layout::Frames frames = sample();
  panelpack::Diagnostics d1, d2, d3;
  std::string a = pdf::paint(frames, sample_info(), d1);
  std::string b = pdf::paint(frames, sample_info(), d2);
  CHECK(a.size() > 1000);
  CHECK(a == b);
  pdf::DocumentInfo other = sample_info();
  other.title = "Panel agenda (corrected)";
  std::string c = pdf::paint(frames, other, d3);
  auto id = [](const std::string& s) { return s.substr(s.rfind("/ID ["), 40); };
  CHECK(id(a).find("<00000000") == std::string::npos);
  CHECK(id(a) != id(c));
}

TEST_CASE("a character the font lacks is a warning naming it and its page") {
  layout::Frames frames;
  frames.structure.push_back(struct_node(layout::Role::Document, layout::kArtifact));
  frames.structure.push_back(struct_node(layout::Role::P, 0));
  frames.pages.resize(2);
  frames.pages[1].items.push_back(text(72, 100, "Kanji 漢 here", 1));
  Painted p = paint_to_file(frames, sample_info(), "missing.pdf");
  REQUIRE(p.diags.all().size() == 1);
  CHECK(p.diags.all()[0].severity == panelpack::Severity::warning);
  CHECK(p.diags.all()[0].message ==
        "character '漢' (U+6F22) on page 2 is not in the font Liberation Sans (it prints as an empty box)");
  CHECK_FALSE(p.bytes.empty());
  std::string out, err;
  CHECK(run("qpdf --check " + p.path, &out, &err) == 0);
  REQUIRE(run("pdftotext -raw " + p.path + " -", &out, &err) == 0);
  CHECK(err == "");
  CHECK(out == "\fKanji here\n\f");  // the box has no text
}

TEST_CASE("font families: serif maps to Liberation Serif, an unknown family warns") {
  layout::Frames frames;
  frames.structure.push_back(struct_node(layout::Role::Document, layout::kArtifact));
  frames.pages.resize(1);
  auto serif = text(72, 100, "Times-like", 0);
  serif.font.family = "\"Times New Roman\", serif";
  auto odd = text(72, 130, "Comic", 0);
  odd.font.family = "Comic Sans MS";
  frames.pages[0].items = {serif, odd};
  Painted p = paint_to_file(frames, sample_info(), "families.pdf");
  REQUIRE(p.diags.all().size() == 1);
  CHECK(p.diags.all()[0].message ==
        "font family 'Comic Sans MS' is not available (Liberation Sans is used instead)");
  std::string out, err;
  REQUIRE(run("pdffonts " + p.path, &out, &err) == 0);
  CHECK(out.find("+LiberationSerif ") != std::string::npos);
  CHECK(out.find("+LiberationSans ") != std::string::npos);
}

TEST_CASE("a link to an unknown id and an unreadable image are warnings") {
  layout::Frames frames;
  frames.structure.push_back(struct_node(layout::Role::Document, layout::kArtifact));
  frames.structure.push_back(struct_node(layout::Role::Link, 0));
  frames.structure.push_back(struct_node(layout::Role::Figure, 0, "Logo"));
  frames.pages.resize(1);
  frames.pages[0].items.push_back(text(72, 100, "see nowhere", 1));
  layout::Image img;
  img.file = temp_path("no-such-logo.png");
  img.w = img.h = 20;
  img.tag = 2;
  frames.pages[0].items.push_back(img);
  frames.pages[0].links.push_back({72, 90, 50, 12, "", "#nowhere", 1, ""});
  Painted p = paint_to_file(frames, sample_info(), "warnings.pdf");
  CHECK(messages(p.diags) ==
        "image " + img.file + " is left out of the PDF (cannot read the file)\n"
        "link to '#nowhere' on page 1 has no target (no element has that id)\n");
  std::string out, err;
  CHECK(run("qpdf --check " + p.path, &out, &err) == 0);
  REQUIRE(run("pdfinfo " + p.path, &out, &err) == 0);
  CHECK(out.find("Tagged:          yes") != std::string::npos);
}

TEST_CASE("a date that is not YYYY-MM-DD is left out with a warning") {
  layout::Frames frames;
  frames.pages.resize(1);
  pdf::DocumentInfo info = sample_info();
  info.date = "20/01/2025";
  Painted p = paint_to_file(frames, info, "date.pdf");
  REQUIRE(p.diags.all().size() == 1);
  CHECK(p.diags.all()[0].message.rfind("the PDF date '20/01/2025' is left out (", 0) == 0);
  std::string out, err;
  REQUIRE(run("pdfinfo " + p.path, &out, &err) == 0);
  CHECK(out.find("CreationDate") == std::string::npos);
  CHECK(out.find("Pages:           1") != std::string::npos);
}

TEST_CASE("frames without pages make a one-page blank PDF rather than a broken one") {
  layout::Frames frames;
  Painted p = paint_to_file(frames, sample_info(), "empty.pdf");
  CHECK(p.diags.all().empty());
  std::string out, err;
  CHECK(run("qpdf --check " + p.path, &out, &err) == 0);
  REQUIRE(run("pdfinfo " + p.path, &out, &err) == 0);
  CHECK(out.find("Pages:           1\n") != std::string::npos);
}

TEST_CASE("a title past libharu's string limit and a link area off the page still make a valid PDF") {
  layout::Frames frames = sample();
  REQUIRE_FALSE(frames.pages.empty());
  layout::Link huge;
  huge.uri = "https://example.org/";
  huge.x = -50;
  huge.y = -40000;
  huge.w = 100;
  huge.h = 90000;
  frames.pages[0].links.push_back(huge);
  pdf::DocumentInfo info = sample_info();
  info.title = std::string(70000, 'x') + " \xc3\xa9";
  Painted p = paint_to_file(frames, info, "huge.pdf");
  CHECK(messages(p.diags) == "");
  std::string out, err;
  CHECK(run("qpdf --check " + p.path, &out, &err) == 0);
  CHECK(err == "");
}
