#include "output/folder_swap.h"

#include <doctest/doctest.h>

#include "output/output_test_support.h"

namespace fs = std::filesystem;
using namespace panelpack;
using namespace output_test;

namespace {
constexpr const char* kMarker = ".marker";

}  // namespace

TEST_CASE("a durable write replaces the file and the folders can be flushed") {
  TempDir tmp("swap");
  CHECK(write_file_durably(tmp.path / "a.txt", "first") == "");
  CHECK(write_file_durably(tmp.path / "a.txt", "second") == "");
  CHECK(slurp(tmp.path / "a.txt") == "second");
  CHECK(write_file_durably(tmp.path / "no/such/folder.txt", "x") ==
        "failed to write " + (tmp.path / "no/such/folder.txt").string() + " (No such file or directory)");
  put(tmp.path / "tree/a/b/c.txt", "c");
  CHECK(write_file(tmp.path / "tree/a/d.txt", "d") == "");
  CHECK(slurp(tmp.path / "tree/a/d.txt") == "d");
  CHECK(sync_tree(tmp.path / "tree") == "");
  CHECK(sync_each(tmp.path / "tree") == "");
  CHECK(sync_tree(tmp.path / "absent").starts_with("failed to flush "));
  CHECK(sync_folder(tmp.path) == "");
}

TEST_CASE("a folder is known as ours when it is absent, empty or marked, even half removed") {
  TempDir tmp("swap");
  CHECK(check_ours(tmp.path / "absent", kMarker) == "");
  fs::create_directories(tmp.path / "empty");
  CHECK(check_ours(tmp.path / "empty", kMarker) == "");
  put(tmp.path / "half" / kMarker, "");  // a removal cut short: only the marker is left
  CHECK(check_ours(tmp.path / "half", kMarker) == "");
  put(tmp.path / "theirs/notes.txt", "x");
  CHECK(check_ours(tmp.path / "theirs", kMarker) ==
        "refusing to remove " + (tmp.path / "theirs").string() + " (it was not made by panelpack; move or rename it)");
  put(tmp.path / "file", "x");
  CHECK(check_ours(tmp.path / "file", kMarker) ==
        "refusing to remove " + (tmp.path / "file").string() +
            " (it is not a folder panelpack made; move or rename it)");
  fs::create_directory_symlink(tmp.path / "empty", tmp.path / "link");
  CHECK(check_ours(tmp.path / "link", kMarker).starts_with("refusing to remove"));
}

TEST_CASE("a marked folder is removed whole, and a link inside it is removed, not followed") {
  TempDir tmp("swap");
  put(tmp.path / "keep/precious.txt", "x");
  put(tmp.path / "old" / kMarker, "");
  put(tmp.path / "old/public/a/b.html", "b");
  put(tmp.path / "old/z.html", "z");
  fs::create_directory_symlink(tmp.path / "keep", tmp.path / "old/public/link");
  CHECK(remove_marked(tmp.path / "old", kMarker) == "");
  CHECK_FALSE(fs::exists(tmp.path / "old"));
  CHECK(slurp(tmp.path / "keep/precious.txt") == "x");
  CHECK(remove_marked(tmp.path / "old", kMarker) == "");  // absent is fine
}

TEST_CASE("swap_in exchanges two folders, or moves one into place") {
  TempDir tmp("swap");
  const fs::path from = tmp.path / "out.staging", to = tmp.path / "out", aside = tmp.path / "out.previous";
  put(from / "new.txt", "new");
  SwapResult r = swap_in(from, to, aside, SwapMethod::exchange);
  CHECK(r.error == "");
  CHECK(r.old.empty());
  CHECK(slurp(to / "new.txt") == "new");
  CHECK_FALSE(fs::exists(from));

  put(from / "newer.txt", "newer");
  r = swap_in(from, to, aside, SwapMethod::exchange);
  CHECK(r.error == "");
  CHECK(r.old == from);  // the old output, to be removed
  CHECK(slurp(to / "newer.txt") == "newer");
  CHECK(slurp(from / "new.txt") == "new");
  fs::remove_all(from);

  put(from / "newest.txt", "newest");
  r = swap_in(from, to, aside, SwapMethod::two_renames);
  CHECK(r.error == "");
  CHECK(r.old == aside);
  CHECK(slurp(to / "newest.txt") == "newest");
  CHECK(slurp(aside / "newer.txt") == "newer");
  CHECK_FALSE(fs::exists(from));
}

TEST_CASE("a failed swap moves nothing and says why") {
  TempDir tmp("swap");
  const fs::path from = tmp.path / "out.staging", to = tmp.path / "out", aside = tmp.path / "out.previous";
  put(to / "old.txt", "old");
  SwapResult r = swap_in(from, to, aside, SwapMethod::exchange);  // nothing to swap in
  CHECK(r.error == "No such file or directory");
  CHECK(r.old.empty());
  r = swap_in(from, to, aside, SwapMethod::two_renames);
  CHECK(r.error == "No such file or directory");
  CHECK(slurp(to / "old.txt") == "old");
  CHECK_FALSE(fs::exists(aside));
}

TEST_CASE("the root is a mount point; an ordinary folder is not") {
  TempDir tmp("swap");
  CHECK(is_mount_point("/"));
  fs::create_directories(tmp.path / "sub");
  CHECK_FALSE(is_mount_point(tmp.path / "sub"));
}
