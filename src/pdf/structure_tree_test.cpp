#include "pdf/structure_tree.h"

#include <doctest/doctest.h>

namespace {

using layout::Role;

layout::StructNode node(Role role, int parent) {
  layout::StructNode n;
  n.role = role;
  n.parent = parent;
  return n;
}

// "e3" = element 3, "c0" = marked content 0, "a0" = annotation 0.
std::string describe(const std::vector<pdf::StructKid>& kids) {
  std::string out;
  for (const auto& k : kids) {
    if (!out.empty()) out += " ";
    out += k.kind == pdf::StructKid::element ? "e" : k.kind == pdf::StructKid::content ? "c" : "a";
    out += std::to_string(k.index);
  }
  return out;
}

}  // namespace

TEST_CASE("a child element sits where its first content appears among the parent's own") {
  // 0 Document, 1 P, 2 Link inside the P: "See [link] for details".
  std::vector<layout::StructNode> nodes = {node(Role::Document, -1), node(Role::P, 0), node(Role::Link, 1)};
  std::vector<pdf::MarkedContentRef> content = {{0, 0, 1}, {0, 1, 2}, {0, 2, 1}};
  std::vector<pdf::TaggedAnnotation> annots = {{0, nullptr, 2}};
  auto kids = pdf::structure_kids(nodes, content, annots);
  CHECK(describe(kids[0]) == "e1");
  CHECK(describe(kids[1]) == "c0 e2 c2");
  CHECK(describe(kids[2]) == "c1 a0");
}

TEST_CASE("an empty table cell keeps its place in the row") {
  // 0 Document, 1 TR, 2 TD (empty), 3 TD, 4 TD (empty).
  std::vector<layout::StructNode> nodes = {
      node(Role::Document, -1), node(Role::TR, 0), node(Role::TD, 1), node(Role::TD, 1), node(Role::TD, 1)};
  std::vector<pdf::MarkedContentRef> content = {{0, 0, 3}};
  auto kids = pdf::structure_kids(nodes, content, {});
  CHECK(describe(kids[1]) == "e2 e3 e4");
}

TEST_CASE("content continued on the next page stays in page order") {
  std::vector<layout::StructNode> nodes = {node(Role::Document, -1), node(Role::P, 0), node(Role::P, 0)};
  std::vector<pdf::MarkedContentRef> content = {{0, 0, 1}, {0, 1, 2}, {1, 0, 2}, {1, 1, 1}};
  auto kids = pdf::structure_kids(nodes, content, {});
  CHECK(describe(kids[1]) == "c0 c3");
  CHECK(describe(kids[2]) == "c1 c2");
}

TEST_CASE("a node with a bad parent hangs from the root") {
  std::vector<layout::StructNode> nodes = {node(Role::Document, -1), node(Role::P, 7), node(Role::P, 2)};
  auto kids = pdf::structure_kids(nodes, {}, {});
  CHECK(describe(kids[0]) == "e1 e2");
}

TEST_CASE("empty elements are left out of the tree, except rows and cells of a table with content") {
  // 0 Document, 1 H1 (empty), 2 P, 3 Link (annotation only), 4 L (empty) > 5 LI > 6 LBody,
  // 7 Table > 8 TR > 9 TD (empty), 10 TD; 11 Table (empty) > 12 TR > 13 TD; 14 Figure (empty).
  std::vector<layout::StructNode> nodes = {
      node(Role::Document, -1), node(Role::H1, 0),   node(Role::P, 0),     node(Role::Link, 2),
      node(Role::L, 0),         node(Role::LI, 4),   node(Role::LBody, 5), node(Role::Table, 0),
      node(Role::TR, 7),        node(Role::TD, 8),   node(Role::TD, 8),    node(Role::Table, 0),
      node(Role::TR, 11),       node(Role::TD, 12),  node(Role::Figure, 0)};
  std::vector<std::vector<layout::StructId>> mcids = {{2, 10}};
  std::vector<pdf::TaggedAnnotation> annots = {{0, nullptr, 3}};
  auto map = pdf::kept_elements(nodes, mcids, annots);
  std::vector<layout::StructId> want = {0, -1, 1, 2, -1, -1, -1, 3, 4, 5, 6, -1, -1, -1, -1};
  CHECK(map == want);
}
