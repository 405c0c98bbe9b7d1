#pragma once
// A long synthetic paper for the layout tests and the benchmarks.
#include <string>

namespace layout_test {

// About five pages per section: numbered paragraphs, a 13 x 10 table of
// figures and a line chart, like the performance annex.
inline std::string synthetic_paper(int sections) {
  const std::string para =
      " The panel noted the Commissioner's update on recorded crime, which rose by 5.08% compared with the same "
      "period last year, and asked officers to report back on the drivers of the increase in violence against the "
      "person, including domestic abuse related offences and the outcomes achieved for victims.";
  std::string s = "<article class=\"paper\" lang=\"en-GB\">";
  for (int k = 0; k < sections; ++k) {
    std::string n = std::to_string(k + 1);
    s += "<section id=\"s" + n + "\"><h2>" + n + ". Performance</h2>";
    for (int p = 0; p < 45; ++p) s += "<p>" + n + "." + std::to_string(p + 1) + para + "</p>";
    s += "<table><caption>Figures</caption><thead><tr>";
    for (int c = 0; c < 13; ++c) s += "<th>Col " + std::to_string(c) + "</th>";
    s += "</tr></thead><tbody>";
    for (int r = 0; r < 10; ++r) {
      s += "<tr>";
      for (int c = 0; c < 13; ++c) s += "<td class=\"num\">" + std::to_string((r + 1) * (c + 7) * 131) + "</td>";
      s += "</tr>";
    }
    s += "</tbody></table><figure><svg viewBox=\"0 0 400 200\" width=\"400\" height=\"200\"><title>Calls</title>"
         "<polyline fill=\"none\" stroke=\"#1d70b8\" points=\"0,100 50,80 100,120 150,60 200,90 250,70 300,110\"/>"
         "<text x=\"200\" y=\"190\" text-anchor=\"middle\">Month</text></svg></figure></section>";
  }
  return s + "</article>";
}

}  // namespace layout_test
