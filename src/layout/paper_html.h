#pragma once
// How layout treats each element of paper HTML. The elements and their kinds
// are the one list in core/paper_subset.h; anything else is an error naming
// the element.
#include <string>
#include <string_view>
#include <vector>

#include "core/paper_subset.h"
#include "layout/frame.h"

namespace layout {

using ElementKind = panelpack::PaperKind;

inline ElementKind element_kind(std::string_view name) { return panelpack::paper_kind(name); }

// Block-level (starts a new block) as opposed to inline content.
bool is_block_level(ElementKind k);

// The structure role of a block element.
Role block_role(std::string_view name);

// The names of the supported HTML elements, for "did you mean" hints.
inline const std::vector<std::string>& paper_html_elements() { return panelpack::paper_html_names(); }

}  // namespace layout
