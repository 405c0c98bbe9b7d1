#include "kinds/annex/annex_view.h"

#include <cctype>
#include <cstdint>

#include "kinds/annex/chart_breakdown.h"
#include "kinds/annex/chart_svg.h"
#include "kinds/annex/icon_svg.h"
#include "kinds/annex/svg_writer.h"
#include "core/markup_escape.h"

namespace panelpack::annex {

using nlohmann::json;

namespace {

std::string plain_paragraphs(const std::string& text) {
  std::string out, para;
  size_t i = 0;
  while (i <= text.size()) {
    size_t nl = text.find("\n\n", i);
    std::string p = text.substr(i, nl == std::string::npos ? std::string::npos : nl - i);
    if (p.find_first_not_of(" \n") != std::string::npos) out += "<p>" + escape_markup(p) + "</p>\n";
    if (nl == std::string::npos) break;
    i = nl + 2;
  }
  return out;
}

std::string anchor(const std::string& prefix, const std::string& id) {
  std::string a = prefix;
  for (char c : id) a += std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c)) : '-';
  return a;
}

// Table cells with their class: "num" (right-aligned figures, the house
// style's class) or "text". `from` skips leading cells (a row's label).
json row_cells(const std::vector<std::string>& cells, size_t text_from = SIZE_MAX, size_t from = 0) {
  json out = json::array();
  for (size_t i = from; i < cells.size(); ++i) {
    json cell = json::object();
    cell["text"] = cells[i];
    cell["class"] = i - from >= text_from ? "text" : "num";
    out.push_back(std::move(cell));
  }
  return out;
}

// A badge's tone in words: "improvement", "concern", or why a change is not one.
std::string badge_tone_text(const Badge& b) {
  if (!b.neutral_reason.empty()) return "not a signal: " + b.neutral_reason;
  return b.tone == "neutral" ? "" : b.tone;
}

std::string method_note(const Annex& a) {
  bool xmr = false, sd = false;
  for (const auto& s : a.sections)
    for (const auto& m : s.measures) {
      if (m.spec->chart != ChartKind::spc) continue;
      (m.spec->method == SpcMethod::xmr ? xmr : sd) = true;
    }
  std::string note;
  if (xmr)
    note += "SPC charts follow NHS England's Making Data Count method (an XmR chart): the process limits are the "
            "mean plus or minus 2.66 times the average moving range. A month shows special cause variation when it "
            "is outside the limits, is one of seven months rising or falling in turn, is one of two out of three "
            "months close to a limit, or is one of seven or more months on the same side of the mean. ";
  if (sd)
    note += "Charts marked as using three standard deviations draw their limits at the mean plus or minus three "
            "standard deviations of the monthly figures. ";
  if (xmr || sd)
    note += "Months showing improvement are blue squares, concern orange triangles, a change that is neither "
            "purple diamonds, and common cause variation grey circles.";
  return note;
}

json comparison_table(const TableResult& t) {
  json j;
  j["columns"] = json::array({"Crime type", t.before.name + " volume", t.now.name + " volume", "Change in volume",
                              "Change in volume (%)", t.before.name + " positive outcome rate",
                              t.now.name + " positive outcome rate", "Change in rate (percentage points)"});
  json rows = json::array();
  for (const auto& c : t.comparison)
    rows.push_back({{"label", c.name},
                    {"cells", row_cells({c.before_volume_text, c.after_volume_text, c.change_text,
                                         c.change_percent_text, c.before_rate_text, c.after_rate_text,
                                         c.change_pp_text})}});
  j["rows"] = rows;
  j["has_total"] = false;
  return j;
}

