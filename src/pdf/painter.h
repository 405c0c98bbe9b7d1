#pragma once
// The PDF painter: layout frames in, PDF bytes out. Tagged (PDF 1.7,
// structure tree, /Lang, artifacts), with subset fonts, links, bookmarks and
// metadata, compressed, and byte-for-byte reproducible: no clock, and an /ID
// that is a hash of the document itself.
#include <string>

#include "core/diagnostics.h"
#include "layout/frame.h"
#include "pdf/font_files.h"

namespace pdf {

struct DocumentInfo {
  std::string title;
  std::string author;
  std::string subject;
  std::string keywords;
  std::string language = "en-GB";  // BCP 47, the catalog's /Lang (empty: the
                                   // language of frames.structure[0])
  std::string creator = "panelpack";
  std::string date;      // "2025-01-20", from the content (never the clock):
                         // /CreationDate, and /ModDate unless `modified` is set
  std::string modified;  // "2025-02-03" when a corrected edition is published
};

struct PaintOptions {
  std::string font_dir = kDefaultFontDir;  // where the Liberation .ttf files are
  bool object_streams = true;  // pack objects into object streams (false: libharu's own layout)
  bool warn_missing_glyphs = true;  // false where layout has already warned, naming the content
};

// Returns the PDF, or an empty string after reporting an error to `diags`
// (an unreadable font or a libharu failure). Missing characters, unknown
// font families, unreadable images, links without a target and a date that
// is not YYYY-MM-DD are warnings.
std::string paint(const layout::Frames& frames, const DocumentInfo& info,
                  panelpack::Diagnostics& diags, const PaintOptions& options = {});

}  // namespace pdf
