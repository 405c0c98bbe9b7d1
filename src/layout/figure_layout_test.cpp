#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "layout/image_size.h"
#include "layout/layout_test_support.h"

namespace {
const char* kCss = "article { font-size: 10pt; line-height: 12pt; } p, figure { margin: 0; }";

// The first 33 bytes of a PNG: signature and IHDR for a w x h image.
std::string png_header(unsigned w, unsigned h) {
  std::string s("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
  for (unsigned v : {w, h})
    for (int shift = 24; shift >= 0; shift -= 8) s += static_cast<char>((v >> shift) & 0xff);
  s += std::string("\x08\x06\0\0\0", 5);
  s += std::string(4, '\0');  // CRC (not checked)
  return s;
}
}  // namespace

TEST_CASE("image sizes come from PNG and JPEG headers") {
  std::string why;
  auto png = layout::image_pixel_size(png_header(120, 45), &why);
  REQUIRE(png);
  CHECK(png->width == 120);
  CHECK(png->height == 45);
  std::string jpeg("\xff\xd8\xff\xe0\x00\x04\x00\x00\xff\xc0\x00\x11\x08\x00\x20\x00\x40\x03", 18);
  jpeg += std::string(16, '\0');
  auto j = layout::image_pixel_size(jpeg, &why);
  REQUIRE(j);
  CHECK(j->width == 64);
  CHECK(j->height == 32);
  CHECK_FALSE(layout::image_pixel_size("GIF89a........", &why));
  CHECK(why == "not a PNG or JPEG file");
}

TEST_CASE("an image is placed at its size, scaled to fit, and tagged as a Figure with its alt text") {
  panelpack::MemoryFileSystem fs;
  fs.add("content/logo.png", png_header(200, 80));
  fs.add("content/wide.png", png_header(1200, 300));
  layout::LayoutOptions o;
  o.fs = &fs;
  o.base_dir = "content";
  auto r = layout_test::run("<article><div class='letterhead'><img src='logo.png' alt='Office of the Commissioner'/>"
                            "</div><p><img src='wide.png' alt=''/></p></article>",
                            kCss, o);
  CHECK(r.diags.all().empty());
  // 200 x 80 px at 96 per inch = 150 x 60 pt, on the first line's baseline.
  CHECK(r.has({"page 1 image 72.0,72.0 150.0x60.0 'content/logo.png' Figure#"}));
  // 1200 px = 900 pt is wider than the 451.3 pt line: scaled down, keeping its shape.
  // alt="" marks it as decoration: an artifact, not a figure.
  CHECK(r.has({"page 1 image 72.0,", " 451.3x112.8 'content/wide.png' artifact"}));
  int figures = 0;
  for (const auto& n : r.frames.structure)
    if (n.role == layout::Role::Figure) {
      ++figures;
      CHECK(n.alt == "Office of the Commissioner");
    }
  CHECK(figures == 1);
}

TEST_CASE("a missing image is an error naming it") {
  panelpack::MemoryFileSystem fs;
  layout::LayoutOptions o;
  o.fs = &fs;
  auto r = layout_test::run("<article>\n<p><img src='nope.png' alt='x'/></p></article>", kCss, o);
  REQUIRE(r.diags.all().size() == 1);
  CHECK(r.diags.all()[0].pos.str() == "paper.html:2:4");
  CHECK(r.diags.all()[0].message.rfind("cannot use image nope.png (", 0) == 0);
}

TEST_CASE("an SVG chart becomes vector paths and text scaled into place") {
  auto r = layout_test::run(R"svg(<article><figure>
    <svg viewBox="0 0 200 100" width="400" height="200">
      <title>Calls for service</title><desc>Monthly calls, April to March.</desc>
      <rect x="0" y="0" width="200" height="100" fill="#f3f2f1"/>
      <g stroke="#1d70b8" stroke-width="2" fill="none">
        <polyline points="0,80 50,60 100,70 150,20"/>
        <path d="M 10 10 l 20 0 v 10 H 10 Z"/>
        <path d="M0,0 C10,0 20,10 20,20"/>
      </g>
      <line x1="0" y1="50" x2="200" y2="50" stroke="#d4351c" stroke-dasharray="4 2" opacity="0.5"/>
      <circle cx="150" cy="20" r="4" fill="#1d70b8"/>
      <g transform="translate(100, 0)"><text x="0" y="95" text-anchor="middle" font-size="10">Month</text></g>
    </svg></figure></article>)svg",
                            kCss);
  CHECK(r.diags.all().empty());
  // The 200 x 100 viewBox drawn 300 x 150 pt: scale 1.5 from (72, 72).
  CHECK(r.has({"page 1 rect 72.0,72.0 300.0x150.0 fill=#f3f2f1 Figure#"}));
  CHECK(r.has({"page 1 path M72.0,192.0 L147.0,162.0 L222.0,177.0 L297.0,102.0 stroke=#1d70b8/3.0 Figure#"}));
  CHECK(r.has({"page 1 path M87.0,87.0 L117.0,87.0 L117.0,102.0 L87.0,102.0 Z stroke=#1d70b8/3.0"}));
  CHECK(r.has({"page 1 path M72.0,72.0 C87.0,72.0 102.0,87.0 102.0,102.0 stroke"}));
  CHECK(r.has({"page 1 path M72.0,147.0 L372.0,147.0 stroke=#d4351c/1.5 dash=6.0,3.0 opacity=0.5"}));
  CHECK(r.has({"page 1 path M303.0,102.0 C", "fill=#1d70b8"}));
  auto rs = layout_test::runs(r.frames);
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].run.text == "Month");
  CHECK(rs[0].run.size == doctest::Approx(11.25));  // 10px = 7.5pt, times 1.5
  CHECK(rs[0].run.x + layout_test::width_of(rs[0].run) / 2 == doctest::Approx(72 + 150));
  CHECK(rs[0].run.y == doctest::Approx(72 + 142.5));
  CHECK(r.frames.structure[rs[0].run.tag].role == layout::Role::Figure);
  CHECK(r.frames.structure[rs[0].run.tag].alt == "Calls for service. Monthly calls, April to March.");
}

