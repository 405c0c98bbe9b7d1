#include "synthetic_pack.h"

#include <cstdint>
#include <cstdio>
#include <string_view>

namespace bench {

namespace {

// A small deterministic generator (xorshift) so every run writes the same pack.
struct Rng {
  uint64_t s = 0x9E3779B97F4A7C15ull;
  uint32_t next() {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return static_cast<uint32_t>(s >> 11);
  }
  int below(int n) { return static_cast<int>(next() % static_cast<uint32_t>(n)); }
};

constexpr std::string_view kWords[] = {
    "the", "panel", "commissioner", "police", "crime", "plan", "report", "budget", "precept",
    "recommendation", "inspection", "HMICFRS", "response", "community", "safety", "victims",
    "outcomes", "performance", "quarter", "year", "force", "officers", "staff", "funding",
    "£1.2m", "increase", "reduction", "–", "partnership", "scrutiny", "members", "noted",
    "resolved", "that", "and", "of", "to", "in", "for", "with", "on", "by", "was", "were",
    "it’s", "public", "confidence", "calls", "999", "101", "domestic", "abuse", "anti-social",
    "behaviour", "rural", "road", "collisions", "café", "charges", "a", "the", "is", "be",
};

void append_sentence(std::string& out, Rng& rng, int words) {
  for (int i = 0; i < words; ++i) {
    std::string_view w = kWords[rng.below(static_cast<int>(std::size(kWords)))];
    if (i == 0 && w[0] >= 'a' && w[0] <= 'z') {
      out.push_back(static_cast<char>(w[0] - 'a' + 'A'));
      out.append(w.substr(1));
    } else {
      out.append(w);
    }
    out.push_back(i + 1 == words ? '.' : ' ');
  }
}

void append_paragraph(std::string& out, Rng& rng, int section, int n) {
  char num[32];
  std::snprintf(num, sizeof num, "%d.%d", section, n);
  out += "<p class=\"numbered\"><span class=\"num\">";
  out += num;
  out += "</span> ";
  int sentences = 3 + rng.below(4);
  for (int s = 0; s < sentences; ++s) {
    if (s) out.push_back(' ');
    if (s == 1 && rng.below(3) == 0) {
      out += "<strong>";
      append_sentence(out, rng, 5 + rng.below(5));
      out += "</strong>";
    } else if (s == 2 && rng.below(4) == 0) {
      out += "<em>";
      append_sentence(out, rng, 6 + rng.below(6));
      out += "</em>";
    } else {
      append_sentence(out, rng, 8 + rng.below(12));
    }
  }
  if (rng.below(12) == 0) out += " See <a href=\"https://www.example.gov.uk/panel\">the panel’s website</a>.";
  out += "</p>\n";
}

void append_table(std::string& out, Rng& rng, int n) {
  out += "<table class=\"figures\">\n<caption>Table " + std::to_string(n) +
         ": recorded crime, same period last year against financial year to date</caption>\n";
  out += "<thead><tr><th>Crime type</th>";
  static constexpr const char* kHeads[] = {"SPLY", "FYTD", "Change", "% change", "Outcomes",
                                           "Rate", "Q1", "Q2", "Q3"};
  for (const char* h : kHeads) out += std::string("<th class=\"num\">") + h + "</th>";
  out += "</tr></thead>\n<tbody>\n";
  static constexpr const char* kRows[] = {
      "Violence with injury", "Violence without injury", "Stalking and harassment",
      "Sexual offences", "Robbery", "Burglary", "Vehicle offences", "Theft", "Criminal damage",
      "Drug offences", "Possession of weapons", "Public order", "All crime"};
  for (const char* r : kRows) {
    int a = 200 + rng.below(4000), b = 200 + rng.below(4000);
    char cells[512];
    std::snprintf(cells, sizeof cells,
                  "<tr><th>%s</th><td class=\"num\">%d</td><td class=\"num\">%d</td>"
                  "<td class=\"num\">%+d</td><td class=\"num\">%+.1f%%</td><td class=\"num\">%d</td>"
                  "<td class=\"num\">%.1f%%</td><td class=\"num\">%d</td><td class=\"num\">%d</td>"
                  "<td class=\"num\">%d</td></tr>\n",
                  r, a, b, b - a, 100.0 * (b - a) / a, rng.below(400), rng.below(300) / 10.0,
                  rng.below(1000), rng.below(1000), rng.below(1000));
    out += cells;
  }
  out += "</tbody>\n</table>\n";
}

void append_chart(std::string& out, Rng& rng, int n) {
  const int w = 480, h = 200, left = 40, bottom = 170, months = 24;
  int values[months];
  for (int& v : values) v = 40 + rng.below(100);
  std::string summary = "Chart " + std::to_string(n) +
                        ": monthly calls for service over two years, with the mean and process limits.";
  out += "<figure class=\"chart\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" +
         std::to_string(w) + "\" height=\"" + std::to_string(h) + "\" viewBox=\"0 0 " +
         std::to_string(w) + " " + std::to_string(h) + "\" role=\"img\" aria-label=\"" + summary + "\">\n";
  out += "<rect x=\"0\" y=\"0\" width=\"480\" height=\"200\" fill=\"#f3f2f1\"/>\n";
  out += "<line x1=\"40\" y1=\"170\" x2=\"470\" y2=\"170\" stroke=\"#0b0c0c\" stroke-width=\"1\"/>\n";
  out += "<line x1=\"40\" y1=\"10\" x2=\"40\" y2=\"170\" stroke=\"#0b0c0c\" stroke-width=\"1\"/>\n";
  out += "<line x1=\"40\" y1=\"90\" x2=\"470\" y2=\"90\" stroke=\"#1d70b8\" stroke-dasharray=\"4 3\" opacity=\"0.6\"/>\n";
  out += "<line x1=\"40\" y1=\"40\" x2=\"470\" y2=\"40\" stroke=\"#d4351c\" stroke-dasharray=\"2 2\"/>\n";
  out += "<line x1=\"40\" y1=\"150\" x2=\"470\" y2=\"150\" stroke=\"#d4351c\" stroke-dasharray=\"2 2\"/>\n";
  std::string points;
  for (int i = 0; i < months; ++i) {
    int x = left + 8 + i * 18, y = bottom - values[i];
    points += std::to_string(x) + "," + std::to_string(y) + " ";
  }
  out += "<polyline points=\"" + points + "\" fill=\"none\" stroke=\"#1d3557\" stroke-width=\"1.5\"/>\n";
  for (int i = 0; i < months; ++i) {
    int x = left + 8 + i * 18, y = bottom - values[i];
    out += "<circle cx=\"" + std::to_string(x) + "\" cy=\"" + std::to_string(y) +
           "\" r=\"2.5\" fill=\"" + (values[i] > 120 ? "#d4351c" : "#1d3557") + "\"/>\n";
  }
  out += "<path d=\"M 40 170 L 120 120 C 160 100 200 140 240 110 L 470 100\" fill=\"none\" stroke=\"#00703c\" stroke-opacity=\"0.5\"/>\n";
  out += "<text x=\"4\" y=\"14\" font-size=\"9\">Calls</text>\n";
  out += "<text x=\"44\" y=\"186\" font-size=\"9\">Apr 2023</text>\n";
  out += "<text x=\"420\" y=\"186\" font-size=\"9\">Mar 2025</text>\n";
  out += "</svg>\n<figcaption>" + summary + "</figcaption>\n</figure>\n";
}

}  // namespace

PackShape pack_shape(int scale) {
  PackShape s;
  s.sections *= scale;
  s.tables *= scale;
  s.charts *= scale;
  return s;
}

std::string pack_css() {
  return R"(@page {
  size: A4;
  margin: 20mm 18mm 22mm 18mm;
  @top-right { content: "Police and Crime Panel – benchmark pack"; font-size: 8pt; color: #505a5f; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; }
}
body { font-family: "Liberation Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.35; color: #0b0c0c; margin: 0; }
h1 { font-size: 20pt; margin: 0 0 12pt 0; }
h2 { font-size: 14pt; margin: 14pt 0 6pt 0; break-after: avoid; }
p { margin: 0 0 6pt 0; orphans: 2; widows: 2; }
p.numbered { text-align: justify; }
span.num { font-weight: bold; }
a { color: #1d70b8; }
table { width: 100%; border-collapse: collapse; margin: 6pt 0 10pt 0; font-size: 8.5pt; break-inside: auto; }
caption { text-align: left; font-weight: bold; margin-bottom: 4pt; }
th, td { border: 0.5pt solid #b1b4b6; padding: 2pt 3pt; }
thead th { background: #f3f2f1; }
td.num, th.num { text-align: right; }
figure { margin: 8pt 0; break-inside: avoid; }
figcaption { font-size: 9pt; font-style: italic; }
)";
}

std::string synthetic_pack_html(const PackShape& shape, const std::string& css) {
  Rng rng;
  std::string out;
  out.reserve(static_cast<size_t>(shape.sections) * shape.paragraphs_per_section * 700);
  out += "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\">\n<head>\n"
         "<meta charset=\"utf-8\"/>\n<title>Benchmark meeting pack</title>\n<style>\n";
  out += css;
  out += "</style>\n</head>\n<body>\n<article class=\"paper report\" id=\"pack\">\n"
         "<h1>Police and Crime Panel – benchmark meeting pack</h1>\n";
  int tables_done = 0, charts_done = 0;
  for (int s = 1; s <= shape.sections; ++s) {
    out += "<section id=\"item-" + std::to_string(s) + "\">\n<h2>" + std::to_string(s) +
           ". Agenda item " + std::to_string(s) + ": performance and finance report</h2>\n";
    // Spread tables and charts evenly through the sections.
    int tables_due = shape.tables * s / shape.sections;
    int charts_due = shape.charts * s / shape.sections;
    for (int p = 1; p <= shape.paragraphs_per_section; ++p) {
      append_paragraph(out, rng, s, p);
      if (p == shape.paragraphs_per_section / 3 && charts_done < charts_due) append_chart(out, rng, ++charts_done);
      if (p == 2 * shape.paragraphs_per_section / 3 && tables_done < tables_due) append_table(out, rng, ++tables_done);
    }
    out += "</section>\n";
  }
  out += "</article>\n</body>\n</html>\n";
  return out;
}

}  // namespace bench
