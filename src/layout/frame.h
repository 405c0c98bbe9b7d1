#pragma once
// The result of layout and the input of the PDF painter: pages of positioned
// items. Units are PDF points; the origin is the top-left corner of the page
// and y grows downwards (the painter flips it). Only src/pdf includes hpdf.h.
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace layout {

struct Color {
  double r = 0, g = 0, b = 0;  // 0..1
  bool operator==(const Color&) const = default;
};

struct FontSpec {
  std::string family = "Liberation Sans";
  bool bold = false;
  bool italic = false;
  bool operator==(const FontSpec&) const = default;
};

// Index into Frames::structure; kArtifact marks page furniture (headers,
// footers, padding notices, decorative rules) that is not part of the text.
using StructId = int;
inline constexpr StructId kArtifact = -1;

struct TextRun {
  double x = 0, y = 0;  // start of the baseline
  std::string text;     // UTF-8
  FontSpec font;
  double size = 11;
  Color color;
  StructId tag = kArtifact;
  // The line breaks after this run where the text has a space (or a <br>):
  // the PDF keeps a space there, so text read through the tags keeps its words apart.
  bool space_after = false;
};

struct Stroke {
  Color color;
  double width = 1;
  std::vector<double> dash;  // empty = solid
  double opacity = 1;
};

struct Fill {
  Color color;
  double opacity = 1;
};

struct Rect {
  double x = 0, y = 0, w = 0, h = 0;
  std::optional<Fill> fill;
  std::optional<Stroke> stroke;
  StructId tag = kArtifact;
};

struct PathOp {
  enum Kind { move, line, curve, close } kind = move;
  double x = 0, y = 0;               // end point (move, line, curve)
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;  // control points (curve)
};

struct Path {
  std::vector<PathOp> ops;  // absolute page coordinates
  std::optional<Fill> fill;
  std::optional<Stroke> stroke;
  StructId tag = kArtifact;
};

struct Image {
  double x = 0, y = 0, w = 0, h = 0;
  std::string file;  // resolved path of a PNG or JPEG
  StructId tag = kArtifact;
};

using Item = std::variant<TextRun, Rect, Path, Image>;

struct Link {
  double x = 0, y = 0, w = 0, h = 0;
  std::string uri;   // external target, or
  std::string dest;  // internal destination name (an element id)
  StructId tag = kArtifact;  // the Link structure element it belongs to
  std::string text;  // the link's whole text, on all its lines (the annotation's /Contents)
};

struct Destination {
  std::string name;  // element id
  int page = 0;      // index into Frames::pages
  double y = 0;
};

struct Bookmark {
  int level = 1;     // 1 = top
  std::string title;
  int page = 0;
  double y = 0;
};

// Structure roles of the tagged PDF (ISO 32000 standard structure types).
enum class Role {
  Document, Sect, Div, H1, H2, H3, H4, H5, H6, P, L, LI, Lbl, LBody,
  Table, THead, TBody, TR, TH, TD, Caption, Figure, Link, Span
};
const char* role_name(Role role);

struct StructNode {
  Role role = Role::Div;
  StructId parent = kArtifact;  // kArtifact for the root (Document)
  std::string alt;              // Figure alternative text
  std::string lang;             // only where it differs from the document's
  std::string id;               // element id, for links and destinations
  std::string scope;            // TH only: "Column", "Row" or "Both" (the /Scope attribute)
  int col_span = 1;             // TH and TD: columns spanned (the /ColSpan attribute)
};

// A page whose content is a page of a PDF supplied by others (an
// inspectorate's report): layout leaves it empty but for the margin boxes,
// which number it with the rest, and the PDF stage puts the supplied page
// under them (pdf/supplied_pages.h).
struct SuppliedPage {
  std::shared_ptr<const std::string> pdf;  // the supplied file's bytes
  int index = 0;                           // its page, from 0
  std::string name;                        // for messages: "meetings/2020-02-20-panel/hmicfrs.pdf"
};

struct Page {
  double width = 595.28, height = 841.89;  // A4
  std::vector<Item> items;  // in reading/painting order
  std::vector<Link> links;
  std::shared_ptr<const SuppliedPage> supplied;  // set on a supplied page's place
};

struct Frames {
  std::vector<Page> pages;
  std::vector<Bookmark> bookmarks;  // in document order
  std::vector<Destination> destinations;
  std::vector<StructNode> structure;  // [0] is the Document root
};

// A readable dump, one item per line ("page 1 text 56.7,72.0 'Agenda'"),
// used by the layout tests.
std::string dump(const Frames& frames);

}  // namespace layout
