#include "validate/report_loader.h"

#include <algorithm>

#include "core/site_path.h"
#include "core/slug.h"
#include "core/suggest.h"
#include "load/csv_reader.h"
#include "load/map_reader.h"
#include "load/yaml_file.h"
#include "validate/references.h"

namespace panelpack {

namespace {

Markdown markdown_of(MapReader& r, const std::string& key) { return {r.text(key, false).value_or(""), r.pos(key)}; }

// A list of Markdown texts, each at its own position.
std::vector<Markdown> markdown_list(MapReader& r, const std::string& key) {
  std::vector<Markdown> out;
  for_each_item(r.get(key), r.file(), "'" + key + "'", r.diags(), [&](const YAML::Node& node, size_t) {
    if (!node.IsScalar()) {
      r.diags().error(pos_of(r.file(), node), "expected each entry of '" + key + "' to be text (found " +
                                                  describe_node(node) + ")",
                      "write each as one '- …' entry");
      return;
    }
    out.push_back({node.Scalar(), pos_of(r.file(), node)});
  });
  return out;
}

bool is_none(const std::string& text) {
  std::string t;
  for (char c : text)
    if (c != '.' && c != ' ') t += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return t == "none";
}

ReportParagraph read_paragraph(const YAML::Node& node, const std::string& file, Diagnostics& diags) {
  ReportParagraph p;
  p.pos = pos_of(file, node);
  if (node.IsScalar()) {
    p.text = {node.Scalar(), p.pos};
    return p;
  }
  MapReader r(node, file, "a paragraph", {"text", "points", "table"}, diags);
  p.text = markdown_of(r, "text");
  p.points = markdown_list(r, "points");
  p.table = r.text("table", false).value_or("");
  if (r.ok() && p.text.empty() && p.table.empty())
    diags.error(r.pos(), "a paragraph has neither text nor a table",
                "write its text under 'text:' (and lettered points under 'points:'), or 'table: <id>'");
  return p;
}

// The rows of a table from a CSV file in the site's data folder.
bool read_csv_rows(const FileSystem& fs, const Site& site, const std::string& name, const SourcePos& pos,
                   MoneyTableSpec& spec, const std::string& group_key, Diagnostics& diags) {
  SitePath where = resolve_site_path(fs, join_path(site.root, site.data_dir), name, "the site's data folder");
  if (!where) {
    diags.error(pos, "the data table " + name + " may not be read (" + where.error + ")",
                "copy the file into the data folder and give its name there, e.g. 'budget.csv'");
    return false;
  }
  const std::string file = join_path(site.data_dir, where.relative);
  std::string why;
  auto bytes = fs.read(where.path, &why, read_limit::csv);
  if (!bytes) {
    diags.error(pos, "failed to read " + file + " (" + why + ")",
                "data files are named relative to the data folder, " + site.data_dir);
    return false;
  }
  diags.add_source(file, *bytes);
  auto table = parse_csv(file, *bytes, diags);
  if (!table) return false;
  spec.source = file;
  std::vector<CsvColumn> needed;
  for (const auto& c : spec.columns) needed.push_back({c.key, CsvType::text});
  if (!group_key.empty()) needed.push_back({group_key, CsvType::text});
  if (!check_columns(*table, needed, pos, diags)) return false;
  const int group = group_key.empty() ? -1 : table->column(group_key);
  const int type = table->column("type");
  for (const CsvRow& row : table->rows) {
    MoneyRow r;
    r.pos = {file, row.line, 1};
    for (const auto& c : spec.columns) {
      const int i = table->column(c.key);
      const bool there = i >= 0 && static_cast<size_t>(i) < row.cells.size();
      r.cells.push_back(there ? row.cells[static_cast<size_t>(i)].text : "");
      r.cell_pos.push_back(there ? row.cells[static_cast<size_t>(i)].pos : r.pos);
    }
    if (group >= 0 && static_cast<size_t>(group) < row.cells.size()) r.group = row.cells[static_cast<size_t>(group)].text;
    if (type >= 0 && static_cast<size_t>(type) < row.cells.size()) {
      r.type = row.cells[static_cast<size_t>(type)].text;
      if (!r.type.empty() && r.type != "subtotal" && r.type != "total") {
        diags.error(row.cells[static_cast<size_t>(type)].pos,
                    "'" + r.type + "' in the 'type' column of " + file + " is not a kind of row",
                    "leave it empty for an ordinary row, or write 'subtotal' or 'total' for a typed total");
        r.type.clear();
      }
    }
    spec.rows.push_back(std::move(r));
  }
  return true;
}

MoneyTable read_table(const YAML::Node& node, const std::string& file, const FileSystem& fs, const Site& site,
                      Diagnostics& diags, bool& ok) {
  MoneyTableSpec spec;
  MapReader r(node, file, "a table",
              {"id", "title", "data", "rows", "columns", "group", "subtotal", "total", "totals", "rag"}, diags);
  spec.pos = r.pos();
  spec.id = r.text("id", true).value_or("");
  if (std::string why = slug_problem(spec.id); !spec.id.empty() && !why.empty())
    diags.error(r.pos("id"), "the table id '" + spec.id + "' is not a slug (" + why + ")",
                "use lower-case letters, digits and hyphens, e.g. '" + slugify(spec.id) + "'");
  spec.title = r.text("title", false).value_or("");
  const std::string group_key = r.text("group", false).value_or("");
  spec.grouped = !group_key.empty();
  spec.subtotal_label = r.text("subtotal", false).value_or(spec.subtotal_label);
  spec.total_label = r.text("total", false).value_or(spec.total_label);
  spec.totals = r.boolean("totals", false).value_or(true);
  if (!r.has("columns")) r.missing("columns", "list the columns: '- {key: y2019, label: \"2019/20 (£)\", amount: true}'");
  for_each_item(r.get("columns"), file, "'columns'", diags, [&](const YAML::Node& c, size_t) {
    MapReader cr(c, file, "a column", {"key", "label", "amount"}, diags);
    MoneyColumn col;
    col.pos = cr.pos();
    col.key = cr.text("key", true).value_or("");
    col.label = cr.text("label", false).value_or(col.key);
    col.amount = cr.boolean("amount", false).value_or(false);
    spec.columns.push_back(std::move(col));
  });
  if (r.has("rag")) {
    MapReader rr(r.get("rag"), file, "the RAG rating", {"of", "label", "green", "amber"}, diags);
    RagRule rule;
    rule.pos = rr.pos("of");
    rule.of = rr.text("of", true).value_or("");
    rule.label = rr.text("label", false).value_or("RAG");
    rule.green = rr.integer("green", true, -1000000, 1000000).value_or(0);
    rule.amber = rr.integer("amber", true, -1000000, 1000000).value_or(0);
    if (rule.amber > rule.green)
      diags.error(rr.pos("amber"), "the RAG rating's amber threshold is above its green one",
                  "above 'green' is Green, from 'amber' up to 'green' Amber, below 'amber' Red");
    spec.rag = rule;
  }
  if (r.has("data") == r.has("rows")) {
    diags.error(r.pos(), "table '" + spec.id + "' gives " + (r.has("data") ? "both 'data' and 'rows'" : "no rows"),
                "name a CSV file in the data folder with 'data: budget.csv', or write the rows under 'rows:'");
    ok = false;
  } else if (r.has("data")) {
    const std::string name = r.text("data", true).value_or("");
    if (!name.empty() && !read_csv_rows(fs, site, name, r.pos("data"), spec, group_key, diags)) ok = false;
  } else {
    spec.source = file;
    std::vector<std::string> keys{"type"};
    if (spec.grouped) keys.push_back(group_key);
    for (const auto& c : spec.columns) keys.push_back(c.key);
    for_each_item(r.get("rows"), file, "'rows'", diags, [&](const YAML::Node& row_node, size_t) {
      MapReader rr(row_node, file, "a row", keys, diags);
      MoneyRow row;
      row.pos = rr.pos();
      for (const auto& c : spec.columns) {
        row.cells.push_back(rr.text(c.key, false).value_or(""));
        row.cell_pos.push_back(rr.pos(c.key));
      }
      if (spec.grouped) row.group = rr.text(group_key, false).value_or("");
      row.type = rr.choice("type", false, {"subtotal", "total"}).value_or("");
      spec.rows.push_back(std::move(row));
    });
  }
  if (!ok) return {};
  const int errors = diags.error_count();
  MoneyTable t = compute_money_table(spec, diags);
  if (diags.error_count() > errors) ok = false;
  return t;
}

// A supplied PDF: inside the site, there, and a PDF by its first bytes.
void read_supplied_pdf(const FileSystem& fs, const Site& site, ReportAppendix& a, Diagnostics& diags) {
  SitePath where = resolve_site_path(fs, site.root, a.pdf, "the site folder");
  if (!where) {
    diags.error(a.pdf_pos, "the appendix " + a.pdf + " may not be read (" + where.error + ")",
                "copy the PDF into the site folder, e.g. into the meeting's folder, and name it from there");
    return;
  }
  std::string why;
  auto bytes = fs.read(where.path, &why, read_limit::any);
  if (!bytes) {
    diags.error(a.pdf_pos, "failed to read the appendix " + where.relative + " (" + why + ")",
                "give the PDF's path relative to the folder holding panelpack.yaml");
    return;
  }
  // The header may follow a little junk, as readers allow, but must be there.
  if (bytes->substr(0, 1024).find("%PDF-") == std::string::npos) {
    diags.error(a.pdf_pos, "the appendix " + where.relative + " is not a PDF (it does not start with %PDF-)",
                "save or export the document as PDF and name that file");
    return;
  }
  a.pdf = where.relative;
  a.bytes = std::make_shared<const std::string>(std::move(*bytes));
}

const char* const kImplications[][2] = {
    {"financial", "Financial"}, {"legal", "Legal"}, {"equality", "Equality impact assessment"},
    {"risk", "Risks and impact"}};

}  // namespace

std::string expand_table_figures(const std::string& text, const SourcePos& pos, const std::vector<MoneyTable>& tables,
                                 Diagnostics& diags) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    const size_t open = text.find("[[", i);
    if (open == std::string::npos) break;
    const size_t close = text.find("]]", open + 2);
    if (close == std::string::npos) {
      diags.error(pos, "unclosed figure reference (no ']]' after '[[')",
                  "write a table's figure as [[budget/total y2019]]: the table's id, '/', the row, a space, the column");
      break;
    }
    out += text.substr(i, open - i);
    std::string inner = text.substr(open + 2, close - open - 2);
    const std::string written = text.substr(open, close + 2 - open);
    i = close + 2;
    const size_t slash = inner.find('/');
    const size_t space = inner.rfind(' ');
    std::vector<std::string> ids;
    for (const auto& t : tables) ids.push_back(t.id);
    const MoneyTable* table = nullptr;
    for (const auto& t : tables)
      if (slash != std::string::npos && t.id == inner.substr(0, slash)) table = &t;
    if (!table) {
      const std::string id = inner.substr(0, slash);
      diags.error(pos, "the figure " + written + " names no table of this report" +
                           (slash == std::string::npos ? "" : " ('" + id + "')"),
                  ids.empty() ? "the report has no tables: add them under 'tables:'"
                              : suggestion_or(id, ids, "write [[<table id>/<row> <column key>]], e.g. [[" +
                                                           ids.front() + "/total " + "<column key>]]"));
      out += written;
      continue;
    }
    const std::string key = space == std::string::npos || space < slash ? "" : inner.substr(slash + 1);
    auto it = table->figures.find(key);
    if (table->ambiguous.count(key)) {
      diags.error(pos, "the figure " + written + " could be either of two figures of table '" + table->id +
                           "' (a row and a group have the same name)",
                  "give the row a name of its own");
      out += written;
      continue;
    }
    if (it == table->figures.end()) {
      std::vector<std::string> keys;
      for (const auto& [k, _] : table->figures) keys.push_back(k);
      diags.error(pos, "the figure " + written + " is not in table '" + table->id + "'",
                  suggestion_or(key, keys,
                                "name a row by its first column, a group by its name or 'total', then a space and "
                                "an amount column's key"));
      out += written;
      continue;
    }
    out += it->second;
  }
  out += text.substr(std::min(i, text.size()));
  return out;
}

