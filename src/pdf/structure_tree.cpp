#include "pdf/structure_tree.h"

#include <limits>

#include "pdf/hpdf_objects.h"
#include "pdf/search_tree.h"
#include "pdf/structure_types.h"

namespace pdf {

namespace {

int parent_of(const std::vector<layout::StructNode>& nodes, int i) {
  int p = nodes[i].parent;
  return p >= 0 && p < i ? p : 0;
}

}  // namespace

std::vector<std::vector<StructKid>> structure_kids(
    const std::vector<layout::StructNode>& nodes, const std::vector<MarkedContentRef>& content,
    const std::vector<TaggedAnnotation>& annotations) {
  const size_t n = nodes.size();
  constexpr double kNone = std::numeric_limits<double>::infinity();
  // Own content of each node with its position in reading order.
  struct Own {
    double seq;
    StructKid kid;
  };
  std::vector<std::vector<Own>> own(n);
  for (size_t c = 0; c < content.size(); ++c)
    own[content[c].node].push_back({static_cast<double>(c), {StructKid::content, static_cast<int>(c)}});
  for (size_t a = 0; a < annotations.size(); ++a) {
    auto& list = own[annotations[a].node];
    double seq = list.empty() ? kNone : list.back().seq + 0.5;
    list.push_back({seq, {StructKid::annotation, static_cast<int>(a)}});
  }
  // First content position in each subtree (parents come before children).
  std::vector<double> first(n, kNone);
  for (size_t i = 0; i < n; ++i)
    for (const Own& o : own[i]) first[i] = std::min(first[i], o.seq);
  for (size_t i = n; i-- > 1;) {
    int p = parent_of(nodes, static_cast<int>(i));
    first[p] = std::min(first[p], first[i]);
  }
  std::vector<std::vector<int>> children(n);
  for (size_t i = 1; i < n; ++i) children[parent_of(nodes, static_cast<int>(i))].push_back(static_cast<int>(i));

  std::vector<std::vector<StructKid>> kids(n);
  for (size_t i = 0; i < n; ++i) {
    const auto& ch = children[i];
    // An empty child takes the key of the next sibling with content.
    std::vector<double> key(ch.size(), kNone);
    double next = kNone;
    for (size_t k = ch.size(); k-- > 0;) {
      if (first[ch[k]] != kNone) next = first[ch[k]];
      key[k] = first[ch[k]] != kNone ? first[ch[k]] : next;
    }
    size_t a = 0, b = 0;
    const auto& mine = own[i];
    while (a < ch.size() || b < mine.size()) {
      bool take_child = b >= mine.size() || (a < ch.size() && key[a] <= mine[b].seq);
      if (take_child)
        kids[i].push_back({StructKid::element, ch[a++]});
      else
        kids[i].push_back(mine[b++].kid);
    }
  }
  return kids;
}

void write_structure_tree(HPDF_Doc doc, const std::vector<layout::StructNode>& input_nodes,
                          const std::vector<HPDF_Page>& pages,
                          const std::vector<std::vector<layout::StructId>>& page_mcids,
                          const std::vector<TaggedAnnotation>& annotations,
                          const std::string& language) {
  std::vector<layout::StructNode> nodes = input_nodes;
  if (nodes.empty()) nodes.push_back({layout::Role::Document, layout::kArtifact, "", "", ""});

  std::vector<MarkedContentRef> content;
  for (size_t p = 0; p < page_mcids.size(); ++p)
    for (size_t m = 0; m < page_mcids[p].size(); ++m)
      content.push_back({static_cast<int>(p), static_cast<int>(m), page_mcids[p][m]});
  auto kids = structure_kids(nodes, content, annotations);

  HPDF_Dict root = new_object(doc);
  std::vector<HPDF_Dict> elems(nodes.size());
  for (size_t i = 0; i < nodes.size(); ++i) elems[i] = new_object(doc);

  for (size_t i = 0; i < nodes.size(); ++i) {
    const layout::StructNode& node = nodes[i];
    HPDF_Dict e = elems[i];
    // /Type /StructElem is optional; there is one element per paragraph
    // and table cell, so it is left out.
    HPDF_Dict_AddName(e, "S", structure_type(node.role));
    HPDF_Dict_Add(e, "P", i == 0 ? root : elems[parent_of(nodes, static_cast<int>(i))]);
    if (!node.alt.empty()) HPDF_Dict_Add(e, "Alt", text_string(doc, node.alt));
    if (!node.lang.empty() && node.lang != language) HPDF_Dict_Add(e, "Lang", byte_string(doc, node.lang));
    if ((node.role == layout::Role::TH || node.role == layout::Role::TD) &&
        (!node.scope.empty() || node.col_span > 1)) {
      HPDF_Dict attrs = HPDF_Dict_New(doc->mmgr);
      HPDF_Dict_AddName(attrs, "O", "Table");
      if (!node.scope.empty() && node.role == layout::Role::TH) HPDF_Dict_AddName(attrs, "Scope", node.scope.c_str());
      if (node.col_span > 1) HPDF_Dict_AddNumber(attrs, "ColSpan", node.col_span);
      HPDF_Dict_Add(e, "A", attrs);
    }
    // /Pg: the page of the element's first marked content, so most MCRs can
    // be bare integers.
    int pg = -1;
    for (const StructKid& k : kids[i])
      if (k.kind == StructKid::content) {
        pg = content[k.index].page;
        break;
      }
    if (pg >= 0) HPDF_Dict_Add(e, "Pg", pages[pg]);
    HPDF_Array k_array = HPDF_Array_New(doc->mmgr);
    for (const StructKid& k : kids[i]) {
      if (k.kind == StructKid::element) {
        HPDF_Array_Add(k_array, elems[k.index]);
      } else if (k.kind == StructKid::content) {
        const MarkedContentRef& c = content[k.index];
        if (c.page == pg) {
          HPDF_Array_AddNumber(k_array, c.mcid);
        } else {
          HPDF_Dict mcr = HPDF_Dict_New(doc->mmgr);
          HPDF_Dict_AddName(mcr, "Type", "MCR");
          HPDF_Dict_Add(mcr, "Pg", pages[c.page]);
          HPDF_Dict_AddNumber(mcr, "MCID", c.mcid);
          HPDF_Array_Add(k_array, mcr);
        }
      } else {
        const TaggedAnnotation& a = annotations[k.index];
        HPDF_Dict objr = HPDF_Dict_New(doc->mmgr);
        HPDF_Dict_AddName(objr, "Type", "OBJR");
        HPDF_Dict_Add(objr, "Obj", a.annot);
        HPDF_Dict_Add(objr, "Pg", pages[a.page]);
        HPDF_Array_Add(k_array, objr);
      }
    }
    HPDF_Dict_Add(e, "K", k_array);
  }

  // Parent tree: one key per page with marked content, then one per
  // tagged annotation.
  std::vector<std::pair<int, void*>> entries;
  int key = 0;
  for (size_t p = 0; p < page_mcids.size(); ++p) {
    if (page_mcids[p].empty()) continue;
    HPDF_Array a = HPDF_Array_New(doc->mmgr);
    for (layout::StructId id : page_mcids[p]) HPDF_Array_Add(a, elems[id]);
    HPDF_Dict_AddNumber(pages[p], "StructParents", key);
    entries.emplace_back(key++, a);
  }
  for (const TaggedAnnotation& a : annotations) {
    HPDF_Dict_AddNumber(a.annot, "StructParent", key);
    entries.emplace_back(key++, elems[a.node]);
  }

  HPDF_Dict_AddName(root, "Type", "StructTreeRoot");
  HPDF_Dict_Add(root, "K", elems[0]);
  HPDF_Dict_Add(root, "ParentTree", number_tree(doc, std::move(entries)));
  HPDF_Dict_AddNumber(root, "ParentTreeNextKey", key);
  HPDF_Dict_Add(doc->catalog, "StructTreeRoot", root);

  HPDF_Dict mark_info = HPDF_Dict_New(doc->mmgr);
  HPDF_Dict_AddBoolean(mark_info, "Marked", HPDF_TRUE);
  HPDF_Dict_Add(doc->catalog, "MarkInfo", mark_info);
}

}  // namespace pdf
