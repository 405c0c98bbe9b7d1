#include "pdf/font_subset.h"

#include <hb-ot.h>
#include <hb-subset.h>
#include <hb.h>

#include <cmath>
#include <memory>

namespace pdf {

namespace {

template <typename T, void (*Destroy)(T*)>
struct HbDeleter {
  void operator()(T* p) const { Destroy(p); }
};
using Blob = std::unique_ptr<hb_blob_t, HbDeleter<hb_blob_t, hb_blob_destroy>>;
using Face = std::unique_ptr<hb_face_t, HbDeleter<hb_face_t, hb_face_destroy>>;
using Font = std::unique_ptr<hb_font_t, HbDeleter<hb_font_t, hb_font_destroy>>;
using Input = std::unique_ptr<hb_subset_input_t,
                              HbDeleter<hb_subset_input_t, hb_subset_input_destroy>>;

int16_t be16(const char* p) {
  return static_cast<int16_t>((static_cast<uint8_t>(p[0]) << 8) | static_cast<uint8_t>(p[1]));
}

FontMetrics read_metrics(hb_face_t* face, hb_font_t* font) {
  FontMetrics m;
  double scale = 1000.0 / hb_face_get_upem(face);
  hb_position_t v = 0;
  if (hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &v))
    m.ascent = std::round(v * scale);
  if (hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &v))
    m.descent = std::round(v * scale);
  if (hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_CAP_HEIGHT, &v))
    m.cap_height = std::round(v * scale);
  if (hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_X_HEIGHT, &v))
    m.x_height = std::round(v * scale);
  m.italic_angle = hb_style_get_value(font, HB_STYLE_TAG_SLANT_ANGLE);

  Blob head(hb_face_reference_table(face, HB_TAG('h', 'e', 'a', 'd')));
  unsigned len = 0;
  const char* d = hb_blob_get_data(head.get(), &len);
  if (len >= 44)
    for (int i = 0; i < 4; ++i) m.bbox[i] = std::round(be16(d + 36 + 2 * i) * scale);

  Blob post(hb_face_reference_table(face, HB_TAG('p', 'o', 's', 't')));
  d = hb_blob_get_data(post.get(), &len);
  if (len >= 16) m.fixed_pitch = (d[12] | d[13] | d[14] | d[15]) != 0;

  Blob os2(hb_face_reference_table(face, HB_TAG('O', 'S', '/', '2')));
  d = hb_blob_get_data(os2.get(), &len);
  if (len >= 33) {
    int family_class = static_cast<uint8_t>(d[30]);  // sFamilyClass high byte
    m.serif = family_class >= 1 && family_class <= 7;
  }
  return m;
}

}  // namespace

std::optional<FontSubset> subset_font(const std::string& path,
                                      const std::vector<char32_t>& codepoints,
                                      std::string* why) {
  auto fail = [&](std::string text) -> std::optional<FontSubset> {
    if (why) *why = std::move(text);
    return std::nullopt;
  };
  Blob blob(hb_blob_create_from_file_or_fail(path.c_str()));
  if (!blob) return fail("cannot read " + path);
  Face face(hb_face_create(blob.get(), 0));
  if (hb_face_get_glyph_count(face.get()) == 0) return fail(path + " is not a font");
  Font font(hb_font_create(face.get()));

  FontSubset out;
  out.metrics = read_metrics(face.get(), font.get());

  Input input(hb_subset_input_create_or_fail());
  if (!input) return fail("out of memory");
  hb_set_t* unicodes = hb_subset_input_unicode_set(input.get());
  for (char32_t cp : codepoints) {
    hb_codepoint_t g = 0;
    if (hb_font_get_nominal_glyph(font.get(), cp, &g))
      hb_set_add(unicodes, cp);
    else
      out.missing.push_back(cp);
  }
  // The PDF needs outlines and metrics only: no shaping tables, and no
  // glyphs pulled in through ligature or alternate lookups.
  hb_set_t* drop = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (hb_tag_t t : {HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'),
                     HB_TAG('G', 'D', 'E', 'F'), HB_TAG('k', 'e', 'r', 'n'),
                     HB_TAG('D', 'S', 'I', 'G'), HB_TAG('h', 'd', 'm', 'x'),
                     HB_TAG('V', 'D', 'M', 'X'), HB_TAG('L', 'T', 'S', 'H'),
                     HB_TAG('g', 'a', 's', 'p'), HB_TAG('P', 'C', 'L', 'T')})
    hb_set_add(drop, t);
  hb_set_clear(hb_subset_input_set(input.get(), HB_SUBSET_SETS_LAYOUT_FEATURE_TAG));
  // Hinting instructions are for screen rasterisers at small pixel sizes;
  // PDF viewers scale outlines themselves. Dropping them halves the subset.
  hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NO_HINTING);

  Face sub(hb_subset_or_fail(face.get(), input.get()));
  if (!sub) return fail("hb-subset could not subset " + path);
  Blob sub_blob(hb_face_reference_blob(sub.get()));
  unsigned len = 0;
  const char* data = hb_blob_get_data(sub_blob.get(), &len);
  if (!data || len == 0) return fail("hb-subset produced an empty font from " + path);
  out.data.assign(data, len);

  // Read the subset back, as a viewer would, for glyph ids and advances.
  Blob reread(hb_blob_create(out.data.data(), static_cast<unsigned>(out.data.size()),
                             HB_MEMORY_MODE_READONLY, nullptr, nullptr));
  Face sub_face(hb_face_create(reread.get(), 0));
  Font sub_font(hb_font_create(sub_face.get()));
  double scale = 1000.0 / hb_face_get_upem(sub_face.get());
  unsigned count = hb_face_get_glyph_count(sub_face.get());
  out.widths.resize(count);
  for (unsigned g = 0; g < count; ++g)
    out.widths[g] = hb_font_get_glyph_h_advance(sub_font.get(), g) * scale;
  for (char32_t cp : codepoints) {
    hb_codepoint_t g = 0;
    if (hb_font_get_nominal_glyph(sub_font.get(), cp, &g))
      out.glyphs.emplace(cp, static_cast<uint16_t>(g));
  }
  return out;
}

}  // namespace pdf
