#include "pipeline/pipeline.h"

#include <doctest/doctest.h>

#include "output/output_set.h"
#include "validate/test_site.h"

using namespace panelpack;

TEST_CASE("a site builds agendas for both audiences, and the public tree never holds exempt text") {
  auto fs = test::site_fs();
  OutputSet out;
  BuildStats stats;
  Diagnostics diags;
  REQUIRE(build_site(fs, BuildOptions{}, out, stats, diags));
  CHECK(diags.error_count() == 0);
  CHECK(stats.documents == 4);
  for (const char* tree : {"public", "members"}) {
    for (const char* date : {"2024-10-25", "2025-01-20"}) {
      const std::string stem = std::string(tree) + "/pac/" + date + "/agenda";
      CHECK(out.has(stem + ".html"));
      CHECK(out.has(stem + ".pdf"));
      CHECK(out.at(stem + ".pdf").rfind("%PDF-1.7", 0) == 0);
    }
    CHECK(out.has(std::string(tree) + "/index.html"));
  }
  for (const auto& [path, bytes] : out.files()) {
    if (path.rfind("public/", 0) != 0) continue;
    INFO(path);
    CHECK(bytes.find("SECRET-SITE") == std::string::npos);
    CHECK(bytes.find("Estates disposal") == std::string::npos);
    CHECK(bytes.find("Commercial negotiations") == std::string::npos);
  }
  const std::string& members = out.at("members/pac/2025-01-20/agenda.html");
  CHECK(members.find("SECRET-SITE") != std::string::npos);
  CHECK(members.find("NOT FOR PUBLICATION") != std::string::npos);
  const std::string& pub = out.at("public/pac/2025-01-20/agenda.html");
  CHECK(pub.find("Estates matter") != std::string::npos);
  CHECK(pub.find("Exempt information under paragraph 3 of Part 1 of Schedule 12A") != std::string::npos);
}

TEST_CASE("the same site builds to the same bytes") {
  auto fs = test::site_fs();
  OutputSet a, b;
  BuildStats stats;
  Diagnostics diags;
  REQUIRE(build_site(fs, BuildOptions{}, a, stats, diags));
  REQUIRE(build_site(fs, BuildOptions{}, b, stats, diags));
  CHECK(a.files() == b.files());
}

TEST_CASE("a build with errors produces nothing") {
  auto fs = test::site_fs("body: pac\ndate: 2025-01-20\n");
  OutputSet out;
  BuildStats stats;
  Diagnostics diags;
  CHECK_FALSE(build_site(fs, BuildOptions{}, out, stats, diags));
  CHECK(out.size() == 0);
  CHECK(diags.error_count() == 3);  // no start, no venue, no items
}
