#pragma once
// A supplied PDF's own bookmarks (an inspectorate's chapters) carried into
// the paper or pack it is placed in: under our bookmark for the appendix,
// each leading to where its page now is.
#include <map>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

namespace pdf {

// Adds the bookmarks of `src` under the deepest bookmark of `out` that
// leads to `first_page` (where the appendix starts; nothing when there is
// none). `placed` maps each page of `src` that was placed to its page in
// `out`. A bookmark that leads to no placed page gives its place to its
// children; the adopted ones come closed, so our own outline keeps its shape.
void adopt_outline(QPDF& out, QPDF& src, const std::map<QPDFObjGen, QPDFObjectHandle>& placed,
                   QPDFObjectHandle first_page);

}  // namespace pdf
