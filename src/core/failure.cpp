#include "core/failure.h"

namespace panelpack {

const char* describe(Failure f) {
  switch (f) {
    case Failure::none: return "success";
    case Failure::content: return "the content has errors";
    case Failure::usage: return "the command line is wrong";
    case Failure::io: return "reading or writing files failed";
    case Failure::internal: return "internal error";
  }
  return "unknown";
}

}  // namespace panelpack
