#pragma once
#include <string>

#include "core/source_pos.h"

namespace panelpack {

// Markdown text from content, with where it starts.
struct Markdown {
  std::string source;
  SourcePos pos;
  bool empty() const { return source.empty(); }
};

}  // namespace panelpack
