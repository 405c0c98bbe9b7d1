#pragma once
// The website around the papers, for one audience's tree: the home page
// (upcoming meetings, recent papers, the bodies), a page for every body
// (membership, meetings by municipal year, its own papers) and every meeting
// (when and where, its status, every paper with its attachment line, Part 2
// items by public title, previous and next meeting, add to calendar), the
// accessibility statement, a 404 page and, with search, the search page.
// Papers come from the one list of what the documents wrote, whatever their
// kind.
#include <vector>

#include "kinds/kind.h"
#include "output/output_sink.h"
#include "site/site_tree.h"

namespace panelpack {

// The one script panelpack's own pages load: Pagefind's search interface on
// search.html (always allowed, like the addresses of 'allow_scripts').
inline constexpr const char* kSearchScript = "pagefind/pagefind-component-ui.js";

struct SiteOptions {
  bool search = false;  // the tree gets a search index (search.html and a link in every header)
};

void write_site_pages(const KindContext& ctx, const SiteTree& tree, const SiteOptions& options, OutputSink& out,
                      Diagnostics& diags);

}  // namespace panelpack
