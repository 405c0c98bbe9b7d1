#pragma once
// Rewrites libharu's output (PDF 1.4-style: every dictionary a separate
// uncompressed object, a classic xref table) as PDF 1.5+ with object
// streams: every non-stream object is packed into Flate-compressed object
// streams and the xref table becomes a compressed cross-reference stream.
// A tagged PDF has one object per structure element, so this more than
// halves a typical pack, in a few milliseconds (qpdf's writer does the same
// in about ten times the time). Streams are copied byte for byte with their
// /Length made direct; the trailer's /Root, /Info and /ID are kept.
#include <optional>
#include <string>

namespace pdf {

// nullopt (with *why) when the input is not the libharu layout it expects;
// the caller then keeps the input as it is.
std::optional<std::string> pack_object_streams(const std::string& pdf, std::string* why = nullptr);

}  // namespace pdf
