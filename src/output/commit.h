#pragma once
// Writing a build held in memory to disk so that readers only ever see the
// old output or the new one (through StagingOutput), and where the output
// folder may be.
#include <string>

#include "output/output_set.h"

namespace panelpack {

// Replaces folder `out` with exactly the files of `set` (see StagingOutput).
// Returns an empty string on success, else what failed ("failed to write …
// (reason)"); on failure `out` is as it was. `<out>.staging` and
// `<out>.previous`, left by a run that stopped part way, are removed only
// when empty or marked.
std::string commit_output(const OutputSet& set, const std::string& out);

// Why `out` cannot be the output folder of a build of `site`: it is the site
// folder, the current folder, or a folder above either (replacing it would
// remove the user's content). Empty when it can.
std::string check_out_folder(const std::string& out, const std::string& site);

}  // namespace panelpack
