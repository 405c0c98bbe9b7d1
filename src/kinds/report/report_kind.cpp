#include "kinds/report/report_kind.h"

#include <cctype>

#include "render/markdown.h"
#include "kinds/person_line.h"

namespace panelpack {

using nlohmann::json;

namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Paper HTML of a numbered paragraph: the number opens its first paragraph.
std::string numbered(const Markdown& m, const std::string& number, Diagnostics& diags) {
  std::string html = markdown_to_paper(m.source, m.pos, diags);
  if (number.empty()) return html;
  const std::string mark = "<span class=\"para-number\">" + number + "</span> ";
  if (html.rfind("<p>", 0) == 0) return "<p class=\"numbered\">" + mark + html.substr(3);
  return "<p class=\"numbered\">" + mark + "</p>\n" + html;
}

json table_json(const MoneyTable& t) {
  json cols = json::array();
  for (size_t c = 0; c < t.headers.size(); ++c)
    cols.push_back({{"label", t.headers[c]}, {"class", t.amount[c] ? "num" : ""}});
  json rows = json::array();
  for (const MoneyTableRow& r : t.rows) {
    json row;
    const char* kind = r.kind == MoneyTableRow::Kind::group      ? "group"
                       : r.kind == MoneyTableRow::Kind::subtotal ? "subtotal"
                       : r.kind == MoneyTableRow::Kind::total    ? "total"
                                                                 : "";
    row["class"] = kind;
    row["is_group"] = r.kind == MoneyTableRow::Kind::group;
    row["label"] = r.kind == MoneyTableRow::Kind::group ? r.label : (r.cells.empty() ? "" : r.cells[0].text);
    json cells = json::array();
    for (size_t c = 1; c < r.cells.size(); ++c) {
      const bool rag = c + 1 == r.cells.size() && !r.rag.empty();
      cells.push_back({{"text", r.cells[c].text},
                       {"class", rag ? "rag rag-" + r.rag : r.cells[c].amount ? "num" : ""}});
    }
    row["cells"] = cells;
    rows.push_back(row);
  }
  return {{"id", "table-" + t.id}, {"title", t.title}, {"columns", cols}, {"rows", rows},
          {"span", std::to_string(t.headers.size())}};
}

const MoneyTable* table_named(const Report& r, const std::string& id) {
  for (const auto& t : r.tables)
    if (t.id == id) return &t;
  return nullptr;
}

json contact_json(const Site& site, const std::string& id) {
  auto it = site.people.find(id);
  json j{{"line", person_line(site, id)}, {"telephone", ""}, {"email", ""}};
  if (it != site.people.end()) {
    j["telephone"] = it->second.telephone;
    j["email"] = it->second.email;
  }
  return j;
}

std::string appendix_slug(const Report& r, size_t i) { return lower(appendix_name(r, i)); }

}  // namespace

