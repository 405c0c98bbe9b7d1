#include "pdf/structure_tree.h"

#include <limits>
#include <map>

#include "pdf/content_stream.h"
#include "pdf/hpdf_objects.h"
#include "pdf/search_tree.h"
#include "pdf/structure_types.h"

namespace pdf {

namespace {

int parent_of(const std::vector<layout::StructNode>& nodes, int i) {
  int p = nodes[i].parent;
  return p >= 0 && p < i ? p : 0;
}

bool table_part(layout::Role r) {
  using layout::Role;
  return r == Role::THead || r == Role::TBody || r == Role::TR || r == Role::TH || r == Role::TD ||
         r == Role::Caption;
}

}  // namespace

std::vector<layout::StructId> kept_elements(const std::vector<layout::StructNode>& nodes,
                                            const std::vector<std::vector<layout::StructId>>& page_mcids,
                                            const std::vector<TaggedAnnotation>& annotations) {
  const size_t n = nodes.size();
  std::vector<char> full(n, 0);
  for (const auto& page : page_mcids)
    for (layout::StructId id : page)
      if (id >= 0 && static_cast<size_t>(id) < n) full[id] = 1;
  for (const TaggedAnnotation& a : annotations)
    if (a.node >= 0 && static_cast<size_t>(a.node) < n) full[a.node] = 1;
  for (size_t i = n; i-- > 1;)
    if (full[i]) full[parent_of(nodes, static_cast<int>(i))] = 1;
  std::vector<layout::StructId> map(n, -1);
  std::vector<char> keep(n, 0);
  layout::StructId next = 0;
  for (size_t i = 0; i < n; ++i) {
    int p = parent_of(nodes, static_cast<int>(i));
    // A row or cell inside a table with content is kept for the grid.
    bool grid = table_part(nodes[i].role) && i > 0 && keep[p] &&
                (nodes[p].role == layout::Role::Table || table_part(nodes[p].role));
    keep[i] = i == 0 || (keep[p] && (full[i] || grid));
    if (keep[i]) map[i] = next++;
  }
  return map;
}

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
                          const std::vector<std::vector<layout::StructId>>& input_mcids,
                          const std::vector<TaggedAnnotation>& input_annotations,
                          const std::string& language, const std::map<layout::StructId, Box>& input_boxes) {
  std::vector<layout::StructNode> nodes;
  std::vector<TaggedAnnotation> annotations = input_annotations;
  std::vector<std::vector<layout::StructId>> page_mcids = input_mcids;
  std::map<layout::StructId, Box> boxes;
  if (input_nodes.empty()) {
    nodes.emplace_back();
    nodes.back().role = layout::Role::Document;
  } else {
    // Empty elements are left out; the rest are numbered anew.
    std::vector<layout::StructId> map = kept_elements(input_nodes, input_mcids, input_annotations);
    auto to = [&](layout::StructId id) { return id >= 0 && static_cast<size_t>(id) < map.size() ? map[id] : 0; };
    for (size_t i = 0; i < input_nodes.size(); ++i) {
      if (map[i] < 0) continue;
      nodes.push_back(input_nodes[i]);
      nodes.back().parent = i == 0 ? input_nodes[i].parent : to(parent_of(input_nodes, static_cast<int>(i)));
    }
    for (auto& page : page_mcids)
      for (layout::StructId& id : page) id = to(id);
    for (TaggedAnnotation& a : annotations) a.node = to(a.node);
    for (const auto& [id, box] : input_boxes)
      if (to(id) > 0) boxes.emplace(to(id), box);
  }

  std::vector<MarkedContentRef> content;
  for (size_t p = 0; p < page_mcids.size(); ++p)
    for (size_t m = 0; m < page_mcids[p].size(); ++m)
      content.push_back({static_cast<int>(p), static_cast<int>(m), page_mcids[p][m]});
  auto kids = structure_kids(nodes, content, annotations);

  HPDF_Dict root = new_object(doc);
  std::vector<HPDF_Dict> elems(nodes.size());
  for (size_t i = 0; i < nodes.size(); ++i) elems[i] = new_raw_object(doc);

  // Elements are written as raw dictionaries (there are tens of thousands
  // in a long pack). /Type /StructElem is optional and left out.
  std::string body;
  for (size_t i = 0; i < nodes.size(); ++i) {
    const layout::StructNode& node = nodes[i];
    body.clear();
    body.append("/S /").append(structure_type(node.role));
    body.append("\n/P ").append(reference(i == 0 ? root : elems[parent_of(nodes, static_cast<int>(i))]));
    if (!node.alt.empty()) body.append("\n/Alt ").append(text_string_syntax(node.alt));
    if (!node.lang.empty() && node.lang != language) body.append("\n/Lang ").append(byte_string_syntax(node.lang));
    if ((node.role == layout::Role::TH || node.role == layout::Role::TD) &&
        (!node.scope.empty() || node.col_span > 1)) {
      body.append("\n/A << /O /Table");
      if (!node.scope.empty() && node.role == layout::Role::TH) body.append(" /Scope /").append(node.scope);
      if (node.col_span > 1) body.append(" /ColSpan ").append(std::to_string(node.col_span));
      body.append(" >>");
    }
    auto box = boxes.find(static_cast<layout::StructId>(i));
    if (node.role == layout::Role::Figure && box != boxes.end())
      body.append("\n/A << /O /Layout /Placement /Block /BBox [")
          .append(format_number(box->second.x0)).append(" ").append(format_number(box->second.y0)).append(" ")
          .append(format_number(box->second.x1)).append(" ").append(format_number(box->second.y1)).append("] >>");
    // /Pg: the page of the element's first marked content, so most MCRs can
    // be bare integers.
    int pg = -1;
    for (const StructKid& k : kids[i])
      if (k.kind == StructKid::content) {
        pg = content[k.index].page;
        break;
      }
    if (pg >= 0) body.append("\n/Pg ").append(reference(pages[pg]));
    // A lone kid needs no array: "/K 3" (most paragraphs and cells).
    bool array = kids[i].size() != 1;
    body.append(array ? "\n/K [" : "\n/K");
    for (const StructKid& k : kids[i]) {
      body.push_back(' ');
      if (k.kind == StructKid::element) {
        body.append(reference(elems[k.index]));
      } else if (k.kind == StructKid::content) {
        const MarkedContentRef& c = content[k.index];
        if (c.page == pg)
          body.append(std::to_string(c.mcid));
        else
          body.append("<< /Type /MCR /Pg ").append(reference(pages[c.page])).append(" /MCID ")
              .append(std::to_string(c.mcid)).append(" >>");
      } else {
        const TaggedAnnotation& a = annotations[k.index];
        body.append("<< /Type /OBJR /Obj ").append(reference(a.annot)).append(" /Pg ")
            .append(reference(pages[a.page])).append(" >>");
      }
    }
    body.append(array ? " ]\n" : "\n");
    set_raw_body(elems[i], body);
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
