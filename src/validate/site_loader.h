#pragma once
// panelpack.yaml -> Site: the organisation, people and bodies.
#include <optional>

#include "core/diagnostics.h"
#include "core/file_system.h"
#include "model/site.h"

namespace panelpack {

inline constexpr const char* kSiteFile = "panelpack.yaml";

// Reads <root>/panelpack.yaml. Problems go to `diags`; the Site returned is
// as complete as the content allows (check diags.has_errors()).
std::optional<Site> load_site(const FileSystem& fs, const std::string& root, Diagnostics& diags);

}  // namespace panelpack
