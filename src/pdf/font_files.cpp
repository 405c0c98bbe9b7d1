#include "pdf/font_files.h"

#include <cctype>
#include <string_view>

namespace pdf {

namespace {

struct Family {
  const char* file_stem;  // also the PostScript family name
  const char* label;
};

constexpr Family kSans{"LiberationSans", "Liberation Sans"};
constexpr Family kSerif{"LiberationSerif", "Liberation Serif"};
constexpr Family kMono{"LiberationMono", "Liberation Mono"};
constexpr Family kNarrow{"LiberationSansNarrow", "Liberation Sans Narrow"};

struct Alias {
  std::string_view name;
  const Family* family;
};

constexpr Alias kAliases[] = {
    {"liberation sans", &kSans},        {"arial", &kSans},
    {"helvetica", &kSans},              {"helvetica neue", &kSans},
    {"sans-serif", &kSans},             {"system-ui", &kSans},
    {"liberation serif", &kSerif},      {"times new roman", &kSerif},
    {"times", &kSerif},                 {"serif", &kSerif},
    {"liberation mono", &kMono},        {"courier new", &kMono},
    {"courier", &kMono},                {"monospace", &kMono},
    {"liberation sans narrow", &kNarrow}, {"arial narrow", &kNarrow},
};

std::string normalise(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c == '"' || c == '\'') continue;
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  size_t a = out.find_first_not_of(" \t");
  if (a == std::string::npos) return {};
  size_t b = out.find_last_not_of(" \t");
  return out.substr(a, b - a + 1);
}

const Family* find_family(const std::string& list) {
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    if (comma == std::string::npos) comma = list.size();
    std::string name = normalise(std::string_view(list).substr(start, comma - start));
    for (const Alias& a : kAliases)
      if (a.name == name) return a.family;
    start = comma + 1;
  }
  return nullptr;
}

}  // namespace

FaceFile face_file(const layout::FontSpec& spec, bool* known) {
  const Family* family = find_family(spec.family);
  if (known) *known = family != nullptr;
  if (!family) family = &kSans;
  std::string style = spec.bold && spec.italic ? "BoldItalic"
                      : spec.bold             ? "Bold"
                      : spec.italic           ? "Italic"
                                              : "";
  FaceFile f;
  f.base_font = std::string(family->file_stem) + (style.empty() ? "" : "-" + style);
  f.file = std::string(family->file_stem) + "-" + (style.empty() ? "Regular" : style) + ".ttf";
  f.label = family->label;
  if (spec.bold) f.label += " Bold";
  if (spec.italic) f.label += " Italic";
  return f;
}

}  // namespace pdf
