#pragma once
// The tagged-PDF structure tree: one /StructElem per layout StructNode, each
// element's /K holding its child elements, its marked-content references and
// its link annotations (/OBJR) in reading order; the /ParentTree that maps
// each page's MCIDs and each tagged annotation back to its element; and
// /StructTreeRoot, /MarkInfo in the catalog.
#include <hpdf.h>

#include <string>
#include <vector>

#include "layout/frame.h"
#include "pdf/figure_boxes.h"
#include "pdf/link_annotations.h"

namespace pdf {

// page_mcids[p][m] is the structure element of MCID m on page p. An
// element gets /Lang only where it differs from the document's `language`;
// a Figure in `boxes` gets a /BBox layout attribute.
void write_structure_tree(HPDF_Doc doc, const std::vector<layout::StructNode>& nodes,
                          const std::vector<HPDF_Page>& pages,
                          const std::vector<std::vector<layout::StructId>>& page_mcids,
                          const std::vector<TaggedAnnotation>& annotations,
                          const std::string& language, const std::map<layout::StructId, Box>& boxes);

// Which elements are written: those with marked content or an annotation
// somewhere in their subtree, so an empty <h1>, <p>, list, table or figure
// leaves no empty element behind. In a table with content, its rows and
// cells stay even when empty (the grid must stay regular). Returns each
// node's new index, or -1 for a node left out; node 0 (the Document) is
// always kept.
std::vector<layout::StructId> kept_elements(const std::vector<layout::StructNode>& nodes,
                                            const std::vector<std::vector<layout::StructId>>& page_mcids,
                                            const std::vector<TaggedAnnotation>& annotations);

// Kid order of the structure tree, separated from libharu for testing.
struct StructKid {
  enum Kind { element, content, annotation } kind;
  int index;  // element: node index; content: index into the MCR list; annotation: index
};
struct MarkedContentRef {
  int page, mcid;
  layout::StructId node;
};

// The kids of every node: its children in node order merged with its own
// marked content (in page order) so that each child sits where its first
// content appears; a child with no content keeps its place before the next
// sibling that has some. A node whose parent is missing, itself or later in
// the list hangs from node 0.
std::vector<std::vector<StructKid>> structure_kids(
    const std::vector<layout::StructNode>& nodes, const std::vector<MarkedContentRef>& content,
    const std::vector<TaggedAnnotation>& annotations);

}  // namespace pdf
