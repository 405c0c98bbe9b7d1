#define POINTERHOLDER_TRANSITION 4
#include "pdf/supplied_outline.h"

#include <qpdf/QPDFOutlineDocumentHelper.hh>
#include <qpdf/QPDFOutlineObjectHelper.hh>

#include <string>
#include <vector>

namespace pdf {

namespace {

using QH = QPDFObjectHandle;

// Enough for any real document; a file that claims more is cut short.
constexpr int kMaxAdopted = 10000;

struct Entry {
  std::string title;
  QH dest;  // in `out`
  std::vector<Entry> kids;
};

// Our bookmark for the appendix: the deepest (then the last) that leads to `page`.
void find_deepest(std::vector<QPDFOutlineObjectHelper> items, QPDFObjGen page, int depth, QH& best, int& best_depth) {
  for (auto& item : items) {
    QH dest = item.getDestPage();
    if (dest.isDictionary() && dest.getObjGen() == page && depth >= best_depth) {
      best = item.getObjectHandle();
      best_depth = depth;
    }
    find_deepest(item.getKids(), page, depth + 1, best, best_depth);
  }
}

// The entries of `items` whose pages were placed, their destinations moved
// to the placed pages (the same view: the page keeps its size).
std::vector<Entry> entries(std::vector<QPDFOutlineObjectHelper> items, const std::map<QPDFObjGen, QH>& placed,
                           int& budget) {
  std::vector<Entry> out;
  for (auto& item : items) {
    if (budget <= 0) break;
    std::vector<Entry> kids = entries(item.getKids(), placed, budget);
    QH page = item.getDestPage();
    auto at = page.isDictionary() ? placed.find(page.getObjGen()) : placed.end();
    if (at == placed.end()) {
      for (Entry& k : kids) out.push_back(std::move(k));
      continue;
    }
    QH view = item.getDest();
    QH dest = QH::newArray();
    dest.appendItem(at->second);
    if (view.isArray() && view.getArrayNItems() > 1 && view.getArrayItem(1).isName()) {
      for (int i = 1; i < view.getArrayNItems(); ++i) dest.appendItem(view.getArrayItem(i).shallowCopy());
    } else {
      dest.appendItem(QH::newName("/Fit"));
    }
    out.push_back({item.getTitle(), dest, std::move(kids)});
    --budget;
  }
  return out;
}

// Links `list` in as the children of `parent`, closed.
void attach(QPDF& q, QH parent, const std::vector<Entry>& list) {
  QH previous;
  for (const Entry& e : list) {
    QH item = q.makeIndirectObject(QH::newDictionary());
    item.replaceKey("/Title", QH::newUnicodeString(e.title));
    item.replaceKey("/Parent", parent);
    item.replaceKey("/Dest", e.dest);
    if (previous.isInitialized()) {
      previous.replaceKey("/Next", item);
      item.replaceKey("/Prev", previous);
    } else {
      parent.replaceKey("/First", item);
    }
    parent.replaceKey("/Last", item);
    attach(q, item, e.kids);
    previous = item;
  }
  if (!list.empty()) parent.replaceKey("/Count", QH::newInteger(-static_cast<long long>(list.size())));
}

}  // namespace

void adopt_outline(QPDF& out, QPDF& src, const std::map<QPDFObjGen, QH>& placed, QH first_page) {
  QPDFOutlineDocumentHelper theirs(src);
  if (!theirs.hasOutlines()) return;
  QPDFOutlineDocumentHelper ours(out);
  QH parent;
  int depth = -1;
  find_deepest(ours.getTopLevelOutlines(), first_page.getObjGen(), 0, parent, depth);
  if (!parent.isInitialized() || parent.hasKey("/First")) return;  // nowhere to go, or ours has children there
  int budget = kMaxAdopted;
  attach(out, parent, entries(theirs.getTopLevelOutlines(), placed, budget));
}

}  // namespace pdf
