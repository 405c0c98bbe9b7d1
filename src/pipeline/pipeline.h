#pragma once
// The whole build, in stages:
//   load + validate -> Project; timeline (what crosses meetings);
//   redact -> one AudienceView per audience (the only way kinds see content);
//   then one meeting at a time, every kind in the table:
//     plan (documents and their rendered papers) -> layout (frames kept,
//     shared by content) -> compose (documents made of documents) -> write
//     (each format, streamed to the sink as it is finished);
//   and last the site's pages.
// Nothing touches the disk here but reading and the sink.
#include <optional>
#include <span>
#include <vector>

#include "core/date.h"
#include "core/diagnostics.h"
#include "core/file_system.h"
#include "kinds/kind.h"
#include "output/output_sink.h"
#include "redact/audience.h"

namespace panelpack {

struct BuildOptions {
  std::string site = ".";
  std::vector<Audience> audiences{Audience::public_, Audience::members};
  std::span<const Kind> kinds;  // the document kinds; empty: the table of kind_table.h
  // check --as-of: the date the 56-day clock of inspection responses is
  // checked against. Unset: no check needs "today" (documents never read the clock).
  // The site's pages also tell upcoming meetings from held ones by it (else by
  // the newest date of issue: see site/site_tree.h).
  std::optional<Date> as_of;
  bool search = false;  // the trees will get a search index: pages link to search.html
};

struct BuildStats {
  int documents = 0;  // documents written (each in every format)
  int pages = 0;      // PDF pages in all
  int files = 0;
};

// Returns false when there were errors (all of them in `diags`); the sink
// then holds part of a site and must be discarded.
bool build_site(const FileSystem& fs, const BuildOptions& options, OutputSink& out, BuildStats& stats,
                Diagnostics& diags);

}  // namespace panelpack
