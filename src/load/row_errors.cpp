#include "load/row_errors.h"

#include <algorithm>

namespace panelpack {

void RowErrors::add(const SourcePos& pos, const std::string& what, const std::string& group,
                    const std::string& value, const std::string& cause, const std::string& hint) {
  Group& g = groups_[{what, group, cause}];
  if (g.count == 0) {
    g.first = pos;
    g.value = value;
    g.hint = hint;
    g.first_line = g.last_line = pos.line;
  }
  ++g.count;
  g.first_line = std::min(g.first_line, pos.line);
  g.last_line = std::max(g.last_line, pos.line);
}

void RowErrors::report(Diagnostics& diags) const {
  for (const auto& [key, g] : groups_) {
    const auto& [what, group, cause] = key;
    std::string message = what + " (" + g.value + " " + cause;
    if (g.count > 1)
      message += "; " + std::to_string(g.count) + " rows have this error, lines " + std::to_string(g.first_line) +
                 " to " + std::to_string(g.last_line);
    diags.error(g.first, message + ")", g.hint);
  }
}

}  // namespace panelpack
