#pragma once
// The annex's open data: a JSON document with every computed figure,
// unrounded, beside the annex (docs/open-data.md describes each field), so
// analysts can check the figures and the office can publish them.
#include <nlohmann/json.hpp>

#include "kinds/annex/annex.h"

namespace panelpack::annex {

nlohmann::json open_data(const Annex& annex);

}  // namespace panelpack::annex
