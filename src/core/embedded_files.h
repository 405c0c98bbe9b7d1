#pragma once
// Files compiled into the binary (default templates and styles), generated
// at build time by cmake/embed_generate.cmake.
#include <span>
#include <string_view>

namespace panelpack {
struct EmbeddedFile {
  std::string_view path;  // relative to the repository root, e.g. "templates/agenda.html"
  std::string_view bytes;
};
}  // namespace panelpack

namespace panelpack::assets {
std::span<const EmbeddedFile> files();
}
