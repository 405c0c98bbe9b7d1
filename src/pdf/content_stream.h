#pragma once
// A PDF content stream being written: operands and operators appended as
// text, numbers in the shortest form that keeps 1/100 pt (or 1/1000 for
// colours). The page painter decides what to write; this only spells it.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pdf {

class ContentStream {
 public:
  // A number rounded to `decimals` places, trailing zeros dropped, then a space.
  ContentStream& num(double v, int decimals = 2);
  // An operator (or any literal text), then a newline.
  ContentStream& op(std::string_view text);
  // Literal text with no separator added (names, dictionaries).
  ContentStream& raw(std::string_view text);
  // <00030041>: two-byte glyph ids in hex (no separator after it).
  ContentStream& glyphs(const std::vector<uint16_t>& ids);

  // A string operand: (literal) for one-byte codes, escaped where PDF
  // needs it, <hex> for two-byte codes; no separator after it.
  ContentStream& codes(const std::string& bytes, int code_bytes);

  const std::string& str() const { return out_; }
  std::string take() { return std::move(out_); }
  size_t size() const { return out_.size(); }

 private:
  std::string out_;
};

// The shortest text for v rounded to `decimals` places ("12", "0.5", "-3.25").
std::string format_number(double v, int decimals = 2);

}  // namespace pdf
