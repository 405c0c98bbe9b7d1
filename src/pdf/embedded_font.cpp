#include "pdf/embedded_font.h"

#include <cmath>

#include "pdf/content_stream.h"
#include "pdf/hpdf_objects.h"
#include "pdf/md5.h"
#include "pdf/to_unicode.h"

namespace pdf {

namespace {

// Widths by CID: by glyph id for two-byte codes, by code for one-byte ones.
HPDF_Array widths_array(HPDF_Doc doc, const FontSubset& subset, const FontEncoding& encoding) {
  std::vector<double> widths = subset.widths;
  if (encoding.code_bytes == 1) {
    widths.assign(256, 0);
    for (unsigned code = 0; code < 256; ++code) {
      uint16_t gid = encoding.code_gid[code];
      if (gid < subset.widths.size()) widths[code] = subset.widths[gid];
    }
  }
  HPDF_Array w = HPDF_Array_New(doc->mmgr);
  HPDF_Array_AddNumber(w, 0);
  HPDF_Array run = HPDF_Array_New(doc->mmgr);
  for (double v : widths) HPDF_Array_AddReal(run, static_cast<HPDF_REAL>(std::round(v * 100) / 100));
  HPDF_Array_Add(w, run);
  return w;
}

HPDF_Dict font_descriptor(HPDF_Doc doc, const FontMetrics& m, const std::string& name,
                          HPDF_Dict font_file, bool italic, bool bold) {
  HPDF_Dict d = new_object(doc);
  HPDF_Dict_AddName(d, "Type", "FontDescriptor");
  HPDF_Dict_AddName(d, "FontName", name.c_str());
  int flags = 32;  // nonsymbolic
  if (m.fixed_pitch) flags |= 1;
  if (m.serif) flags |= 2;
  if (italic) flags |= 64;
  HPDF_Dict_AddNumber(d, "Flags", flags);
  HPDF_Array box = HPDF_Array_New(doc->mmgr);
  for (double v : m.bbox) HPDF_Array_AddNumber(box, static_cast<HPDF_INT32>(v));
  HPDF_Dict_Add(d, "FontBBox", box);
  HPDF_Dict_AddReal(d, "ItalicAngle", static_cast<HPDF_REAL>(m.italic_angle));
  HPDF_Dict_AddNumber(d, "Ascent", static_cast<HPDF_INT32>(m.ascent));
  HPDF_Dict_AddNumber(d, "Descent", static_cast<HPDF_INT32>(m.descent));
  HPDF_Dict_AddNumber(d, "CapHeight", static_cast<HPDF_INT32>(m.cap_height));
  HPDF_Dict_AddNumber(d, "XHeight", static_cast<HPDF_INT32>(m.x_height));
  HPDF_Dict_AddNumber(d, "StemV", bold ? 140 : 80);
  HPDF_Dict_Add(d, "FontFile2", font_file);
  return d;
}

// << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>
HPDF_Dict identity_system_info(HPDF_Doc doc) {
  HPDF_Dict info = HPDF_Dict_New(doc->mmgr);
  HPDF_Dict_Add(info, "Registry", byte_string(doc, "Adobe"));
  HPDF_Dict_Add(info, "Ordering", byte_string(doc, "Identity"));
  HPDF_Dict_AddNumber(info, "Supplement", 0);
  return info;
}

}  // namespace

HPDF_Dict embed_font(HPDF_Doc doc, const FontSubset& subset, const FontEncoding& encoding,
                     const FaceFile& face) {
  std::string name = subset_tag(subset.data) + "+" + face.base_font;
  bool bold = face.base_font.find("Bold") != std::string::npos;
  bool italic = face.base_font.find("Italic") != std::string::npos;

  HPDF_Dict font_file = new_stream(doc, subset.data);
  HPDF_Dict_AddNumber(font_file, "Length1", static_cast<HPDF_INT32>(subset.data.size()));

  HPDF_Dict cid = new_object(doc);
  HPDF_Dict_AddName(cid, "Type", "Font");
  HPDF_Dict_AddName(cid, "Subtype", "CIDFontType2");
  HPDF_Dict_AddName(cid, "BaseFont", name.c_str());
  HPDF_Dict_Add(cid, "CIDSystemInfo", identity_system_info(doc));
  HPDF_Dict_Add(cid, "FontDescriptor",
                font_descriptor(doc, subset.metrics, name, font_file, italic, bold));
  HPDF_Dict_Add(cid, "W", widths_array(doc, subset, encoding));
  if (encoding.code_bytes == 1) {
    std::string map;
    for (unsigned code = 0; code < 256; ++code) {
      map.push_back(static_cast<char>(encoding.code_gid[code] >> 8));
      map.push_back(static_cast<char>(encoding.code_gid[code] & 0xFF));
    }
    HPDF_Dict_Add(cid, "CIDToGIDMap", new_stream(doc, map));
  } else {
    HPDF_Dict_AddName(cid, "CIDToGIDMap", "Identity");
  }

  HPDF_Dict to_unicode = new_stream(doc, to_unicode_cmap(encoding.code_text, encoding.code_bytes));

  HPDF_Dict type0 = new_object(doc);
  HPDF_Dict_AddName(type0, "Type", "Font");
  HPDF_Dict_AddName(type0, "Subtype", "Type0");
  HPDF_Dict_AddName(type0, "BaseFont", name.c_str());
  if (encoding.code_bytes == 1) {
    std::string cmap_name = "Panelpack-" + face.base_font + "-OneByte";
    HPDF_Dict cmap = new_stream(doc, encoding_cmap(cmap_name));
    HPDF_Dict_AddName(cmap, "Type", "CMap");
    HPDF_Dict_AddName(cmap, "CMapName", cmap_name.c_str());
    HPDF_Dict_Add(cmap, "CIDSystemInfo", identity_system_info(doc));
    HPDF_Dict_Add(type0, "Encoding", cmap);
  } else {
    HPDF_Dict_AddName(type0, "Encoding", "Identity-H");
  }
  HPDF_Array descendants = HPDF_Array_New(doc->mmgr);
  HPDF_Array_Add(descendants, cid);
  HPDF_Dict_Add(type0, "DescendantFonts", descendants);
  HPDF_Dict_Add(type0, "ToUnicode", to_unicode);
  return type0;
}

}  // namespace pdf
