#include <doctest/doctest.h>

#include <random>

#include "layout/layout_test_support.h"

namespace {

// Random paper HTML from a fixed seed: headings, paragraphs with inline
// runs and long words, nested lists, tables with colspans, long cells and
// nested tables, boxes and forced breaks.
class Generator {
 public:
  explicit Generator(unsigned seed) : rng_(seed) {}

  std::string document() {
    std::string s = "<article lang='en-GB'>";
    for (int i = 0; i < 40; ++i) s += block(0);
    return s + "</article>";
  }

 private:
  int pick(int n) { return static_cast<int>(rng_() % static_cast<unsigned>(n)); }

  std::string word() {
    static const char* words[] = {"panel", "crime", "27,063", "5.08%", "Commissioner", "a", "the", "\xc2\xa3" "1.2m",
                                  "domestic\xc2\xa0" "abuse", "https://www.example.org/very/long/path/to/a/report.pdf",
                                  "re-offending", "(i)", "\xe2\x80\x93", "Penrith"};
    if (pick(40) == 0) return std::string(static_cast<std::size_t>(200 + pick(400)), 'w');
    return words[pick(static_cast<int>(std::size(words)))];
  }

  std::string text(int n) {
    std::string s;
    for (int i = 0; i < n; ++i) {
      std::string w = word();
      switch (pick(8)) {
        case 0: s += "<strong>" + w + "</strong> "; break;
        case 1: s += "<em>" + w + "</em> "; break;
        case 2: s += "<a href='#x" + std::to_string(pick(9)) + "'>" + w + "</a> "; break;
        case 3: s += "<span class='num'>" + w + "</span> "; break;
        default: s += w + " ";
      }
    }
    return s;
  }

  std::string list(int depth) {
    std::string tag = pick(2) ? "ol" : "ul";
    std::string s = "<" + tag + ">";
    for (int i = 0, n = 1 + pick(4); i < n; ++i) {
      s += "<li>" + text(1 + pick(20));
      if (depth < 3 && pick(3) == 0) s += list(depth + 1);
      s += "</li>";
    }
    return s + "</" + tag + ">";
  }

  std::string table(int depth) {
    int cols = 1 + pick(depth ? 3 : 9);
    std::string s = "<table>";
    if (pick(2)) s += "<caption>" + text(3) + "</caption>";
    s += "<thead><tr>";
    for (int c = 0; c < cols; ++c) s += "<th>" + text(1 + pick(3)) + "</th>";
    s += "</tr></thead><tbody>";
    for (int r = 0, n = 1 + pick(depth ? 3 : 40); r < n; ++r) {
      s += "<tr>";
      for (int c = 0; c < cols;) {
        int span = 1 + (pick(6) == 0 ? pick(cols - c) : 0);
        s += "<td" + (span > 1 ? " colspan='" + std::to_string(span) + "'" : std::string()) + " class='num'>";
        if (depth == 0 && pick(25) == 0) s += table(1);
        else if (pick(60) == 0) s += text(300);
        else s += text(1 + pick(6));
        s += "</td>";
        c += span;
      }
      s += "</tr>";
    }
    return s + "</tbody></table>";
  }

  std::string block(int depth) {
    switch (pick(depth ? 3 : 8)) {
      case 0: return "<p id='x" + std::to_string(pick(9)) + "-" + std::to_string(n_++) + "'>" + text(5 + pick(120)) + "</p>";
      case 1: return list(0);
      case 2: return "<h" + std::to_string(1 + pick(4)) + ">" + text(1 + pick(12)) + "</h" + "1234"[0] + ">";
      case 3: return table(0);
      case 4: {
        std::string s = "<div class='box'>";
        for (int i = 0, n = 1 + pick(4); i < n; ++i) s += block(depth + 1);
        return s + "</div>";
      }
      case 5: return "<section class='item'>" + block(depth + 1) + "</section>";
      case 6: return "<p class='j'>" + text(20 + pick(200)) + "</p>";
      default: return "<figure><svg viewBox='0 0 100 50' width='" + std::to_string(100 + pick(900)) +
                      "'><title>Chart</title><rect x='0' y='0' width='100' height='50' fill='#eee'/></svg></figure>";
    }
  }

  std::mt19937 rng_;
  int n_ = 0;
};

}  // namespace

TEST_CASE("random papers: nothing runs off the page, nothing is lost, and tags point at the tree") {
  const char* css = R"(
    article { font-size: 10pt; }
    td, th { border: 0.5pt solid #999; padding: 2pt 3pt; }
    .num { white-space: nowrap; text-align: right; }
    .box { border: 1pt solid #333; padding: 4pt; background-color: #f3f2f1; }
    .item { break-before: right; }
    .j { text-align: justify; }
  )";
  for (unsigned seed = 1; seed <= 12; ++seed) {
    CAPTURE(seed);
    Generator g(seed);
    std::string html = g.document();
    // Headings were closed with </h1> in the generator's shorthand; fix up.
    for (std::size_t at = 0; (at = html.find("<h", at)) != std::string::npos; ++at) {
      char level = html[at + 2];
      if (level < '1' || level > '4') continue;
      std::size_t close = html.find("</h1>", at);
      if (close != std::string::npos) html[close + 3] = level;
    }
    auto r = layout_test::run(html, css);
    CHECK_MESSAGE(r.diags.error_count() == 0, r.diags.format());
    REQUIRE(!r.frames.pages.empty());
    for (const auto& x : layout_test::runs(r.frames)) {
      if (x.run.tag == layout::kArtifact && x.run.y > layout_test::kBottom) continue;  // footers
      CHECK(x.run.x >= 0);
      CHECK(x.run.x + layout_test::width_of(x.run) <= layout_test::kRight + 0.01);
      CHECK(x.run.y <= layout_test::kBottom + 0.01);
      CHECK(x.run.y >= layout_test::kTop);
      if (x.run.tag != layout::kArtifact) CHECK(x.run.tag < static_cast<int>(r.frames.structure.size()));
    }
    for (const auto& n : r.frames.structure) CHECK(n.parent < static_cast<int>(r.frames.structure.size()));
    // Every 'w' of the text (the long words are made of them) arrives,
    // however the words were broken.
    pugi::xml_document doc;
    REQUIRE(layout::parse_paper_html(html, doc));
    std::size_t in = 0;
    for (pugi::xpath_node n : doc.select_nodes("//text()[not(ancestor::svg)]")) {
      std::string_view v = n.node().value();
      in += static_cast<std::size_t>(std::count(v.begin(), v.end(), 'w'));
    }
    std::size_t out = 0;
    for (const auto& x : layout_test::runs(r.frames))
      if (x.run.tag != layout::kArtifact) out += static_cast<std::size_t>(std::count(x.run.text.begin(), x.run.text.end(), 'w'));
    CHECK(out == in);
  }
}
