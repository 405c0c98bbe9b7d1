#pragma once
// Which font file a CSS family list, weight and style mean, by the one table
// of families and aliases in fonts/font_families.h. Faces are loaded once, on
// first use.
#include <array>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "fonts/font_face.h"
#include "fonts/font_families.h"

namespace fonts {

struct ResolvedFamily {
  std::string family;  // canonical name, e.g. "Liberation Sans"
  bool known = true;   // false when no name in the list was recognised
};

class FontRegistry {
 public:
  // `font_dir` holds the Liberation TTF files.
  explicit FontRegistry(std::string font_dir = kDefaultFontDir);

  // The first family of a CSS list ("Arial, sans-serif") that we have;
  // Liberation Sans (known = false) when none is.
  const ResolvedFamily& resolve(std::string_view css_family_list) const;

  // The TTF file of a canonical family in a weight and style; empty for an
  // unknown family.
  std::string path(std::string_view family, bool bold, bool italic) const;

  // The loaded face, or nullptr (with *why) when the file cannot be read.
  const FontFace* face(std::string_view family, bool bold, bool italic, std::string* why = nullptr) const;

  // The canonical families, for messages.
  static std::vector<std::string> families();

 private:
  std::string dir_;
  mutable std::mutex lock_;  // the caches below are filled on first use, from any thread
  mutable std::unordered_map<std::string, ResolvedFamily> resolved_;
  mutable std::unordered_map<std::string, std::unique_ptr<FontFace>> faces_;  // by path
};

}  // namespace fonts
