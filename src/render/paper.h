#pragma once
// Paper HTML: the documented XHTML subset that templates produce and both
// outputs consume (core/paper_subset.h holds the list of elements,
// docs/templates.md shows it). Parsing checks the subset, so a template that
// emits anything else is an error naming the template.
#include <pugixml.hpp>

#include <memory>
#include <string>

#include "core/diagnostics.h"
#include "core/file_system.h"

namespace panelpack {

struct Paper {
  std::string html;           // the markup as rendered
  std::string template_file;  // the template that produced it, for messages
  std::unique_ptr<pugi::xml_document> doc;
  pugi::xml_node root() const { return doc->document_element(); }
};

// How deep elements may nest in a paper: far beyond any real paper, well
// within what layout's recursion can take.
constexpr int kMaxPaperDepth = 200;

// Parses rendered markup; on malformed markup, an element or attribute
// outside the subset, or nesting deeper than kMaxPaperDepth, reports at `template_file` (with the line in the
// rendered text) and returns nullopt-like empty Paper (doc == nullptr).
Paper parse_paper(std::string html, const std::string& template_file, const std::string& for_file,
                  Diagnostics& diags);

// Every <img src> of the paper must name a PNG or JPEG file of the site
// (relative to `site_root`); a missing one is an error naming the template.
void check_images(const Paper& paper, const FileSystem& fs, const std::string& site_root, const std::string& for_file,
                  Diagnostics& diags);

}  // namespace panelpack
