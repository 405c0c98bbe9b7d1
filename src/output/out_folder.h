#pragma once
// Where a build's output folder may be.
#include <string>

namespace panelpack {

// Why `out` cannot be the output folder of a build of `site`: it is the site
// folder, the current folder, or a folder above either (replacing it would
// remove the user's content). Empty when it can.
std::string check_out_folder(const std::string& out, const std::string& site);

}  // namespace panelpack
