#pragma once
// Link annotations: web links (/URI actions) and internal links (/GoTo to a
// named destination), invisible borders, one per layout Link rectangle,
// each with /Contents from the link's text for assistive technology (the
// href itself when the link has no text).
#include <hpdf.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "layout/frame.h"

namespace pdf {

struct TaggedAnnotation {
  int page = 0;
  HPDF_Dict annot = nullptr;
  layout::StructId node = layout::kArtifact;  // the Link structure element
};

// Adds every link on every page; a link to a name with no destination is a
// warning and is left out. Returns the annotations that belong to a
// structure element, for the structure tree's /OBJR entries.
std::vector<TaggedAnnotation> write_links(HPDF_Doc doc, const layout::Frames& frames,
                                          const std::vector<HPDF_Page>& pages,
                                          const std::set<std::string>& destinations,
                                          panelpack::Diagnostics& diags);

// The text of each link's structure element, which becomes the
// annotation's /Contents: the text layout gives the link (as written, so a
// URL broken over two lines is whole), else its runs joined.
std::map<layout::StructId, std::string> link_texts(const layout::Frames& frames);

// A URI as 7-bit ASCII: bytes outside printable ASCII percent-encoded.
std::string ascii_uri(const std::string& uri);

}  // namespace pdf
