#pragma once
// Appends supplied PDFs (an inspectorate's report, say) to a pack we
// painted, with qpdf: their pages are copied after ours, stamped with
// continuing page numbers ("Page 37") in an embedded Liberation Sans subset
// and marked as artifacts, each appendix gets a top-level bookmark, and the
// result is written with object streams and a deterministic /ID. Supplied
// pages keep their own look; their tagging, if any, is dropped (it points
// into their own structure tree, which does not come along).
#include <string>
#include <vector>

#include "core/diagnostics.h"

namespace pdf {

struct Appendix {
  std::string name;   // for messages: "appendices/hmicfrs-peel-2025.pdf"
  std::string bytes;  // the PDF
  std::string title;  // its bookmark ("" = none)
};

struct AppendOptions {
  int first_number = 0;       // number of the first appended page; 0 = continue the base's count
  std::string label = "Page ";  // stamped before the number, bottom centre
  double font_size = 9;
  double bottom = 20;         // baseline height above the bottom edge, points
  bool stamp = true;
  std::string font_dir;       // Liberation fonts; empty = the default directory
};

// Returns the merged PDF, or "" after an error naming the appendix that
// could not be read.
std::string append_pdfs(const std::string& base, const std::vector<Appendix>& appendices,
                        const AppendOptions& options, panelpack::Diagnostics& diags);

}  // namespace pdf
