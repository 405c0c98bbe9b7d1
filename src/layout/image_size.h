#pragma once
// The pixel size of a PNG or JPEG, read from its header.
#include <optional>
#include <string>
#include <string_view>

namespace layout {

struct PixelSize {
  int width = 0, height = 0;
};

// nullopt with the reason in *why for anything that is not a readable PNG
// or JPEG header.
std::optional<PixelSize> image_pixel_size(std::string_view bytes, std::string* why);

}  // namespace layout
