#pragma once
// PDFs supplied by others (an inspectorate's report) as appendices in the
// middle of a paper or pack. Layout keeps a blank page in each supplied
// page's place (layout::Page::supplied), of the supplied page's size, so
// the pack numbers it, bookmarks it and counts it in the agenda's page
// ranges like any other; after painting, `place_supplied_pages` swaps each
// such page's content for the supplied page's, with our own margin boxes
// (the running title and "Page 37 of 96") laid over it as a form XObject.
// The supplied page keeps its look, its links and, when it has them, its
// tags: its structure elements join our structure tree where its pages fall
// in the reading order, under re-numbered /StructParents.
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "layout/frame.h"

namespace pdf {

struct SuppliedSize {
  double width = 0, height = 0;  // points, as the page is shown (its /Rotate applied)
};

// The page sizes of a supplied PDF, read with qpdf; nullopt with the cause
// in *why ("it is encrypted", "it has no pages", qpdf's reason).
std::optional<std::vector<SuppliedSize>> supplied_page_sizes(const std::string& bytes, std::string* why);

// `painted` with the content of every page of `frames` that holds a
// supplied page replaced as above (written with object streams and a
// deterministic /ID). "" after an error, which names the supplied file.
std::string place_supplied_pages(const std::string& painted, const layout::Frames& frames,
                                 panelpack::Diagnostics& diags);

// Does any page of `frames` hold a supplied page?
bool has_supplied_pages(const layout::Frames& frames);

}  // namespace pdf
