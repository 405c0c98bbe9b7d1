#include "model/site.h"

namespace panelpack {

const Meeting* Project::previous(const Meeting& m) const {
  const Meeting* best = nullptr;
  for (const auto& other : meetings)
    if (other.body == m.body && other.date < m.date && (!best || best->date < other.date)) best = &other;
  return best;
}

const Meeting* Project::next(const Meeting& m) const {
  const Meeting* best = nullptr;
  for (const auto& other : meetings)
    if (other.body == m.body && m.date < other.date && (!best || other.date < best->date)) best = &other;
  return best;
}

}  // namespace panelpack
