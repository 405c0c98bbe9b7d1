#pragma once
// The search index of each tree of a build: a static index (Pagefind) made
// from the tree's own pages only, so the public index holds nothing but
// public pages. It is made from the staging folder before the swap, and its
// files go into the output through the sink like every other file.
#include <filesystem>
#include <memory>
#include <string>

#include "output/output_sink.h"

namespace panelpack {

// Makes a search index of the HTML pages under `site` into the folder `into`.
class SearchIndexer {
 public:
  virtual ~SearchIndexer() = default;
  // "" on success, else what failed.
  virtual std::string index(const std::filesystem::path& site, const std::filesystem::path& into) = 0;
};

// Runs the Pagefind program at `program`: its index keeps "index.html" in
// result addresses, so results open from any static host and from disk.
std::unique_ptr<SearchIndexer> pagefind_indexer(std::string program);

// Where Pagefind is, in this order: `given` (build --pagefind), the
// environment variable PANELPACK_PAGEFIND, then
// tools/search/node_modules/.bin/pagefind in the folder above the
// executable's folder (a build folder of the source tree) and in the working
// folder. "none" (given or in the variable) means no search, without a note.
struct PagefindLookup {
  std::string program;  // "" when there is none
  bool off = false;     // asked for no search
  std::string looked;   // where it was looked for, for the note when missing
};
PagefindLookup find_pagefind(const std::string& given, const char* env, const std::filesystem::path& executable,
                             const std::filesystem::path& working_dir);

// Indexes `<staging>/<tree>` into a fresh temporary folder, adds every file
// of the index to `out` as `<tree>/pagefind/...` (in name order) and removes
// the temporary folder. "" or what failed.
std::string add_search_index(SearchIndexer& indexer, const std::filesystem::path& staging, const std::string& tree,
                             OutputSink& out);

}  // namespace panelpack