TEST_CASE("SVG outside the chart subset is an error") {
  auto r = layout_test::run("<article><svg viewBox='0 0 10 10'><title>t</title><ellipse cx='1' cy='1' rx='1' ry='1'/>"
                            "<path d='M0 0 A 1 1 0 0 0 2 2'/><g transform='rotate(45)'/></svg></article>",
                            kCss);
  std::vector<std::string> got;
  for (const auto& d : r.diags.all()) got.push_back(d.message);
  REQUIRE(got.size() == 3);
  CHECK(got[0] == "SVG element <ellipse> is not part of the chart subset");
  CHECK(got[1] == "SVG path command 'A' is not supported (use M, L, H, V, C and Z)");
  CHECK(got[2] == "SVG transform 'rotate(45)' is not supported (only translate(x, y))");
}

TEST_CASE("SVG text: tspans start new anchored chunks, dy moves down, dominant-baseline shifts") {
  auto r = layout_test::run(R"svg(<article><svg viewBox="0 0 100 100" width="100" height="100"><title>t</title>
      <text x="50" y="20" text-anchor="middle">Calls <tspan font-weight="bold">up</tspan>
        <tspan x="50" y="40">second line</tspan></text>
      <text x="0" y="60" dominant-baseline="central" font-size="20">Mid</text>
      <text x="0" y="80"><tspan dy="5" fill="#ff0000">low</tspan></text>
    </svg></article>)svg",
                            kCss);
  CHECK(r.diags.all().empty());
  auto rs = layout_test::runs(r.frames);
  REQUIRE(rs.size() == 5);
  // 100px = 75pt for 100 units: scale 0.75; 16px text = 9pt.
  CHECK(rs[0].run.text == "Calls ");
  CHECK(rs[1].run.text == "up");
  CHECK(rs[1].run.font.bold);
  double w = layout_test::width_of(rs[0].run) + layout_test::width_of(rs[1].run);
  CHECK(rs[0].run.x == doctest::Approx(72 + 37.5 - w / 2));
  CHECK(rs[1].run.x == doctest::Approx(rs[0].run.x + layout_test::width_of(rs[0].run)));
  CHECK(rs[2].run.text == "second line");
  CHECK(rs[2].run.x + layout_test::width_of(rs[2].run) / 2 == doctest::Approx(72 + 37.5));
  CHECK(rs[2].run.y == doctest::Approx(72 + 30));
  CHECK(rs[3].run.size == doctest::Approx(15 * 0.75));
  CHECK(rs[3].run.y == doctest::Approx(72 + 45 + (0.905 - 0.212) / 2 * 11.25).epsilon(0.001));
  CHECK(rs[4].run.y == doctest::Approx(72 + 63.75));
  CHECK(rs[4].run.color.r == 1);
}

TEST_CASE("a real PNG on disk, sized by its width attribute") {
  // A complete 4 x 2 pixel PNG (RGB, one IDAT chunk).
  const std::string png(
      "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x04\x00\x00\x00\x02\x08\x02\x00"
      "\x00\x00\xf0\xca\xea\x34\x00\x00\x00\x10\x49\x44\x41\x54\x78\x9c\x63\x90\x2d\xd8\x01\x47\x0c\xc8\x1c\x00\x7f"
      "\x4a\x0a\x29\x41\xf3\xf1\x7a\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82",
      73);
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "panelpack_layout_test";
  std::filesystem::create_directories(dir);
  { std::ofstream(dir / "crest.png", std::ios::binary) << png; }
  layout::LayoutOptions o;
  o.base_dir = dir.string();
  auto r = layout_test::run("<article><p>Crest: <img src='crest.png' width='40' alt='Crest'/> end</p></article>", kCss, o);
  CHECK(r.diags.all().empty());
  auto rs = layout_test::runs(r.frames);
  REQUIRE(rs.size() == 2);
  const layout::Image* img = nullptr;
  for (const auto& it : r.frames.pages[0].items)
    if (const auto* i = std::get_if<layout::Image>(&it)) img = i;
  REQUIRE(img);
  CHECK(img->w == doctest::Approx(30));  // 40px
  CHECK(img->h == doctest::Approx(15));  // keeps 4:2
  CHECK(img->file == (dir / "crest.png").string());
  // Inline: after "Crest: " and before " end", standing on the baseline.
  CHECK(img->x == doctest::Approx(rs[0].run.x + layout_test::width_of(rs[0].run)));
  CHECK(img->y + img->h == doctest::Approx(rs[0].run.y));
  CHECK(rs[1].run.x == doctest::Approx(img->x + img->w));
  std::filesystem::remove_all(dir);
}

TEST_CASE("an svg marked aria-hidden is decoration: drawn as an artifact, with no Figure and no warning") {
  auto r = layout_test::run("<article><p><svg aria-hidden='true' width='40' height='40' viewBox='0 0 40 40'>"
                            "<circle cx='20' cy='20' r='17.5' fill='#ffffff' stroke='#0079a8'/></svg> Common cause "
                            "variation</p></article>",
                            kCss);
  CHECK(r.diags.all().empty());
  for (const auto& n : r.frames.structure) CHECK(n.role != layout::Role::Figure);
  CHECK(r.has({"page 1 path", "stroke=#0079a8", "artifact"}));
}
