#pragma once
// The output of a build written as it is made, to `<out>.staging` beside the
// output folder, which replaces `<out>` in one step when the build has
// succeeded (see folder_swap.h). A run killed at any instant leaves the old
// output or the new one, and the next run removes what it left behind.
//
// `out` may be a symbolic link to a folder: the link is kept and its target
// is replaced (staging beside the target). A mount point is refused: the
// swap renames the folder, which a mount point cannot be, and swapping its
// entries one by one would not be atomic.
#include <filesystem>
#include <memory>
#include <string>

#include "output/folder_swap.h"
#include "output/output_sink.h"

namespace panelpack {

class StagingOutput final : public OutputSink {
 public:
  // Prepares to replace folder `out_dir`: refuses a file, a non-empty folder
  // without the marker, a mount point, a dangling link, or a staging folder
  // that another running build holds (flock); removes a
  // `<out>.staging` or `<out>.previous` left by an earlier run when it is
  // empty or marked (refuses otherwise); then creates `<out>.staging` holding
  // the marker. nullptr, with the reason in `why`, when it cannot.
  // `method` is for tests of the fall-back swap.
  static std::unique_ptr<StagingOutput> open(const std::string& out_dir, std::string& why,
                                             SwapMethod method = SwapMethod::exchange);
  ~StagingOutput() override;  // removes the staging folder unless committed
  StagingOutput(const StagingOutput&) = delete;
  StagingOutput& operator=(const StagingOutput&) = delete;

  // Writes the file into the staging folder now (creating folders); commit
  // flushes it to disk.
  bool add(const std::string& path, std::string bytes) override;

  // Flushes the staging folders, swaps staging in for the output and removes
  // the old output (marker last). "" or what failed (error() if an add
  // failed); on failure the output is as it was.
  std::string commit();

  const std::filesystem::path& folder() const { return out_; }       // the folder replaced (a link's target)
  const std::filesystem::path& staging() const { return staging_; }  // where files are written until commit

 private:
  StagingOutput(std::string name, std::filesystem::path out, SwapMethod method);

  std::string name_;  // `out` as given, for messages
  std::filesystem::path out_, staging_, previous_;
  SwapMethod method_;
  bool done_ = false;  // committed, or the staging folder is gone
  int lock_ = -1;      // the staging folder, flock'ed while this build writes it
};

}  // namespace panelpack
