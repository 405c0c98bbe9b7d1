#include "output/out_folder.h"

#include <doctest/doctest.h>

#include "output/output_test_support.h"

namespace fs = std::filesystem;
using namespace panelpack;
using namespace output_test;

TEST_CASE("the output folder may not be the site, the current folder, or hold either") {
  TempDir tmp("out-folder");
  fs::create_directories(tmp.path / "site");
  fs::create_directories(tmp.path / "work/here");
  const std::string site = (tmp.path / "site").string();
  CHECK(check_out_folder(site + "/output", site) == "");
  CHECK(check_out_folder((tmp.path / "output").string(), site) == "");
  CHECK(check_out_folder(site, site) ==
        "refusing to build into " + site + " (it is the site folder, and a build replaces the whole output folder)");
  CHECK(check_out_folder(site + "/", site).find("(it is the site folder") != std::string::npos);
  CHECK(check_out_folder(site + "/output/..", site).find("(it is the site folder") != std::string::npos);
  CHECK(check_out_folder(tmp.path.string(), site) ==
        "refusing to build into " + tmp.path.string() +
            " (it holds the site folder, and a build replaces the whole output folder)");
  const fs::path was = fs::current_path();
  fs::current_path(tmp.path / "work/here");
  const std::string dot = check_out_folder(".", site);
  const std::string up = check_out_folder("..", site);
  const std::string out = check_out_folder("out", ".");
  const std::string dot_site = check_out_folder(".", ".");
  fs::current_path(was);
  CHECK(dot == "refusing to build into . (it is the current folder, and a build replaces the whole output folder)");
  CHECK(up == "refusing to build into .. (it holds the current folder, and a build replaces the whole output folder)");
  CHECK(out == "");
  CHECK(dot_site.find("(it is the site folder") != std::string::npos);
}
