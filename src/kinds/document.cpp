#include "kinds/document.h"

namespace panelpack {

std::string pdf_stem(const Document& doc) { return doc.exempt ? doc.stem + "-members" : doc.stem; }

std::string pdf_title(const Document& doc) {
  return doc.exempt ? std::string(kNotForPublication) + ": " + doc.title : doc.title;
}

DocumentRecord record_of(const Document& doc) {
  DocumentRecord r;
  r.kind = doc.kind;
  r.label = doc.label;
  r.stem = doc.stem;
  r.pdf_stem = pdf_stem(doc);
  r.data_file = doc.data_file;
  r.title = doc.title;
  r.date = doc.date;
  r.item = doc.item;
  r.meeting = doc.meeting ? doc.meeting->info.id : "";
  r.body = doc.body;
  r.audience = doc.audience;
  r.html_page = doc.html_page;
  r.pdf_pages = doc.pdf_pages;
  r.pdf_bytes = doc.pdf_bytes;
  return r;
}

std::string attachment_detail(size_t bytes, int pages) {
  std::string size;
  if (bytes < 1024 * 1024) {
    size = std::to_string((bytes + 1023) / 1024) + " KB";
  } else {
    long tenths = static_cast<long>((bytes * 10 + 512 * 1024) / (1024 * 1024));
    size = std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MB";
  }
  return "PDF, " + size + ", " + std::to_string(pages) + (pages == 1 ? " page" : " pages");
}

}  // namespace panelpack
