#include "kinds/annex/annex_spec.h"

namespace panelpack::annex {

SourcePos Text::at(size_t offset) const {
  SourcePos p = pos;
  if (p.line == 0) return p;
  int newlines = 0;
  size_t line_begin = 0;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++newlines;
      line_begin = i + 1;
    }
  }
  int chars = 0;  // characters (not bytes) from the start of the line
  for (size_t i = line_begin; i < offset && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++chars;
  if (block) {
    p.line += 1 + newlines;
    p.col = indent + 1 + chars;
  } else if (newlines == 0) {
    p.col += (quoted ? 1 : 0) + chars;
  } else {
    p.line += newlines;  // a folded plain scalar: the column is not known
    p.col = 0;
  }
  return p;
}

const char* id(Unit u) {
  switch (u) {
    case Unit::count: return "count";
    case Unit::percent: return "percent";
    case Unit::minutes: return "minutes";
    case Unit::pounds: return "pounds";
  }
  return "";
}

const char* id(ChartKind k) {
  switch (k) {
    case ChartKind::spc: return "spc";
    case ChartKind::line: return "line";
    case ChartKind::bar: return "bar";
    case ChartKind::combo: return "combo";
    case ChartKind::years: return "years";
  }
  return "";
}

}  // namespace panelpack::annex
