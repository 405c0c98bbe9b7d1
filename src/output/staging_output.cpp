#include "output/staging_output.h"

#include <cerrno>
#include <system_error>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace panelpack {

namespace {
constexpr const char* kMarkerText = "This folder is replaced by every panelpack build.\n";
}  // namespace

StagingOutput::StagingOutput(std::string name, fs::path out, SwapMethod method)
    : name_(std::move(name)),
      out_(std::move(out)),
      staging_(out_.string() + ".staging"),
      previous_(out_.string() + ".previous"),
      method_(method) {}

StagingOutput::~StagingOutput() {
  if (!done_) remove_marked(staging_, kOutputMarker);
  if (lock_ >= 0) ::close(lock_);
}

namespace {
// True when another process holds the lock on folder `dir` (a build writing it).
bool locked_by_another(const fs::path& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return false;
  const bool busy = ::flock(fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK;
  ::close(fd);
  return busy;
}
}  // namespace

std::unique_ptr<StagingOutput> StagingOutput::open(const std::string& out_dir, std::string& why, SwapMethod method) {
  std::error_code ec;
  fs::path out = fs::path(out_dir).lexically_normal();
  if (out.filename().empty() && out.has_relative_path()) out = out.parent_path();  // "out/"
  if (out.empty()) {
    why = "failed to replace '' (no output folder was given)";
    return nullptr;
  }
  std::string name = out.string();
  if (out.filename() == "." || out.filename() == "..") out = fs::weakly_canonical(fs::absolute(out, ec), ec);
  if (fs::is_symlink(fs::symlink_status(out, ec))) {
    // Keep the link; replace the folder it points to.
    const fs::path target = fs::canonical(out, ec);
    if (ec) {
      why = "failed to replace " + name + " (it is a symbolic link to " + fs::read_symlink(out, ec).string() +
            ", which does not exist; create that folder or remove the link)";
      return nullptr;
    }
    out = target;
    name = target.string();
  }
  if (fs::exists(out, ec)) {
    if (!fs::is_directory(out, ec)) {
      why = "failed to replace " + name + " (it is a file, not a folder)";
      return nullptr;
    }
    if (!fs::is_empty(out, ec) && !fs::exists(out / kOutputMarker, ec)) {
      why = "refusing to replace " + name + " (it was not made by panelpack; choose another --out)";
      return nullptr;
    }
    if (is_mount_point(out)) {
      why = "refusing to replace " + name +
            " (it is a mount point, and the output folder is replaced by renaming it; give --out a folder inside it, "
            "e.g. --out " +
            (fs::path(name) / "site").string() + ")";
      return nullptr;
    }
  }
  std::unique_ptr<StagingOutput> sink(new StagingOutput(name, out, method));
  sink->done_ = true;  // nothing to remove until the staging folder is made
  // Left over from a run that stopped part way; removed only if ours, and
  // not while a build still running writes it.
  for (const fs::path& left : {sink->staging_, sink->previous_}) {
    if (std::string err = check_ours(left, kOutputMarker); !err.empty()) {
      why = err;
      return nullptr;
    }
  }
  if (locked_by_another(sink->staging_)) {
    why = "refusing to replace " + name + " (another panelpack build is writing " + sink->staging_.string() +
          "; wait for it to finish)";
    return nullptr;
  }
  for (const fs::path& left : {sink->staging_, sink->previous_}) {
    if (std::string err = remove_marked(left, kOutputMarker); !err.empty()) {
      why = err;
      return nullptr;
    }
  }
  fs::create_directories(sink->staging_, ec);
  if (ec) {
    why = "failed to create " + sink->staging_.string() + " (" + ec.message() + ")";
    return nullptr;
  }
  sink->done_ = false;
  // Held until this sink is gone (or its process is killed), so that a
  // second build into the same folder does not remove or mix into this one.
  sink->lock_ = ::open(sink->staging_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (sink->lock_ >= 0) ::flock(sink->lock_, LOCK_EX | LOCK_NB);
  // The marker first, and on disk before any other file, so that a staging
  // folder left by a run that stopped part way is known as ours.
  if (std::string err = write_file_durably(sink->staging_ / kOutputMarker, kMarkerText); !err.empty()) {
    why = err;
    return nullptr;
  }
  return sink;
}

bool StagingOutput::add(const std::string& path, std::string bytes) {
  if (done_ && error().empty()) return fail("failed to add output file " + path + " (the output was committed already)");
  if (!admit(path)) return false;
  const fs::path file = staging_ / path;
  std::error_code ec;
  fs::create_directories(file.parent_path(), ec);
  if (ec) return fail("failed to create " + file.parent_path().string() + " (" + ec.message() + ")");
  if (std::string err = write_file(file, bytes); !err.empty()) return fail(err);
  return true;
}

std::string StagingOutput::commit() {
  if (done_) return "failed to replace " + name_ + " (the output was committed already)";
  if (!error().empty()) return error();
  // Every file and folder of staging, and the folder that holds both names,
  // reach the disk before the swap can: a power cut cannot leave the new
  // name on empty files.
  const fs::path parent = out_.has_parent_path() ? out_.parent_path() : fs::path(".");
  if (std::string err = sync_tree(staging_); !err.empty()) return err;
  if (std::string err = sync_folder(parent); !err.empty()) return err;
  const SwapResult swap = swap_in(staging_, out_, previous_, method_);
  if (!swap.error.empty()) {
    std::string err = "failed to replace " + name_ + " (" + swap.error;
    if (swap.error_number == EXDEV || swap.error_number == EBUSY)
      err += "; if it is a mount point, give --out a folder inside it";
    return err + ")";
  }
  done_ = true;
  // The swap is not flushed: a power cut now leaves the old output or the
  // new one, each whole, and the old one is rebuilt by the next run.
  // A removal cut short leaves a marked folder that the next run removes.
  if (!swap.old.empty()) remove_marked(swap.old, kOutputMarker);
  return {};
}

}  // namespace panelpack
