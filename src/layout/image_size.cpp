#include "layout/image_size.h"

namespace layout {
namespace {

unsigned be16(std::string_view b, std::size_t at) {
  return (static_cast<unsigned char>(b[at]) << 8) | static_cast<unsigned char>(b[at + 1]);
}

unsigned be32(std::string_view b, std::size_t at) { return (be16(b, at) << 16) | be16(b, at + 2); }

}  // namespace

std::optional<PixelSize> image_pixel_size(std::string_view b, std::string* why) {
  if (b.size() >= 24 && b.substr(0, 8) == std::string_view("\x89PNG\r\n\x1a\n", 8)) {
    if (b.substr(12, 4) != "IHDR") {
      *why = "PNG without an IHDR chunk";
      return std::nullopt;
    }
    PixelSize s{static_cast<int>(be32(b, 16)), static_cast<int>(be32(b, 20))};
    if (s.width <= 0 || s.height <= 0) {
      *why = "PNG with a zero size";
      return std::nullopt;
    }
    return s;
  }
  if (b.size() >= 4 && static_cast<unsigned char>(b[0]) == 0xff && static_cast<unsigned char>(b[1]) == 0xd8) {
    std::size_t i = 2;
    while (i + 9 < b.size()) {
      if (static_cast<unsigned char>(b[i]) != 0xff) {
        *why = "JPEG with a damaged marker";
        return std::nullopt;
      }
      unsigned char m = static_cast<unsigned char>(b[i + 1]);
      if (m == 0xff) {
        ++i;
        continue;
      }
      if (m == 0xd8 || m == 0x01 || (m >= 0xd0 && m <= 0xd7)) {
        i += 2;
        continue;
      }
      unsigned len = be16(b, i + 2);
      bool sof = (m >= 0xc0 && m <= 0xcf) && m != 0xc4 && m != 0xc8 && m != 0xcc;
      if (sof) {
        PixelSize s{static_cast<int>(be16(b, i + 7)), static_cast<int>(be16(b, i + 5))};
        if (s.width <= 0 || s.height <= 0) break;
        return s;
      }
      i += 2 + len;
    }
    *why = "JPEG without a frame header";
    return std::nullopt;
  }
  *why = "not a PNG or JPEG file";
  return std::nullopt;
}

}  // namespace layout
