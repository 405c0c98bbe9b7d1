#pragma once
// One document of a build, from plan to write: what a kind plans (who owns
// it, where it goes, its metadata), the paper it renders, the frames layout
// keeps for it, and what the PDF came to.
#include <any>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/date.h"
#include "layout/frame.h"
#include "redact/audience_view.h"
#include "render/paper.h"

namespace panelpack {

struct Document {
  std::string kind;      // the kind's name in the table: "agenda"
  std::string name;      // file name without extension: "agenda", "pack"
  const MeetingView* meeting = nullptr;  // the meeting it belongs to (in its audience's view), if any
  std::string body;      // the body it belongs to, if any
  std::string item;      // the agenda item it is a paper for (an item id), if any
  Audience audience = Audience::public_;

  std::string label;     // "Agenda", "Performance report: Q3 2024/25" (index and links)
  std::string stem;      // output path without extension: "public/pac/2025-01-20/agenda"
  std::string root;      // relative path from the document's folder to the tree root: "../../"
  std::string title;     // the PDF's: "Agenda: Cumbria Police, Fire & Crime Commissioner's …, 20 January 2025"
  std::string page_title;  // the web page's <title>, kept short (under 70 characters); empty: `title`
  std::string subject;   // "Agenda"
  std::string author;    // the organisation
  std::string language;  // "en-GB"
  Date date;             // the document's own date (for PDF metadata)
  std::string source;    // content file it came from, for messages
  std::vector<std::string> crumbs;  // breadcrumb labels after "Meetings"
  bool html_page = true;            // false: PDF only (a pack)
  // Laid out only as a part of a composed document (the previous meeting's
  // minutes in this meeting's pack): never written on its own.
  bool part_only = false;
  // A paper issued after the agenda (a report marked `late: true`): it goes
  // into the supplementary pack, not the pack.
  bool late = false;
  // Holds exempt material: only in the members' tree, for a paper that is not
  // the same as the public one (set by the pipeline), and for a composed
  // document with such a part. Its PDF says so in its file name
  // ("pack-members.pdf"), title and on every page (see pdf_stem, pdf_title).
  bool exempt = false;

  // Where the running title changes: a composed document's parts, each from
  // its first page (an index into frames' pages). Empty: the whole document
  // under its own title.
  struct Section {
    int first_page = 0;
    std::string title, source;
    bool exempt = false;  // its pages are marked NOT FOR PUBLICATION
  };
  std::vector<Section> sections;

  Paper paper;  // rendered by the kind; empty for a composed document
  // Further files beside it, (file name, bytes): open data such as "annex.json".
  std::vector<std::pair<std::string, std::string>> extras;
  std::string data_file;  // the open data file the index links to, if any
  std::any state;         // the kind's own, from plan to compose

  // Kept results: the laid-out body (no margin boxes), shared by every
  // document with the same content; what the PDF came to.
  std::shared_ptr<const layout::Frames> frames;
  int pdf_pages = 0;
  size_t pdf_bytes = 0;
};

// The mark of a document or part holding exempt material, before its title.
inline constexpr const char* kNotForPublication = "NOT FOR PUBLICATION";

// Where a document's PDF goes, without ".pdf": its stem, with "-members"
// after the name when it holds exempt material ("members/pac/2025-01-20/pack-members").
std::string pdf_stem(const Document& doc);
// Its PDF's title: "NOT FOR PUBLICATION: <title>" when it holds exempt material.
std::string pdf_title(const Document& doc);

// What a build remembers of a written document for the site's pages.
struct DocumentRecord {
  std::string kind, label, stem, data_file;
  std::string pdf_stem;  // pdf_stem(doc)
  std::string title;    // the document's full title (the PDF's)
  Date date;            // its own date: a meeting paper's date of issue, a letter's date of publication
  std::string item;     // the agenda item it is a paper for, if any
  std::string meeting;  // the meeting's id, if any
  std::string body;     // the body's id, if any
  Audience audience = Audience::public_;
  bool html_page = true;
  int pdf_pages = 0;
  size_t pdf_bytes = 0;
};
DocumentRecord record_of(const Document& doc);

// "PDF, 245 KB, 12 pages", the GOV.UK way of describing an attachment.
std::string attachment_detail(size_t bytes, int pages);

}  // namespace panelpack
