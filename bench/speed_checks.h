#pragma once
// Wall-clock targets that used to be unit tests (no test depends on timing):
// a thousand pages of house-style paper lay out in under a second, and a
// million characters are measured in under 50 ms. Run by
// `panelpack_bench --speed-checks` from scripts/bench_engine.sh.
#include <string>

namespace bench {

// Prints one line per check; returns 0 when every target was met, 1 when one
// was missed or the run went wrong. `paper_css` is the house style's path.
int run_speed_checks(const std::string& paper_css);

}  // namespace bench
