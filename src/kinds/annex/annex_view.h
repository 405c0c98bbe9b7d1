#pragma once
// The annex as the view model templates/annex.html reads: every display
// string prepared, charts and icons as SVG, Markdown (with its [[figures]]
// filled in) already turned into paper HTML by the caller's converter.
#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include "kinds/annex/annex.h"
#include "core/diagnostics.h"

namespace panelpack::annex {

// Markdown -> paper HTML (the render module's markdown_to_paper). Without
// one, text is escaped into paragraphs.
using MarkdownToHtml = std::function<std::string(const std::string& markdown, const SourcePos& pos)>;

nlohmann::json annex_view(const Annex& annex, Diagnostics& diags, const MarkdownToHtml& markdown = {});

// "Performance report: Q3 2024/25" — for the page, PDF metadata and index.
std::string annex_title(const Annex& annex);

}  // namespace panelpack::annex