json report_view(const KindContext& ctx, const Report& r, const MeetingView& meeting, const EntryView& entry,
                 Diagnostics& diags) {
  const Site& site = ctx.site;
  const Body& body = site.bodies.at(meeting.info.body);
  const bool flat = r.numbering == Report::Numbering::flat;
  int counter = 0;  // flat numbering runs through purpose, recommendations and body
  json v;
  v["lang"] = site.language;
  v["office"] = body.organisation ? body.organisation->name : site.organisation.name;
  v["body_title"] = body.title;
  v["not_for_publication"] = entry.part == 2;
  v["paragraph"] = std::to_string(entry.paragraph);
  v["reason"] = entry.exempt_reason;
  v["item_number"] = std::to_string(entry.number);
  v["item_title"] = entry.title;
  v["report_of"] = r.report_of;
  v["subject"] = r.subject;
  v["date"] = r.date.value_or(meeting.info.date).long_uk();
  std::string authors;
  for (size_t i = 0; i < r.authors.size(); ++i) authors += (i ? "; " : "") + person_line(site, r.authors[i]);
  v["authors"] = authors;
  v["author_label"] = r.authors.size() == 1 ? "Author" : "Authors";
  v["summary_html"] = r.summary.empty() ? "" : markdown_to_paper(r.summary.source, r.summary.pos, diags);
  v["purpose_html"] = r.purpose.empty() ? "" : numbered(r.purpose, flat ? std::to_string(++counter) + "." : "", diags);
  json recs = json::array();
  for (const Markdown& m : r.recommendations)
    recs.push_back({{"text_html", flat ? numbered(m, std::to_string(++counter) + ".", diags)
                                       : markdown_to_paper(m.source, m.pos, diags)}});
  v["recommendations"] = recs;
  v["recommendations_heading"] = r.recommendations.size() == 1 ? "Recommendation" : "Recommendations";

  json sections = json::array();
  int section_number = 0;
  for (const ReportSection& s : r.body) {
    json sj;
    int para = 0;
    if (!flat) ++section_number;
    sj["heading"] = !flat ? std::to_string(section_number) + ". " + s.heading : s.heading;
    json paras = json::array();
    for (const ReportParagraph& p : s.paragraphs) {
      json pj;
      pj["text_html"] = "";
      pj["has_table"] = false;
      if (!p.text.empty()) {
        const std::string number =
            flat ? std::to_string(++counter) + "." : std::to_string(section_number) + "." + std::to_string(++para);
        pj["text_html"] = numbered(p.text, number, diags);
      }
      json points = json::array();
      for (const Markdown& pt : p.points) points.push_back({{"text_html", markdown_to_inline_paper(pt.source, pt.pos, diags)}});
      pj["points"] = points;
      pj["has_points"] = !points.empty();
      if (const MoneyTable* t = p.table.empty() ? nullptr : table_named(r, p.table)) {
        pj["has_table"] = true;
        pj["table"] = table_json(*t);
      }
      paras.push_back(pj);
    }
    sj["paragraphs"] = paras;
    sections.push_back(sj);
  }
  v["sections"] = sections;

  json implications = json::array();
  for (const Implication& imp : r.implications)
    implications.push_back({{"label", imp.label}, {"text_html", markdown_to_inline_paper(imp.text.source, imp.text.pos, diags)}});
  v["implications"] = implications;
  v["has_implications"] = !implications.empty();
  v["plan_link_html"] = r.plan_link.empty() ? "" : markdown_to_inline_paper(r.plan_link.source, r.plan_link.pos, diags);

  json appendices = json::array(), table_appendices = json::array();
  for (size_t i = 0; i < r.appendices.size(); ++i) {
    const ReportAppendix& a = r.appendices[i];
    const std::string name = "Appendix " + appendix_name(r, i);
    // Where the reader finds it: after the report, beside it, or another paper of the item.
    std::string href;
    if (!a.table.empty()) href = "#appendix-" + appendix_slug(r, i);
    else if (!a.pdf.empty()) href = "report-" + r.id + "-appendix-" + appendix_slug(r, i) + ".pdf";
    else if (a.paper == "annex") href = "annex.html";
    else if (a.paper != "inspection") href = "report-" + a.paper + ".html";
    appendices.push_back({{"name", name}, {"title", a.title}, {"href", href}});
    if (const MoneyTable* t = a.table.empty() ? nullptr : table_named(r, a.table))
      table_appendices.push_back({{"name", name}, {"title", a.title}, {"anchor", "appendix-" + appendix_slug(r, i)},
                                  {"table", table_json(*t)}});
  }
  v["appendices"] = appendices;
  v["has_appendices"] = !appendices.empty();
  v["table_appendices"] = table_appendices;

  json papers = json::array();
  for (const auto& p : r.background_papers) papers.push_back(p);
  v["background_papers"] = papers;
  v["has_background_papers"] = !papers.empty();
  v["no_background_papers"] = r.no_background_papers;
  json contacts = json::array();
  for (const auto& id : r.contacts) contacts.push_back(contact_json(site, id));
  v["contacts"] = contacts;
  v["has_contacts"] = !contacts.empty();
  v["contacts_heading"] = contacts.size() == 1 ? "Person to contact" : "Persons to contact";
  return v;
}

layout::Frames supplied_frames(const ReportAppendix& a, const std::string& bookmark) {
  layout::Frames f;
  layout::StructNode root;
  root.role = layout::Role::Document;
  f.structure.push_back(root);
  for (size_t i = 0; i < a.pages.size(); ++i) {
    layout::Page page;
    page.width = a.pages[i].width;
    page.height = a.pages[i].height;
    page.supplied = std::make_shared<const layout::SuppliedPage>(
        layout::SuppliedPage{a.bytes, static_cast<int>(i), a.pdf});
    f.pages.push_back(std::move(page));
  }
  if (!f.pages.empty()) f.bookmarks.push_back({1, bookmark, 0, 0});
  return f;
}

void plan_reports(const KindContext& ctx, const AudienceView& view, const Scope& scope, const Prepared&,
                  std::vector<Document>& out, Diagnostics& diags) {
  const MeetingView* meeting = view.meeting(scope.meeting);
  if (!meeting) return;
  const Body& body = ctx.site.bodies.at(meeting->info.body);
  for (const Report& r : meeting->reports) {
    const EntryView* entry = meeting->entry(r.item);
    if (!entry) continue;  // the view withholds the item: its report is not here either
    Document doc = ctx.meeting_document(view, *meeting, "report", "report-" + r.id);
    doc.item = r.item;
    doc.late = r.late;
    doc.label = r.subject;
    doc.title = r.subject + ": " + body.title + ", " + meeting->info.date.day_month_year();
    doc.page_title = r.subject;
    doc.subject = "Committee report";
    doc.source = r.file;
    doc.date = r.date.value_or(doc.date);
    doc.crumbs.push_back(r.subject);
    ctx.render(doc, "report", report_view(ctx, r, *meeting, *entry, diags), diags);
    const Date date = doc.date;
    out.push_back(std::move(doc));

    for (size_t i = 0; i < r.appendices.size(); ++i) {
      const ReportAppendix& a = r.appendices[i];
      if (!a.bytes || a.pages.empty()) continue;
      const std::string name = "Appendix " + appendix_name(r, i);
      Document app = ctx.meeting_document(view, *meeting, "report-appendix",
                                          "report-" + r.id + "-appendix-" + appendix_slug(r, i));
      app.item = r.item;
      app.late = r.late;
      app.label = name + ": " + a.title;
      app.title = name + " to " + r.subject + ": " + a.title;
      app.subject = "Appendix";
      app.source = r.file;
      app.date = date;
      app.html_page = false;
      app.frames = std::make_shared<layout::Frames>(supplied_frames(a, name + " – " + a.title));
      out.push_back(std::move(app));
    }
  }
}

}  // namespace panelpack
