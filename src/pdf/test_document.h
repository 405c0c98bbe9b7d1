#pragma once
// For the painter tests only (header-only, so it stays out of pp_pdf):
// hand-built frames of a two-page paper with text in all four faces, rules,
// a translucent dashed chart line, a PNG, links, bookmarks and a structure
// tree; a PNG writer; and a way to run the poppler and qpdf tools.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <unistd.h>

#include "layout/frame.h"

namespace pdf::testing {

inline uint32_t crc32(const std::string& data) {
  uint32_t c = 0xFFFFFFFFu;
  for (unsigned char b : data) {
    c ^= b;
    for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1)));
  }
  return c ^ 0xFFFFFFFFu;
}

inline void put32(std::string& s, uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) s.push_back(static_cast<char>((v >> shift) & 0xFF));
}

// An RGB PNG with a red-to-blue gradient; deflate with stored blocks.
inline void write_png(const std::string& path, int width, int height) {
  std::string raw;
  for (int y = 0; y < height; ++y) {
    raw.push_back(0);  // filter: none
    for (int x = 0; x < width; ++x) {
      raw.push_back(static_cast<char>(255 * x / (width - 1)));
      raw.push_back(static_cast<char>(80));
      raw.push_back(static_cast<char>(255 * y / (height - 1)));
    }
  }
  std::string z = "\x78\x01";
  for (size_t i = 0; i < raw.size(); i += 65535) {
    size_t n = std::min<size_t>(65535, raw.size() - i);
    z.push_back(i + n == raw.size() ? 1 : 0);
    z.push_back(static_cast<char>(n & 0xFF));
    z.push_back(static_cast<char>(n >> 8));
    z.push_back(static_cast<char>(~n & 0xFF));
    z.push_back(static_cast<char>((~n >> 8) & 0xFF));
    z.append(raw, i, n);
  }
  uint32_t a = 1, b = 0;
  for (unsigned char c : raw) {
    a = (a + c) % 65521;
    b = (b + a) % 65521;
  }
  put32(z, (b << 16) | a);
  auto chunk = [](std::string& out, const char* type, const std::string& data) {
    put32(out, static_cast<uint32_t>(data.size()));
    std::string body = std::string(type, 4) + data;
    out += body;
    put32(out, crc32(body));
  };
  std::string ihdr;
  put32(ihdr, width);
  put32(ihdr, height);
  ihdr += std::string("\x08\x02\x00\x00\x00", 5);  // 8-bit RGB
  std::string png = "\x89PNG\r\n\x1a\n";
  chunk(png, "IHDR", ihdr);
  chunk(png, "IDAT", z);
  chunk(png, "IEND", "");
  std::ofstream(path, std::ios::binary) << png;
}

inline std::string temp_path(const std::string& name) {
  const char* dir = std::getenv("TMPDIR");
  return std::string(dir ? dir : "/tmp") + "/panelpack-pdf-" + std::to_string(getpid()) + "-" + name;
}

