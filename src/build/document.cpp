#include "build/document.h"

namespace panelpack {

bool same_pdf(const Document& a, const Document& b) {
  return a.paper.html == b.paper.html && a.title == b.title && a.author == b.author && a.subject == b.subject &&
         a.language == b.language && a.date == b.date;
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