std::vector<Report> load_reports(const FileSystem& fs, const Site& site, const Meeting& meeting, Diagnostics& diags) {
  std::vector<Report> reports;
  const std::string dir = join_path(meeting.folder, kReportsFolder);
  if (!fs.is_dir(join_path(site.root, dir))) return reports;
  for (const std::string& name : fs.list(join_path(site.root, dir))) {
    const std::string shown = join_path(dir, name);
    if (!name.ends_with(".yaml")) {
      // A report saved as .yml, or a paper dropped in the wrong folder, would go unread without a word.
      if (fs.is_file(join_path(site.root, shown)))
        diags.warning({shown, 0, 0}, "skipped " + shown + " (the reports folder holds one <id>.yaml per report)",
                      name.ends_with(".yml") ? "rename it to end in .yaml"
                                             : "move it out of the reports folder, e.g. into the meeting's folder");
      continue;
    }
    auto yaml = load_yaml(fs, join_path(site.root, shown), shown, diags);
    if (!yaml) continue;
    Report rep;
    rep.file = shown;
    rep.id = name.substr(0, name.size() - 5);
    if (std::string why = slug_problem(rep.id); !why.empty()) {
      diags.error({shown, 0, 0}, "the report file name '" + name + "' is not a slug (" + why + ")",
                  "rename it in lower-case letters, digits and hyphens (it is the report's id), e.g. '" +
                      slugify(rep.id) + ".yaml'");
      continue;
    }
    MapReader r(*yaml, shown, "the report",
                {"item", "report_of", "subject", "date", "author", "contacts", "numbering", "purpose", "summary",
                 "recommendations", "body", "implications", "plan_link", "appendices", "appendix_names",
                 "background_papers", "tables", "late"},
                diags);
    if (!r.ok()) continue;
    rep.pos = r.pos();
    rep.item = r.text("item", true).value_or("");
    rep.item_pos = r.pos("item");
    if (!rep.item.empty() && !meeting.item(rep.item)) {
      std::vector<std::string> ids;
      for (const auto& item : meeting.items) ids.push_back(item.id);
      diags.error(rep.item_pos, "unknown agenda item '" + rep.item + "' in " + meeting.file,
                  suggestion_or(rep.item, ids,
                                "name the item the report is for by its id: its 'id:' in meeting.yaml, or its "
                                "title in lower case with hyphens"));
    }
    rep.report_of = r.text("report_of", true).value_or("");
    rep.subject = r.text("subject", true).value_or("");
    rep.date = r.date("date", false);
    rep.authors = read_people(r, "author", site);
    if (!r.has("author")) r.missing("author", "name who wrote it: 'author: <person id>' (or a list)");
    rep.contacts = r.has("contacts") ? read_people(r, "contacts", site) : rep.authors;
    rep.numbering = r.choice("numbering", false, {"flat", "sections"}).value_or("flat") == "sections"
                        ? Report::Numbering::sections
                        : Report::Numbering::flat;
    rep.purpose = markdown_of(r, "purpose");
    rep.summary = markdown_of(r, "summary");
    if (rep.purpose.empty() && rep.summary.empty() && r.ok())
      diags.error(r.pos(), "the report has neither a purpose nor an executive summary",
                  "say what the report is for under 'purpose:' (or 'summary:' for an executive summary)");
    rep.recommendations = markdown_list(r, "recommendations");
    if (!r.has("recommendations"))
      r.missing("recommendations", "write what the body is asked to do, e.g. '- The Panel is asked to note the report.'");
    rep.plan_link = markdown_of(r, "plan_link");

    bool tables_ok = true;
    for_each_item(r.get("tables"), shown, "'tables'", diags, [&](const YAML::Node& node, size_t) {
      MoneyTable t = read_table(node, shown, fs, site, diags, tables_ok);
      for (const auto& earlier : rep.tables)
        if (!t.id.empty() && earlier.id == t.id)
          diags.error(pos_of(shown, node), "a second table with the id '" + t.id + "'", "give each table its own id");
      if (!t.id.empty()) rep.tables.push_back(std::move(t));
    });
    std::vector<std::string> table_ids;
    for (const auto& t : rep.tables) table_ids.push_back(t.id);
    auto check_table = [&](const std::string& id, const SourcePos& pos) {
      if (id.empty() || std::find(table_ids.begin(), table_ids.end(), id) != table_ids.end() || !tables_ok) return;
      diags.error(pos, "unknown table '" + id + "'",
                  suggestion_or(id, table_ids, "name one of the report's tables by its 'id' under 'tables:'"));
    };
    auto expand = [&](Markdown& m) {
      if (tables_ok && m.source.find("[[") != std::string::npos)
        m.source = expand_table_figures(m.source, m.pos, rep.tables, diags);
    };
    expand(rep.purpose);
    expand(rep.summary);
    for (auto& m : rep.recommendations) expand(m);

    for_each_item(r.get("body"), shown, "'body'", diags, [&](const YAML::Node& node, size_t) {
      MapReader sr(node, shown, "a section of the body", {"heading", "paragraphs"}, diags);
      ReportSection s;
      s.pos = sr.pos();
      s.heading = sr.text("heading", rep.numbering == Report::Numbering::sections).value_or("");
      for_each_item(sr.get("paragraphs"), shown, "'paragraphs'", diags, [&](const YAML::Node& p, size_t) {
        ReportParagraph para = read_paragraph(p, shown, diags);
        check_table(para.table, para.pos);
        expand(para.text);
        for (auto& pt : para.points) expand(pt);
        s.paragraphs.push_back(std::move(para));
      });
      rep.body.push_back(std::move(s));
    });
    if (!r.has("body")) r.missing("body", "write the report's paragraphs under 'body:', in sections");

    if (!r.has("implications")) {
      r.missing("implications", "state each of financial, legal, equality and risk; write 'none' where there are none");
    } else {
      MapReader ir(r.get("implications"), shown, "the implications", {"financial", "legal", "equality", "risk"},
                   diags);
      for (const auto& [key, label] : kImplications) {
        if (!ir.has(key)) {
          if (ir.ok())
            diags.error(ir.pos(), std::string("the implications do not state the ") + key + " implications",
                        std::string("write '") + key + ": none' if there are none, so the reader knows they were "
                                                        "considered");
          continue;
        }
        Implication imp{key, label, markdown_of(ir, key)};
        if (is_none(imp.text.source)) imp.text.source = "None.";
        expand(imp.text);
        rep.implications.push_back(std::move(imp));
      }
    }

    rep.late = r.boolean("late", false).value_or(false);
    rep.appendix_numbers = r.choice("appendix_names", false, {"letters", "numbers"}).value_or("letters") == "numbers";
    for_each_item(r.get("appendices"), shown, "'appendices'", diags, [&](const YAML::Node& node, size_t) {
      MapReader ar(node, shown, "an appendix", {"title", "table", "paper", "pdf"}, diags);
      ReportAppendix a;
      a.pos = ar.pos();
      a.title = ar.text("title", true).value_or("");
      a.table = ar.text("table", false).value_or("");
      a.paper = ar.text("paper", false).value_or("");
      a.pdf = ar.text("pdf", false).value_or("");
      a.pdf_pos = ar.pos("pdf");
      const int given = !a.table.empty() + !a.paper.empty() + !a.pdf.empty();
      if (given != 1 && ar.ok()) {
        diags.error(ar.pos(), "an appendix must be exactly one of a table, a paper or a PDF",
                    "write 'table: <id>' (one of the report's tables), 'paper: annex' (another paper for the "
                    "item) or 'pdf: <file>' (a PDF supplied by others)");
        return;
      }
      check_table(a.table, ar.pos("table"));
      if (!a.pdf.empty()) read_supplied_pdf(fs, site, a, diags);
      rep.appendices.push_back(std::move(a));
    });

    YAML::Node papers = r.get("background_papers");
    if (papers.IsDefined() && papers.IsScalar() && is_none(papers.Scalar())) {
      rep.no_background_papers = true;
    } else {
      rep.background_papers = r.text_list("background_papers", false);
    }
    auto body = site.bodies.find(meeting.body);
    if (body != site.bodies.end() && body->second.background_papers_required && rep.background_papers.empty() &&
        !rep.no_background_papers && r.ok())
      diags.error(r.pos(), "the report lists no background papers (the " + body->second.name + " requires them)",
                  "list the papers the report relied on under 'background_papers:' (Local Government Act 1972 "
                  "s.100D), or write 'background_papers: none'");
    reports.push_back(std::move(rep));
  }
  // A paper appendix is the annex, the inspection letter or another report of the meeting.
  for (const Report& rep : reports)
    for (const ReportAppendix& a : rep.appendices) {
      if (a.paper == "annex" && !fs.is_file(join_path(site.root, join_path(meeting.folder, "annex.yaml"))))
        diags.error(a.pos, "the appendix names the annex, but " + meeting.folder + " has no annex.yaml",
                    "write the annex in " + join_path(meeting.folder, "annex.yaml") + " (docs/annex.md), or name "
                    "another paper");
      if (a.paper.empty() || a.paper == "annex" || a.paper == "inspection") continue;
      std::vector<std::string> names{"annex", "inspection"};
      bool found = false;
      for (const Report& other : reports) {
        if (&other != &rep) names.push_back(other.id);
        found |= &other != &rep && other.id == a.paper;
      }
      if (!found)
        diags.error(a.pos, "the appendix names the paper '" + a.paper + "', which the meeting does not have",
                    suggestion_or(a.paper, names,
                                  "name 'annex' (the meeting's annex.yaml), 'inspection' (an inspection letter for "
                                  "the item) or another report's id (its file name without .yaml)"));
    }
  return reports;
}

}  // namespace panelpack