inline std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// Runs `command`; returns its exit status with its stdout and stderr.
inline int run(const std::string& command, std::string* out, std::string* err) {
  std::string err_path = temp_path("stderr.txt");
  FILE* p = popen((command + " 2>" + err_path).c_str(), "r");
  if (!p) return -1;
  std::string text;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) text.append(buf, n);
  int status = pclose(p);
  if (out) *out = text;
  if (err) *err = read_text(err_path);
  std::remove(err_path.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

inline layout::StructNode struct_node(layout::Role role, int parent, std::string alt = "",
                                      std::string id = "") {
  layout::StructNode n;
  n.role = role;
  n.parent = parent;
  n.alt = std::move(alt);
  n.id = std::move(id);
  return n;
}

inline layout::TextRun text(double x, double y, std::string s, layout::StructId tag,
                            bool bold = false, bool italic = false, double size = 11) {
  layout::TextRun r;
  r.x = x;
  r.y = y;
  r.text = std::move(s);
  r.font.bold = bold;
  r.font.italic = italic;
  r.size = size;
  r.tag = tag;
  return r;
}

// Structure: 0 Document, 1 H1, 2 P, 3 Link (in 2), 4 Figure, 5 H2, 6 Table,
// 7 TR, 8 TH, 9 TH, 10 TR, 11 TD, 12 TD, 13 P, 14 Link (in 13).
inline layout::Frames sample_frames(const std::string& png_path) {
  using layout::Role;
  layout::Frames f;
  auto node = [&](Role role, int parent, std::string alt = "", std::string id = "") {
    f.structure.push_back(struct_node(role, parent, std::move(alt), std::move(id)));
  };
  node(Role::Document, layout::kArtifact);
  node(Role::H1, 0, "", "agenda");
  node(Role::P, 0);
  node(Role::Link, 2);
  node(Role::Figure, 0, "Calls for service fell from 120 to 90 over the year.");
  node(Role::H2, 0, "", "budget");
  node(Role::Table, 0);
  node(Role::TR, 6);
  node(Role::TH, 7);
  node(Role::TH, 7);
  node(Role::TR, 6);
  node(Role::TD, 10);
  node(Role::TD, 10);
  node(Role::P, 0);
  node(Role::Link, 13);

  layout::Page p1;
  p1.items.push_back(text(56.7, 40, "Cumbria Police and Crime Panel", layout::kArtifact, false, false, 9));
  p1.items.push_back(text(56.7, 90, "Agenda – 20 January 2025", 1, true, false, 18));
  p1.items.push_back(text(56.7, 120, "The café budget is £3.50 – it’s “fine”.", 2));
  std::get<layout::TextRun>(p1.items.back()).space_after = true;  // the paragraph's line breaks at a space
  p1.items.push_back(text(56.7, 135, "In italics ", 2, false, true));
  p1.items.push_back(text(107.5, 135, "and bold italic ", 2, true, true));
  p1.items.push_back(text(187.0, 135, "then the ", 2));
  p1.items.push_back(text(229.8, 135, "panel website", 3));
  p1.items.push_back(text(298.0, 135, ".", 2));
  layout::Rect rule;
  rule.x = 56.7;
  rule.y = 150;
  rule.w = 481.9;
  rule.h = 0.75;
  rule.fill = layout::Fill{{0.2, 0.2, 0.2}, 1};
  p1.items.push_back(rule);
  layout::Path line;
  line.ops = {{layout::PathOp::move, 60, 300}, {layout::PathOp::line, 200, 250},
              {layout::PathOp::curve, 300, 280, 240, 200, 260, 260}};
  line.stroke = layout::Stroke{{0.1, 0.3, 0.7}, 1.5, {3, 2}, 0.5};
  line.tag = 4;
  p1.items.push_back(line);
  layout::Rect bar;
  bar.x = 320;
  bar.y = 200;
  bar.w = 40;
  bar.h = 100;
  bar.fill = layout::Fill{{0.8, 0.2, 0.2}, 0.6};
  bar.stroke = layout::Stroke{{0, 0, 0}, 0.5, {}, 1};
  bar.tag = 4;
  p1.items.push_back(bar);
  layout::Image img;
  img.x = 400;
  img.y = 200;
  img.w = 96;
  img.h = 64;
  img.file = png_path;
  img.tag = 4;
  p1.items.push_back(img);
  p1.items.push_back(text(56.7, 810, "Page 1 of 2", layout::kArtifact, false, false, 9));
  p1.links.push_back({229.8, 125, 68.2, 13, "https://www.example.gov.uk/panel", "", 3, ""});

  layout::Page p2;
  p2.items.push_back(text(56.7, 90, "Budget", 5, true, false, 14));
  p2.items.push_back(text(56.7, 120, "Item", 8, true));
  p2.items.push_back(text(300, 120, "Cost", 9, true));
  p2.items.push_back(text(56.7, 136, "Café", 11));
  p2.items.push_back(text(300, 136, "£1,250", 12));
  p2.items.push_back(text(56.7, 170, "Back to the ", 13));
  p2.items.push_back(text(117.8, 170, "agenda", 14));
  p2.items.push_back(text(56.7, 810, "Page 2 of 2", layout::kArtifact, false, false, 9));
  p2.links.push_back({117.8, 160, 35, 13, "", "agenda", 14, ""});

  f.pages = {p1, p2};
  f.destinations = {{"agenda", 0, 72}, {"budget", 1, 76}};
  f.bookmarks = {{1, "Agenda – 20 January 2025", 0, 72}, {2, "Café budget", 0, 110},
                 {1, "Budget", 1, 76}};
  return f;
}

}  // namespace pdf::testing
