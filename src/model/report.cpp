#include "model/report.h"

namespace panelpack {

std::string appendix_name(const Report& report, size_t index) {
  if (report.appendix_numbers) return std::to_string(index + 1);
  std::string name;
  for (size_t n = index + 1; n > 0; n = (n - 1) / 26) name.insert(name.begin(), static_cast<char>('A' + (n - 1) % 26));
  return name;
}

}  // namespace panelpack
