#include "pdf/structure_types.h"

namespace pdf {

const char* structure_type(layout::Role role) {
  using R = layout::Role;
  switch (role) {
    case R::Document: return "Document";
    case R::Sect: return "Sect";
    case R::Div: return "Div";
    case R::H1: return "H1";
    case R::H2: return "H2";
    case R::H3: return "H3";
    case R::H4: return "H4";
    case R::H5: return "H5";
    case R::H6: return "H6";
    case R::P: return "P";
    case R::L: return "L";
    case R::LI: return "LI";
    case R::Lbl: return "Lbl";
    case R::LBody: return "LBody";
    case R::Table: return "Table";
    case R::THead: return "THead";
    case R::TBody: return "TBody";
    case R::TR: return "TR";
    case R::TH: return "TH";
    case R::TD: return "TD";
    case R::Caption: return "Caption";
    case R::Figure: return "Figure";
    case R::Link: return "Link";
    case R::Span: return "Span";
  }
  return "Div";
}

}  // namespace pdf
