#pragma once
// A committee (cover) report: one YAML file in a meeting's reports/ folder,
// the paper of one agenda item (seed 002, and the reports of seed 004).
// Numbered paragraphs run through the report; implications are each given,
// "none" only when written; tables add themselves up (money_table.h); an
// appendix is one of the report's tables, another paper panelpack makes for
// the item, or a PDF supplied by others.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/source_pos.h"
#include "model/markdown_text.h"
#include "model/money_table.h"

namespace panelpack {

// One numbered paragraph: its text, lettered points (a., b. …), or a table
// printed in its place (then it takes no number).
struct ReportParagraph {
  Markdown text;
  std::vector<Markdown> points;
  std::string table;  // a table's id
  SourcePos pos;
};

struct ReportSection {
  std::string heading;  // "Background"; numbered in the 'sections' style
  std::vector<ReportParagraph> paragraphs;
  SourcePos pos;
};

// A PDF page's size in points, as its media box says.
struct PageSize {
  double width = 0, height = 0;
};

struct ReportAppendix {
  std::string title;
  std::string table;  // one of the report's tables, printed after the report
  std::string paper;  // another paper of the same item: "annex", "inspection", or a report's id
  std::string pdf;    // a supplied PDF, relative to the site folder
  // A supplied PDF as read (the loader checks where it is and that it is a
  // PDF; the build reads its pages with qpdf).
  std::shared_ptr<const std::string> bytes;
  std::vector<PageSize> pages;
  SourcePos pos, pdf_pos;
};

// The four implications a report must state, in print order.
struct Implication {
  std::string key;    // "financial", "legal", "equality", "risk"
  std::string label;  // "Financial"
  Markdown text;      // "None." when written as none
};

struct Report {
  std::string id;    // the file name without .yaml (a slug)
  std::string file;  // meetings/<folder>/reports/<id>.yaml as shown
  std::string item;  // the agenda item's id
  std::string report_of, subject;
  std::optional<Date> date;         // default: the meeting's date
  std::vector<std::string> authors;  // person ids
  std::vector<std::string> contacts;  // person ids; default: the authors
  enum class Numbering { flat, sections } numbering = Numbering::flat;
  Markdown purpose, summary;        // purpose of the report; executive summary
  std::vector<Markdown> recommendations;
  std::vector<ReportSection> body;
  std::vector<Implication> implications;
  Markdown plan_link;               // link to the police and crime plan
  std::vector<ReportAppendix> appendices;
  bool late = false;                // issued after the agenda: in the supplementary pack
  bool appendix_numbers = false;    // "Appendix 1" rather than "Appendix A"
  std::vector<std::string> background_papers;
  bool no_background_papers = false;  // 'background_papers: none'
  std::vector<MoneyTable> tables;   // computed
  SourcePos pos, item_pos;
};

// "A", "B" … (or "1", "2" …): the name of the appendix at `index`.
std::string appendix_name(const Report& report, size_t index);

}  // namespace panelpack