json counts_table(const TableResult& t) {
  json j;
  json cols = json::array({"Month"});
  for (const auto& c : t.counts.columns) cols.push_back(c);
  cols.push_back("Total");
  if (t.counts.percent_of >= 0) cols.push_back(t.counts.percent_label);
  j["columns"] = cols;
  auto row = [&](const CountTable::Row& r) {
    std::vector<std::string> cells = r.count_texts;
    cells.push_back(r.total_text);
    if (t.counts.percent_of >= 0) cells.push_back(r.percent_text);
    return json{{"label", r.label}, {"cells", row_cells(cells)}};
  };
  json rows = json::array();
  for (const auto& r : t.counts.rows) rows.push_back(row(r));
  j["rows"] = rows;
  j["has_total"] = true;
  j["total"] = row(t.counts.total);
  return j;
}

json annual_view(const TableResult& t) {
  json j;
  json cols = json::array({"Financial year"});
  for (const auto& [label, ref] : t.spec->columns) cols.push_back(label);
  j["columns"] = cols;
  json rows = json::array();
  for (size_t i = 0; i < t.annual.labels.size(); ++i)
    rows.push_back({{"label", t.annual.labels[i]}, {"cells", row_cells(t.annual.texts[i])}});
  j["rows"] = rows;
  j["has_total"] = false;
  return j;
}

}  // namespace

std::string annex_title(const Annex& a) {
  return a.spec->subtitle.empty() ? a.spec->title : a.spec->title + ": " + a.spec->subtitle;
}

