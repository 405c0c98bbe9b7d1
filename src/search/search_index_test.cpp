#include "search/search_index.h"

#include <doctest/doctest.h>

#include <unistd.h>

#include <fstream>

#include "output/output_set.h"

using namespace panelpack;
namespace fs = std::filesystem;

namespace {

// Writes a small index of what it was given, as Pagefind would.
class FakeIndexer final : public SearchIndexer {
 public:
  std::string failure;
  fs::path seen, into;
  std::string index(const fs::path& site, const fs::path& to) override {
    seen = site;
    into = to;
    if (!failure.empty()) return failure;
    fs::create_directories(to / "index");
    std::ofstream(to / "pagefind.js") << "js";
    std::ofstream(to / "index" / "en_1.pf_index") << "index";
    return "";
  }
};

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("panelpack-search-test-" + std::to_string(::getpid()));
    fs::remove_all(path);
    fs::create_directories(path / "public");
  }
  ~TempDir() { fs::remove_all(path); }
};

}  // namespace

TEST_CASE("a tree's search index goes into the output under <tree>/pagefind, and its scratch folder goes") {
  TempDir staging;
  FakeIndexer indexer;
  OutputSet out;
  CHECK(add_search_index(indexer, staging.path, "public", out) == "");
  CHECK(indexer.seen == staging.path / "public");
  REQUIRE(out.files().size() == 2);
  CHECK(out.at("public/pagefind/pagefind.js") == "js");
  CHECK(out.at("public/pagefind/index/en_1.pf_index") == "index");
  CHECK(indexer.into.parent_path() != staging.path);  // never inside the staging folder
  CHECK_FALSE(fs::exists(indexer.into));
}

TEST_CASE("an indexer that fails says why and adds nothing") {
  TempDir staging;
  FakeIndexer indexer;
  indexer.failure = "pagefind failed on public (exit code 1)";
  OutputSet out;
  CHECK(add_search_index(indexer, staging.path, "public", out) == "pagefind failed on public (exit code 1)");
  CHECK(out.files().empty());
}

TEST_CASE("Pagefind is looked for where the documents say, and 'none' turns search off") {
  CHECK(find_pagefind("none", nullptr, "", "").off);
  CHECK(find_pagefind("", "none", "", "").off);
  const PagefindLookup missing = find_pagefind("/no/such/pagefind", "ignored", "", "");
  CHECK(missing.program.empty());
  CHECK_FALSE(missing.off);
  CHECK(missing.looked == "/no/such/pagefind");
  const PagefindLookup nowhere = find_pagefind("", nullptr, "/opt/pp/build/panelpack", "/site");
  CHECK(nowhere.program.empty());
  CHECK(nowhere.looked ==
        "/opt/pp/tools/search/node_modules/.bin/pagefind or /site/tools/search/node_modules/.bin/pagefind");
  CHECK(find_pagefind("/bin/sh", nullptr, "", "").program == "/bin/sh");
}
