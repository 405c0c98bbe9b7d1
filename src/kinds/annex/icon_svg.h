#pragma once
// The Making Data Count variation and assurance icons, drawn by panelpack
// in the paper SVG subset (not copies of the NHS images): a ring in the
// icon's colour, a letter (H/L for high/low, P/F for pass/fail) and a small
// run of dots. They are decoration (aria-hidden): the status table names
// each in words beside it.
#include <string>

#include "kinds/annex/spc.h"

namespace panelpack::annex {

// nullopt-like "" for Variation::none.
std::string variation_icon_svg(Variation v);
// "" for Assurance::none.
std::string assurance_icon_svg(Assurance a);

// The icons' names, printed beside them.
std::string variation_name(Variation v);  // "Special cause variation - improvement (high)"
std::string assurance_name(Assurance a);  // "Assurance - target consistently met"

}  // namespace panelpack::annex
