#pragma once
// The one call the build makes for an annex: annex.yaml and its data ->
// everything computed, the template's view model and the open data. The
// result owns the spec that the computed annex points into.
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "kinds/annex/annex.h"
#include "kinds/annex/annex_view.h"
#include "core/diagnostics.h"
#include "core/file_system.h"

namespace panelpack::annex {

struct AnnexDocument {
  AnnexSpec spec;
  std::map<std::string, MonthlyTable> data;
  Annex annex;                     // points into spec and data
  nlohmann::json view;             // for templates/annex.html
  std::string open_data;           // annex.json as published (docs/open-data.md), the same in both trees
  std::string title;               // "Performance report: Q3 2024/25"
  std::vector<std::string> inputs; // annex.yaml and every data file, as shown (for rebuild tracking)

  AnnexDocument() = default;
  AnnexDocument(const AnnexDocument&) = delete;
  AnnexDocument& operator=(const AnnexDocument&) = delete;
};

// Reads `path` (shown as `shown_as`) and the data it names (relative to the
// site's data folder `data_dir`, under `site_root`), computes the annex and
// prepares its view with `language` and `markdown`. nullptr if annex.yaml
// cannot be read; otherwise check diags.has_errors() before rendering.
std::unique_ptr<AnnexDocument> build_annex(const FileSystem& fs, const std::string& path, const std::string& shown_as,
                                           const std::string& site_root, const std::string& data_dir,
                                           const std::string& language, const MarkdownToHtml& markdown,
                                           Diagnostics& diags);

}  // namespace panelpack::annex
