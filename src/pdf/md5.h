#pragma once
// MD5 digests (through qpdf's crypto provider) for the document /ID and the
// six-letter subset tags: content hashes, so the same input gives the same
// bytes.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace pdf {

std::array<uint8_t, 16> md5(std::string_view data);

// "ABCDEF"-style subset tag from a hash of `data`.
std::string subset_tag(std::string_view data);

}  // namespace pdf
