#include "pipeline/formats.h"

namespace panelpack {

std::span<const Format> formats() {
  static const Format table[] = {
      {"pdf", write_pdf},
      {"html", write_html},
  };
  return table;
}

}  // namespace panelpack
