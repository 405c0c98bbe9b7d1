#include "pdf/object_streams.h"

#include <zlib.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <string_view>
#include <vector>

namespace pdf {

namespace {

constexpr size_t kObjectsPerStream = 200;

struct Object {
  size_t offset = 0;      // in the input
  bool in_use = false;
  bool stream = false;
  std::string_view dict;  // the whole body for non-streams, the dictionary for streams
  std::string_view data;  // stream bytes
  int length_ref = 0;     // object holding this stream's /Length
};

bool parse_uint(std::string_view s, size_t& pos, uint64_t& out) {
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\r' || s[pos] == '\n')) ++pos;
  auto r = std::from_chars(s.data() + pos, s.data() + s.size(), out);
  if (r.ec != std::errc()) return false;
  pos = static_cast<size_t>(r.ptr - s.data());
  return true;
}

// The value of `/Key` in a dictionary's text up to the end of the line
// (libharu writes one key per line); empty if absent.
std::string_view dict_value(std::string_view dict, std::string_view key) {
  size_t pos = 0;
  while ((pos = dict.find(key, pos)) != std::string_view::npos) {
    size_t end = pos + key.size();
    if ((pos == 0 || dict[pos - 1] == '\n') && end < dict.size() && dict[end] == ' ') {
      size_t eol = dict.find('\n', end);
      return dict.substr(end + 1, (eol == std::string_view::npos ? dict.size() : eol) - end - 1);
    }
    pos = end;
  }
  return {};
}

// Level 7: structure elements are repetitive text, and the longer match
// search over level 6 saves about 2% of a pack at no measurable cost.
bool deflate(std::string_view in, std::string& out) {
  uLongf size = compressBound(static_cast<uLong>(in.size()));
  out.resize(size);
  if (compress2(reinterpret_cast<Bytef*>(out.data()), &size,
                reinterpret_cast<const Bytef*>(in.data()), static_cast<uLong>(in.size()), 7) != Z_OK)
    return false;
  out.resize(size);
  return true;
}

void put_be(std::string& out, uint64_t v, int bytes) {
  for (int i = bytes - 1; i >= 0; --i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

}  // namespace

std::optional<std::string> pack_object_streams(const std::string& input, std::string* why) {
  auto fail = [&](const char* text) -> std::optional<std::string> {
    if (why) *why = text;
    return std::nullopt;
  };
  std::string_view pdf(input);

  // The trailer and the classic xref table.
  size_t startxref = pdf.rfind("startxref");
  size_t trailer = pdf.rfind("\ntrailer");
  if (startxref == std::string_view::npos || trailer == std::string_view::npos) return fail("no trailer");
  std::string_view trailer_dict = pdf.substr(trailer, startxref - trailer);
  size_t pos = startxref + 9;
  uint64_t xref_at = 0;
  if (!parse_uint(pdf, pos, xref_at) || xref_at + 5 > pdf.size() || pdf.compare(xref_at, 5, "xref\n") != 0)
    return fail("no xref table");
  pos = xref_at + 5;
  uint64_t first = 0, count = 0;
  if (!parse_uint(pdf, pos, first) || !parse_uint(pdf, pos, count) || first != 0 || count < 2)
    return fail("unexpected xref subsection");
  std::vector<Object> objects(count);
  for (uint64_t i = 0; i < count; ++i) {
    uint64_t offset = 0, gen = 0;
    if (!parse_uint(pdf, pos, offset) || !parse_uint(pdf, pos, gen)) return fail("bad xref entry");
    while (pos < pdf.size() && pdf[pos] == ' ') ++pos;
    if (pos >= pdf.size()) return fail("bad xref entry");
    bool used = pdf[pos] == 'n';
    ++pos;
    if (used && gen != 0) return fail("object with a generation number");
    if (used && i > 0 && offset >= xref_at) return fail("object offset beyond the xref table");
    objects[i].offset = offset;
    objects[i].in_use = used && i > 0;
  }

  // Object boundaries: each object ends where the next one (by offset) begins.
  std::vector<size_t> order;
  for (size_t i = 1; i < count; ++i)
    if (objects[i].in_use) order.push_back(i);
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return objects[a].offset < objects[b].offset; });
  for (size_t k = 0; k < order.size(); ++k) {
    Object& o = objects[order[k]];
    size_t end = k + 1 < order.size() ? objects[order[k + 1]].offset : xref_at;
    std::string_view text = pdf.substr(o.offset, end - o.offset);
    std::string header = std::to_string(order[k]) + " 0 obj\n";
    if (text.compare(0, header.size(), header) != 0) return fail("object not where the xref says");
    size_t endobj = text.rfind("endobj");
    if (endobj == std::string_view::npos) return fail("object without endobj");
    std::string_view body = text.substr(header.size(), endobj - header.size());
    size_t s = body.find("\nstream\r\n");
    if (s == std::string_view::npos) {
      while (!body.empty() && (body.back() == '\n' || body.back() == '\r')) body.remove_suffix(1);
      o.dict = body;
      continue;
    }
    size_t e = body.rfind("\nendstream");
    if (e == std::string_view::npos || e < s) return fail("stream without endstream");
    o.stream = true;
    o.dict = body.substr(0, s);
    o.data = body.substr(s + 9, e - s - 9);
    std::string_view length = dict_value(o.dict, "/Length");
    size_t lp = 0;
    uint64_t ref = 0;
    if (length.size() > 4 && length.substr(length.size() - 4) == " 0 R" && parse_uint(length, lp, ref) && ref < count)
      o.length_ref = static_cast<int>(ref);
  }
  // Length objects become direct values in their streams and are dropped.
  std::vector<bool> dropped(count, false);
  for (const Object& o : objects)
    if (o.stream && o.length_ref > 0) dropped[o.length_ref] = true;

