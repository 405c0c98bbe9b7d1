#include "fonts/font_families.h"

#include <string>

namespace fonts {
namespace {

constexpr std::string_view kSans[] = {"liberation sans", "arial",    "helvetica", "helvetica neue",
                                      "sans-serif",      "system-ui", "verdana",  "calibri"};
constexpr std::string_view kSerif[] = {"liberation serif", "times new roman", "times", "serif", "georgia"};
constexpr std::string_view kMono[] = {"liberation mono", "courier new", "courier", "monospace"};
constexpr std::string_view kNarrow[] = {"liberation sans narrow", "arial narrow"};

constexpr FontFamily kFamilies[] = {
    {"Liberation Sans", "LiberationSans", kSans},
    {"Liberation Serif", "LiberationSerif", kSerif},
    {"Liberation Mono", "LiberationMono", kMono},
    {"Liberation Sans Narrow", "LiberationSansNarrow", kNarrow},
};

// One name of a CSS list: lower case, without quotes and surrounding blanks.
std::string clean(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\'') continue;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  size_t a = out.find_first_not_of(" \t");
  if (a == std::string::npos) return {};
  return out.substr(a, out.find_last_not_of(" \t") - a + 1);
}

}  // namespace

std::span<const FontFamily> font_families() { return kFamilies; }

const FontFamily* find_font_family(std::string_view list) {
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    if (comma == std::string_view::npos) comma = list.size();
    std::string name = clean(list.substr(start, comma - start));
    for (const FontFamily& f : kFamilies)
      for (std::string_view alias : f.aliases)
        if (name == alias) return &f;
    start = comma + 1;
  }
  return nullptr;
}

std::string_view face_style(bool bold, bool italic) {
  return bold ? (italic ? "BoldItalic" : "Bold") : (italic ? "Italic" : "Regular");
}

std::string unknown_family_message(std::string_view list) {
  return "font family '" + std::string(list) + "' is not available (" + std::string(kFamilies[0].name) +
         " is used instead)";
}

}  // namespace fonts
