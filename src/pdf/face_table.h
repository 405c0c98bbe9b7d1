#pragma once
// The faces a document uses: which code points each one needs (gathered
// from every text run first), their subsets, and the glyph ids text runs
// are painted with. A character a face lacks is a warning naming it and the
// page, once per face and character.
#include <array>
#include <bitset>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "layout/frame.h"
#include "pdf/font_encoding.h"
#include "pdf/font_files.h"
#include "pdf/font_subset.h"

namespace pdf {

class FaceTable {
 public:
  struct Face {
    FaceFile file;
    std::string resource;  // "F1"
    std::map<char32_t, int> first_page;  // code points used -> first page (0-based)
    std::optional<FontSubset> subset;
    FontEncoding encoding;
  };

  // Index of the face that paints `spec` (added on first use).
  int face_of(const layout::FontSpec& spec, panelpack::Diagnostics& diags);

  // The face for a spec seen before (by face_of or collect); 0 otherwise.
  int face_index(const layout::FontSpec& spec) const;

  // Records the code points of every text run.
  void collect(const layout::Frames& frames, panelpack::Diagnostics& diags);

  // Subsets every face from `font_dir`; false (and an error) if a font file
  // cannot be read. Missing characters are warnings.
  bool make_subsets(const std::string& font_dir, bool warn_missing, panelpack::Diagnostics& diags);

  // The string of codes (one or two bytes each, see FontEncoding) that
  // paints `text` in face `face`; characters below U+0020 are skipped and
  // those the face lacks become code 0 (.notdef).
  void codes(int face, const std::u32string& text, std::string& out) const;

  // Advance of a string of codes in face `face`, in 1/1000 em.
  double advance(int face, const std::string& codes) const;
  // The code of U+0020 in face `face` ("" if the face has none).
  std::string space_code(int face) const;
  int code_bytes(int face) const { return faces_[face].encoding.code_bytes; }

  const std::vector<Face>& faces() const { return faces_; }

 private:
  struct Spec {
    layout::FontSpec spec;
    int face;
  };
  std::vector<Spec> specs_;
  std::vector<Face> faces_;
  std::vector<std::string> warned_families_;
};

}  // namespace pdf
