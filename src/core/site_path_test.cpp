#include "core/site_path.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

using namespace panelpack;

TEST_CASE("content paths stay inside the site (in memory: by their text)") {
  MemoryFileSystem mem;
  mem.add("site/assets/logo.png", "png");
  SitePath p = resolve_site_path(mem, "site", "assets/./logo.png", "the site folder");
  CHECK(p);
  CHECK(p.path == "site/assets/logo.png");
  CHECK(p.relative == "assets/logo.png");
  CHECK(resolve_site_path(mem, "site", "assets/../assets/logo.png", "the site folder").relative == "assets/logo.png");
  CHECK(resolve_site_path(mem, "site", "../../x.png", "the site folder").error == "it leads out of the site folder");
  CHECK(resolve_site_path(mem, "site", "a/../../x.png", "the site folder").error == "it leads out of the site folder");
  CHECK(resolve_site_path(mem, "site", "/tmp/x.png", "the site folder").error ==
        "it is an absolute path; give it relative to the site folder");
  CHECK(resolve_site_path(mem, ".", "../x.png", "the site folder").error == "it leads out of the site folder");
  CHECK(resolve_site_path(mem, ".", "x.png", "the site folder"));
  CHECK(resolve_site_path(mem, "", "", "the site folder").error == "it is empty");
}

TEST_CASE("on the disk a symbolic link out of the site is refused") {
  char name[] = "/tmp/panelpack-site-XXXXXX";
  const std::filesystem::path root = ::mkdtemp(name);
  std::filesystem::create_directories(root / "site/assets");
  std::filesystem::create_directories(root / "elsewhere");
  std::ofstream(root / "elsewhere/secret.png") << "x";
  std::ofstream(root / "site/assets/logo.png") << "x";
  std::filesystem::create_symlink("../../elsewhere/secret.png", root / "site/assets/linked.png");
  std::filesystem::create_symlink("logo.png", root / "site/assets/alias.png");
  DiskFileSystem disk;
  const std::string site = (root / "site").string();
  CHECK(resolve_site_path(disk, site, "assets/logo.png", "the site folder"));
  CHECK(resolve_site_path(disk, site, "assets/alias.png", "the site folder"));
  CHECK(resolve_site_path(disk, site, "assets/linked.png", "the site folder").error ==
        "it leads out of the site folder through a symbolic link");
  CHECK(resolve_site_path(disk, site, "assets/not-yet.png", "the site folder"));  // reading it will tell
  // The site itself reached through a link is still the site.
  std::filesystem::create_symlink(root / "site", root / "site-link");
  CHECK(resolve_site_path(disk, (root / "site-link").string(), "assets/logo.png", "the site folder"));
  std::filesystem::remove_all(root);
}

TEST_CASE("the output folder may not be one of the site's content folders") {
  MemoryFileSystem mem;
  const std::vector<std::string> dirs = {"meetings", "data", "templates", "styles"};
  CHECK(check_out_outside_content(mem, "out", ".", dirs).empty());
  CHECK(check_out_outside_content(mem, "meetings/out", ".", dirs) ==
        "refusing to build into meetings/out (it is inside the site's folder meetings, where the output would be "
        "read as content)");
  CHECK(check_out_outside_content(mem, "site/styles", "site", dirs) ==
        "refusing to build into site/styles (it is the site's folder styles, where the output would be read as "
        "content)");
  CHECK(check_out_outside_content(mem, "site/data2", "site", dirs).empty());
  CHECK(check_out_outside_content(mem, "site/out", "site", {"."}).empty());  // the site folder: commit's check
}