  std::string_view root = dict_value(trailer_dict, "/Root");
  std::string_view info = dict_value(trailer_dict, "/Info");
  std::string_view id = dict_value(trailer_dict, "/ID");
  if (root.empty()) return fail("trailer without /Root");

  // Output: header, stream objects, object streams, the xref stream.
  size_t header_end = pdf.find("\n1 0 obj\n");
  if (header_end == std::string_view::npos) return fail("no first object");
  std::string out(pdf.substr(0, header_end + 1));
  out.replace(0, 8, "%PDF-1.7");
  out.reserve(input.size() / 2);

  struct Entry {
    uint8_t type = 0;  // 0 free, 1 in file, 2 in object stream
    uint64_t field2 = 0;
    uint64_t field3 = 0;
  };
  std::vector<Entry> xref(count);
  xref[0] = {0, 0, 65535};

  for (size_t i : order) {
    const Object& o = objects[i];
    if (!o.stream) continue;
    xref[i] = {1, out.size(), 0};
    out += std::to_string(i);
    out += " 0 obj\n";
    if (o.length_ref > 0) {
      size_t at = o.dict.find("/Length " + std::to_string(o.length_ref) + " 0 R");
      out.append(o.dict.substr(0, at));
      out += "/Length " + std::to_string(o.data.size());
      out.append(o.dict.substr(at + 8 + std::to_string(o.length_ref).size() + 4));
    } else {
      out.append(o.dict);
    }
    out += "\nstream\r\n";
    out.append(o.data);
    out += "\nendstream\nendobj\n";
  }

  std::vector<size_t> packable;
  for (size_t i = 1; i < count; ++i)
    if (objects[i].in_use && !objects[i].stream && !dropped[i]) packable.push_back(i);
  uint64_t next_number = count;
  std::string head, bodies, packed;
  for (size_t k = 0; k < packable.size(); k += kObjectsPerStream) {
    size_t n = std::min(kObjectsPerStream, packable.size() - k);
    uint64_t number = next_number++;
    head.clear();
    bodies.clear();
    for (size_t j = 0; j < n; ++j) {
      size_t i = packable[k + j];
      head += std::to_string(i);
      head += ' ';
      head += std::to_string(bodies.size());
      head += ' ';
      bodies.append(objects[i].dict);
      bodies += '\n';
      xref[i] = {2, number, j};
    }
    head += '\n';
    if (!deflate(head + bodies, packed)) return fail("deflate failed");
    xref.push_back({1, out.size(), 0});
    out += std::to_string(number) + " 0 obj\n<<\n/Type /ObjStm\n/N " + std::to_string(n) + "\n/First " +
           std::to_string(head.size()) + "\n/Filter /FlateDecode\n/Length " + std::to_string(packed.size()) +
           "\n>>\nstream\r\n";
    out += packed;
    out += "\nendstream\nendobj\n";
  }

  // The cross-reference stream describes itself too.
  uint64_t xref_number = next_number++;
  xref.push_back({1, out.size(), 0});
  // Rows of 7 bytes under the PNG "Up" predictor: offsets grow steadily,
  // so the differences compress far better than the rows themselves.
  std::string rows, previous(7, '\0'), row;
  rows.reserve(xref.size() * 8);
  for (const Entry& e : xref) {
    row.clear();
    put_be(row, e.type, 1);
    put_be(row, e.field2, 4);
    put_be(row, e.field3, 2);
    rows.push_back(2);
    for (int i = 0; i < 7; ++i) rows.push_back(static_cast<char>(row[i] - previous[i]));
    previous = row;
  }
  if (!deflate(rows, packed)) return fail("deflate failed");
  size_t xref_offset = xref.back().field2;
  out += std::to_string(xref_number) + " 0 obj\n<<\n/Type /XRef\n/Size " + std::to_string(xref.size()) +
         "\n/W [ 1 4 2 ]\n/Root ";
  out.append(root);
  if (!info.empty()) out.append("\n/Info ").append(info);
  if (!id.empty()) out.append("\n/ID ").append(id);
  out += "\n/Filter /FlateDecode\n/DecodeParms << /Columns 7 /Predictor 12 >>\n/Length " +
         std::to_string(packed.size()) + "\n>>\nstream\r\n";
  out += packed;
  out += "\nendstream\nendobj\nstartxref\n" + std::to_string(xref_offset) + "\n%%EOF\n";
  return out;
}

}  // namespace pdf