json annex_view(const Annex& a, Diagnostics& diags, const MarkdownToHtml& markdown) {
  auto md = [&](const Text& t) -> std::string {
    if (t.text.empty()) return "";
    std::string expanded = expand_figures(t, a.figures, diags);
    return markdown ? markdown(expanded, t.pos) : plain_paragraphs(expanded);
  };
  const AnnexSpec& spec = *a.spec;
  json v;
  v["lang"] = "en-GB";  // the caller may replace it with the site language
  v["title"] = spec.title;
  v["subtitle"] = spec.subtitle;
  v["document_title"] = annex_title(a);
  v["report_month"] = spec.report_month.label();
  v["fytd"] = {{"name", a.fytd.name}, {"span", a.fytd.span()}, {"dates", a.fytd.dates()}};
  v["sply"] = {{"name", a.sply.name}, {"span", a.sply.span()}, {"dates", a.sply.dates()}};
  v["has_subtitle"] = !spec.subtitle.empty();
  v["compact"] = spec.compact;
  v["print_chart_data"] = spec.print_chart_data;
  v["summary_html"] = md(spec.summary);
  v["has_summary"] = !spec.summary.text.empty();
  v["method_note"] = method_note(a);
  v["has_method_note"] = !v["method_note"].get<std::string>().empty();

  json exceptions = json::array();
  for (const auto& e : a.exceptions)
    // The colour of the tone is said in words too (a neutral signal has no words, as badges).
    exceptions.push_back({{"text", e.text},
                          {"tone", e.tone},
                          {"tone_text", e.tone == "neutral" ? "" : e.tone},
                          {"has_tone_text", e.tone != "neutral"},
                          {"anchor", anchor("measure-", e.measure_id)}});
  v["has_exceptions"] = !exceptions.empty();
  v["exceptions"] = std::move(exceptions);
  v["show_exceptions"] = spec.exceptions;

  json sections = json::array(), chart_data = json::array();
  for (const auto& s : a.sections) {
    json sv = {{"number", s.spec->number},
               {"title", s.spec->title},
               {"intro_html", md(s.spec->intro)},
               {"has_intro", !s.spec->intro.text.empty()}};
    sv["heading"] = s.spec->number.empty() ? s.spec->title : s.spec->number + ". " + s.spec->title;
    json measures = json::array();
    for (const auto& m : s.measures) {
      const MeasureSpec& ms = *m.spec;
      std::string dom = anchor("measure-", ms.id);
      Chart chart = make_chart(m, dom + "-chart", spec.compact);
      json mv = {{"id", ms.id},
                 {"name", ms.name},
                 {"anchor", dom},
                 {"chart_svg", std::move(chart.svg)},
                 {"chart_summary", chart.summary},
                 {"data_anchor", dom + "-data"},
                 {"description_html", md(ms.description)},
                 {"has_description", !ms.description.text.empty()},
                 {"commentary_html", md(ms.commentary)},
                 {"has_commentary", !ms.commentary.text.empty()}};
      mv["is_spc"] = ms.chart == ChartKind::spc;
      // Every chart kind has its SPC analysis, so every measure shows both icons
      // (the chart summary says when the chart itself does not draw the limits).
      mv["has_variation"] = m.spc.variation != Variation::none;
      if (m.spc.variation != Variation::none) {
        mv["variation_svg"] = variation_icon_svg(m.spc.variation);
        mv["variation_name"] = variation_name(m.spc.variation);
        mv["has_assurance"] = m.spc.assurance != Assurance::none;
        mv["assurance_svg"] = assurance_icon_svg(m.spc.assurance);
        mv["assurance_name"] = assurance_name(m.spc.assurance);
        const SpcSegment& seg = m.spc.segments.back();
        mv["provisional"] = seg.provisional && seg.has_limits;
        mv["flat"] = seg.flat;
        mv["method"] = ms.method == SpcMethod::xmr ? "" : "mean ± 3 standard deviations";
        mv["has_method"] = ms.method != SpcMethod::xmr;
      }
      mv["badge"] = {{"text", m.badge.text},
                     {"has_text", !m.badge.text.empty()},
                     {"tone", m.badge.tone},
                     {"label", m.badge.label},
                     {"description", m.badge.description},
                     // colour is not the only signal: the tone in words, or why a change is neutral
                     {"tone_text", badge_tone_text(m.badge)},
                     {"has_tone_text", !m.badge.text.empty() && !badge_tone_text(m.badge).empty()}};
      if (auto lm = m.latest_month()) {
        mv["latest"] = m.show(*m.at(*lm));
        mv["latest_month"] = lm->label();
      }
      measures.push_back(std::move(mv));
      json rows = json::array();
      // The special-cause column (the last) is words, not figures.
      size_t text_from = chart.columns.size() - 2;
      for (auto& r : chart.rows) {
        json row = json::object();
        row["label"] = std::move(r[0]);
        row["cells"] = row_cells(r, text_from, 1);
        rows.push_back(std::move(row));
      }
      json cd = {{"anchor", dom + "-data"}, {"measure_anchor", dom}, {"title", ms.id + " " + ms.name}};
      cd["caption"] = ms.id + " " + ms.name + " by month: the figure, the mean, the process limits and any special "
                      "cause" + m.floored_note() + ".";
      cd["columns"] = std::move(chart.columns);
      cd["rows"] = std::move(rows);
      chart_data.push_back(std::move(cd));
    }
    sv["measures"] = std::move(measures);
    sections.push_back(std::move(sv));
  }
  v["sections"] = std::move(sections);
  v["chart_data"] = std::move(chart_data);

  json tables = json::array();
  for (const auto& t : a.tables) {
    const TableSpec::Kind kind = t.spec->kind;
    json tv = kind == TableSpec::Kind::comparison ? comparison_table(t)
              : kind == TableSpec::Kind::counts   ? counts_table(t)
                                                  : annual_view(t);
    tv["id"] = t.spec->id;
    tv["kind"] = kind == TableSpec::Kind::comparison ? "comparison-table"
                 : kind == TableSpec::Kind::counts   ? "counts-table"
                                                     : "annual-table";
    tv["title"] = t.spec->title;
    tv["caption"] = t.caption;
    tv["has_chart"] = t.spec->bars && !t.comparison.empty();
    if (tv["has_chart"]) {
      tv["chart_svg"] = breakdown_svg(t.comparison, t.before.name, t.now.name, "Bar chart: " + t.spec->title,
                                      "table-" + t.spec->id + "-chart");
      tv["chart_caption"] = t.spec->title + ": the volume of each row, " + t.before.name + " (outlined bars) and " +
                            t.now.name + " (solid bars, labelled); the figures are in the table below.";
    }
    tables.push_back(std::move(tv));
  }
  v["has_tables"] = !tables.empty();
  v["tables"] = std::move(tables);
  return v;
}

}  // namespace panelpack::annex
