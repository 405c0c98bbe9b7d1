#pragma once
// Writing a finished build to disk so that readers only ever see the old
// output or the new one: files go to a staging folder beside the target,
// which then replaces it.
#include <string>

#include "output/output_set.h"

namespace panelpack {

// The file that marks a folder as panelpack's output (so a mistyped --out
// never replaces a folder of someone's own).
inline constexpr const char* kOutputMarker = ".panelpack-output";

// Replaces folder `out` with exactly the files of `set`. Returns an empty
// string on success, else what failed ("failed to write … (reason)"); on
// failure `out` is as it was.
std::string commit_output(const OutputSet& set, const std::string& out);

}  // namespace panelpack
