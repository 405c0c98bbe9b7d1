#pragma once
// The disk operations behind replacing the output folder so that a run
// killed at any instant (or a power cut) leaves the old output or the new
// one, and the next run can clean up after it: durable writes, an atomic
// swap of two folders, and removal of a marked folder with its marker last.
// Linux only (renameat2, fsync on folders).
#include <filesystem>
#include <string>

namespace panelpack {

// Writes `bytes` to a new file at `path` (replacing one there). "" or what
// failed. The data may still be in memory: see sync_tree.
std::string write_file(const std::filesystem::path& path, const std::string& bytes);

// write_file, then flushes the file to disk before returning.
std::string write_file_durably(const std::filesystem::path& path, const std::string& bytes);

// Flushes the entries of folder `dir` (names created, renamed or removed in
// it) to disk. "" or what failed.
std::string sync_folder(const std::filesystem::path& dir);

// Flushes every file and folder below `dir`, and `dir`, to disk: with one
// syncfs(2) of the file system that holds them, or, where that fails, an
// fsync of each. syncfs also flushes other programs' writes to that file
// system, but it is one flush instead of one per file: for 40 files in 21
// folders on ext4 here it took 3-14 ms where an fsync of each took 0.32-0.43 s.
std::string sync_tree(const std::filesystem::path& dir);

// sync_tree with an fsync of each file and folder (its fall-back).
std::string sync_each(const std::filesystem::path& dir);

// True when `dir` is a mount point (or the root), bind mounts included, so
// it cannot be renamed.
bool is_mount_point(const std::filesystem::path& dir);

// Why `dir`, found beside the output, may not be deleted: it is not a folder,
// or it holds files but not the marker. "" when it is absent, empty or marked.
std::string check_ours(const std::filesystem::path& dir, const char* marker);

// Removes folder `dir` (absent is fine): first everything but the top-level
// `marker`, then the marker, then the folder. A removal cut short therefore
// leaves a folder that still has the marker, or an empty one, and
// check_ours still knows it. "" or what failed.
std::string remove_marked(const std::filesystem::path& dir, const char* marker);

enum class SwapMethod {
  exchange,     // renameat2(RENAME_EXCHANGE); two_renames where the file system lacks it
  two_renames,  // always the fall-back (for tests of it)
};

struct SwapResult {
  std::string error;              // "" or the reason (strerror text)
  int error_number = 0;           // errno of the failure, 0 on success
  std::filesystem::path old;      // where the replaced folder now is; empty if `to` did not exist
};

// Puts folder `from` at `to`.
// - `to` absent: one rename.
// - `exchange`: renameat2(from, to, RENAME_EXCHANGE) swaps the two names in
//   one step, so `to` always names a complete folder; the old one is left at
//   `from`.
// - fall-back, when the kernel or file system refuses RENAME_EXCHANGE
//   (EINVAL, ENOSYS, EOPNOTSUPP): rename `to` to `aside`, then `from` to `to`.
//   Between the two renames `to` does not exist; a run killed there leaves
//   the old folder at `aside` and the new one at `from`, both marked, and the
//   next run removes them and builds again. If the second rename fails the
//   first is undone. The old folder is left at `aside`.
// On failure nothing has moved.
SwapResult swap_in(const std::filesystem::path& from, const std::filesystem::path& to,
                   const std::filesystem::path& aside, SwapMethod method);

}  // namespace panelpack
