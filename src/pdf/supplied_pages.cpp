#define POINTERHOLDER_TRANSITION 4
#include "pdf/supplied_pages.h"

#include <qpdf/Buffer.hh>
#include <qpdf/Pl_Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFNumberTreeObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <map>
#include <memory>
#include <set>

#include "pdf/supplied_outline.h"

namespace pdf {

namespace {

using QH = QPDFObjectHandle;

std::unique_ptr<QPDF> open_supplied(const std::string& bytes, const std::string& name, std::string* why) {
  auto q = std::make_unique<QPDF>();
  try {
    q->setSuppressWarnings(true);
    q->processMemoryFile(name.c_str(), bytes.data(), bytes.size());
    if (q->isEncrypted()) {
      *why = "it is encrypted";
      return nullptr;
    }
    // Pages often inherit /MediaBox and /Resources from the page tree; a
    // copied page takes only its own keys.
    q->pushInheritedAttributesToPage();
    if (QPDFPageDocumentHelper(*q).getAllPages().empty()) {
      *why = "it has no pages";
      return nullptr;
    }
  } catch (const QPDFExc& e) {
    *why = "qpdf could not read it: " + e.getMessageDetail();
    return nullptr;
  } catch (const std::exception& e) {
    *why = std::string("qpdf could not read it: ") + e.what();
    return nullptr;
  }
  return q;
}

int rotation(QPDFPageObjectHelper& page) {
  QH r = page.getAttribute("/Rotate", false);
  int deg = r.isInteger() ? static_cast<int>(r.getIntValue()) % 360 : 0;
  return deg < 0 ? deg + 360 : deg;
}

// Every entry of a number tree, by key.
std::map<long long, QH> entries(QPDF& q, QH tree) {
  std::map<long long, QH> out;
  if (!tree.isDictionary()) return out;
  for (auto& [k, v] : QPDFNumberTreeObjectHelper(tree, q).getAsMap()) out[k] = v;
  return out;
}

// Replaces, everywhere below `h`, references to the objects of `from` by
// those they map to (a copied supplied page by the page it now fills).
void remap(QH h, std::map<QPDFObjGen, QH>& from, std::set<QPDFObjGen>& seen) {
  if (h.isIndirect() && !seen.insert(h.getObjGen()).second) return;
  if (h.isArray()) {
    for (int i = 0; i < h.getArrayNItems(); ++i) {
      QH item = h.getArrayItem(i);
      if (item.isIndirect())
        if (auto it = from.find(item.getObjGen()); it != from.end()) {
          h.setArrayItem(i, it->second);
          continue;
        }
      remap(item, from, seen);
    }
  } else if (h.isDictionary()) {
    for (const std::string& key : h.getKeys()) {
      if (key == "/Parent" && h.isPageObject()) continue;
      QH v = h.getKey(key);
      if (v.isIndirect())
        if (auto it = from.find(v.getObjGen()); it != from.end()) {
          h.replaceKey(key, it->second);
          continue;
        }
      remap(v, from, seen);
    }
  }
}

// The page an element's content is on: its own /Pg, else its first kid's.
std::optional<QPDFObjGen> element_page(QH e, int depth = 0) {
  if (depth > 64 || !e.isDictionary()) return std::nullopt;
  if (QH pg = e.getKey("/Pg"); pg.isIndirect()) return pg.getObjGen();
  QH k = e.getKey("/K");
  if (k.isArray()) {
    for (int i = 0; i < k.getArrayNItems(); ++i)
      if (auto p = element_page(k.getArrayItem(i), depth + 1)) return p;
    return std::nullopt;
  }
  return element_page(k, depth + 1);
}

// Our structure tree, which the supplied pages' elements join.
struct Structure {
  QH root, document, parent_tree;
  std::map<long long, QH> parents;
  long long next_key = 0;

  explicit Structure(QPDF& q) {
    root = q.getRoot().getKey("/StructTreeRoot");
    if (!root.isDictionary()) return;
    QH k = root.getKey("/K");
    document = k.isArray() && k.getArrayNItems() > 0 ? k.getArrayItem(0) : k;
    parents = entries(q, root.getKey("/ParentTree"));
    for (const auto& [key, _] : parents) next_key = std::max(next_key, key + 1);
    if (QH n = root.getKey("/ParentTreeNextKey"); n.isInteger()) next_key = std::max(next_key, n.getIntValue());
  }
  bool tagged() { return document.isDictionary(); }

  // One flat number tree for every entry.
  void write(QPDF& q) {
    QH nums = QH::newArray();
    for (const auto& [key, value] : parents) {
      nums.appendItem(QH::newInteger(key));
      nums.appendItem(value);
    }
    QH tree = q.makeIndirectObject(QH::newDictionary());
    tree.replaceKey("/Nums", nums);
    root.replaceKey("/ParentTree", tree);
    root.replaceKey("/ParentTreeNextKey", QH::newInteger(next_key));
  }
};

// Moves the copied tags of one supplied file into our tree: its elements
// under our Document element, before the first of ours that starts on a
// later page; its parent tree entries under new keys.
void adopt_tags(QPDF& out, QPDF& src, Structure& ours, std::map<QPDFObjGen, QH>& placed,
                const std::map<QPDFObjGen, int>& page_index, int last_page) {
  QH theirs = src.getRoot().getKey("/StructTreeRoot");
  if (!ours.tagged() || !theirs.isDictionary()) return;
  const long long offset = ours.next_key;
  long long used = 0;
  std::set<QPDFObjGen> seen;
  for (const auto& [key, value] : entries(src, theirs.getKey("/ParentTree"))) {
    QH copy = out.copyForeignObject(value.isIndirect() ? value : src.makeIndirectObject(value));
    remap(copy, placed, seen);
    ours.parents[key + offset] = copy;
    used = std::max(used, key + 1);
  }
  ours.next_key += used;
  // The pages and their annotations point into the parent tree by key.
  for (auto [_, page] : placed) {
    if (QH s = page.getKey("/StructParents"); s.isInteger()) page.replaceKey("/StructParents", QH::newInteger(s.getIntValue() + offset));
    QH annots = page.getKey("/Annots");
    for (int i = 0; annots.isArray() && i < annots.getArrayNItems(); ++i) {
      QH a = annots.getArrayItem(i);
      if (!a.isDictionary()) continue;
      if (QH s = a.getKey("/StructParent"); s.isInteger()) a.replaceKey("/StructParent", QH::newInteger(s.getIntValue() + offset));
      a.replaceKey("/P", page);
    }
  }
  QH kids = theirs.getKey("/K");
  std::vector<QH> adopted;
  auto adopt = [&](QH kid) {
    if (!kid.isDictionary()) return;
    QH copy = out.copyForeignObject(kid.isIndirect() ? kid : src.makeIndirectObject(kid));
    remap(copy, placed, seen);
    copy.replaceKey("/P", ours.document);
    adopted.push_back(copy);
  };
  if (kids.isArray())
    for (int i = 0; i < kids.getArrayNItems(); ++i) adopt(kids.getArrayItem(i));
  else
    adopt(kids);
  // Role and class maps: theirs where ours has no entry of the name.
  for (const char* map : {"/RoleMap", "/ClassMap"}) {
    QH m = theirs.getKey(map);
    if (!m.isDictionary()) continue;
    QH mine = ours.root.getKey(map);
    if (!mine.isDictionary()) {
      mine = QH::newDictionary();
      ours.root.replaceKey(map, mine);
    }
    for (const std::string& key : m.getKeys()) {
      if (mine.hasKey(key)) continue;
      QH v = m.getKey(key);
      // A role maps to a name; a class to attribute objects, copied with their references.
      mine.replaceKey(key, v.isName() ? QH::newName(v.getName())
                                      : out.copyForeignObject(v.isIndirect() ? v : src.makeIndirectObject(v)));
    }
  }
  QH dk = ours.document.getKey("/K");
  if (!dk.isArray()) {
    QH arr = QH::newArray();
    if (!dk.isNull()) arr.appendItem(dk);
    dk = arr;
    ours.document.replaceKey("/K", dk);
  }
  int at = dk.getArrayNItems();
  for (int i = 0; i < dk.getArrayNItems(); ++i) {
    auto pg = element_page(dk.getArrayItem(i));
    auto it = pg ? page_index.find(*pg) : page_index.end();
    if (it != page_index.end() && it->second > last_page) {
      at = i;
      break;
    }
  }
  for (QH& kid : adopted) dk.insertItem(at++, kid);
}

}  // namespace

std::optional<std::vector<SuppliedSize>> supplied_page_sizes(const std::string& bytes, std::string* why) {
  auto q = open_supplied(bytes, "supplied", why);
  if (!q) return std::nullopt;
  std::vector<SuppliedSize> sizes;
  try {
    for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(*q).getAllPages()) {
      QH::Rectangle box = page.getMediaBox().getArrayAsRectangle();
      double w = box.urx - box.llx, h = box.ury - box.lly;
      if (rotation(page) % 180 == 90) std::swap(w, h);
      if (!(w > 0 && h > 0)) {
        *why = "page " + std::to_string(sizes.size() + 1) + " has no size";
        return std::nullopt;
      }
      sizes.push_back({w, h});
    }
  } catch (const std::exception& e) {
    *why = e.what();
    return std::nullopt;
  }
  return sizes;
}

bool has_supplied_pages(const layout::Frames& frames) {
  for (const auto& p : frames.pages)
    if (p.supplied) return true;
  return false;
}

std::string place_supplied_pages(const std::string& painted, const layout::Frames& frames,
                                 panelpack::Diagnostics& diags) {
  std::string naming;
  try {
    QPDF out;
    out.setSuppressWarnings(true);
    out.processMemoryFile("paper", painted.data(), painted.size());
    std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(out).getAllPages();
    if (pages.size() != frames.pages.size()) throw std::logic_error("the painted PDF has a page count of its own");
    std::map<QPDFObjGen, int> page_index;
    for (size_t i = 0; i < pages.size(); ++i) page_index[pages[i].getObjectHandle().getObjGen()] = static_cast<int>(i);
    Structure structure(out);

    // The supplied files in the order their pages come, each opened once.
    struct Source {
      std::unique_ptr<QPDF> q;
      std::vector<QPDFPageObjectHelper> pages;
      std::map<QPDFObjGen, QH> placed;  // copied page -> the page it fills
      std::map<QPDFObjGen, QH> placed_from;  // its own page -> the page it fills
      QH first_page;                         // where the first of its pages went
      int last_page = 0;
    };
    std::map<const std::string*, Source> sources;
    std::vector<const std::string*> order;
    for (size_t i = 0; i < frames.pages.size(); ++i) {
      const auto& s = frames.pages[i].supplied;
      if (!s) continue;
      naming = s->name;
      Source& src = sources[s->pdf.get()];
      if (!src.q) {
        std::string why;
        src.q = open_supplied(*s->pdf, s->name, &why);
        if (!src.q) {
          diags.error({s->name, 0, 0}, "failed to place the appendix " + s->name + " (" + why + ")",
                      "supply the appendix as an unencrypted PDF");
          return {};
        }
        src.pages = QPDFPageDocumentHelper(*src.q).getAllPages();
        order.push_back(s->pdf.get());
      }
      if (s->index < 0 || static_cast<size_t>(s->index) >= src.pages.size())
        throw std::logic_error("a supplied page beyond the end of " + s->name);
      QPDFPageObjectHelper target = pages[i];
      // Our margin boxes, as a form to lay over the supplied page (its
      // content read now: the page is about to become the supplied one).
      Pl_Buffer content("margin boxes");
      target.pipeContents(&content);
      auto data = content.getBufferSharedPointer();
      QH stamp = QH::newStream(&out, std::string(reinterpret_cast<const char*>(data->getBuffer()), data->getSize()));
      stamp.getDict().replaceKey("/Type", QH::newName("/XObject"));
      stamp.getDict().replaceKey("/Subtype", QH::newName("/Form"));
      stamp.getDict().replaceKey("/BBox", target.getMediaBox().shallowCopy());
      stamp.getDict().replaceKey("/Resources", target.getAttribute("/Resources", false));
      QH copy = out.copyForeignObject(src.pages[static_cast<size_t>(s->index)].getObjectHandle());
      QH t = target.getObjectHandle();
      for (const std::string& key : t.getKeys())
        if (key != "/Type" && key != "/Parent") t.removeKey(key);
      for (const std::string& key : copy.getKeys())
        if (key != "/Type" && key != "/Parent") t.replaceKey(key, copy.getKey(key));
      if (!structure.tagged()) t.removeKey("/StructParents");
      src.placed[copy.getObjGen()] = t;
      src.placed_from[src.pages[static_cast<size_t>(s->index)].getObjectHandle().getObjGen()] = t;
      if (!src.first_page.isInitialized()) src.first_page = t;
      src.last_page = static_cast<int>(i);

      QPDFPageObjectHelper page(t);
      QH resources = page.getAttribute("/Resources", true);
      if (!resources.isDictionary()) {
        resources = QH::newDictionary();
        t.replaceKey("/Resources", resources);
      }
      QH xobjects = resources.getKey("/XObject");
      if (!xobjects.isDictionary()) {
        xobjects = QH::newDictionary();
        resources.replaceKey("/XObject", xobjects);
      }
      std::string name = "/PanelpackMargin";
      while (xobjects.hasKey(name)) name += "X";
      xobjects.replaceKey(name, stamp);
      const std::string place = page.placeFormXObject(stamp, name, page.getMediaBox().getArrayAsRectangle());
      // The supplied page's own state cannot leak into our margin boxes.
      page.addPageContents(QH::newStream(&out, "q\n"), true);
      page.addPageContents(QH::newStream(&out, "Q\n" + place + "\n"), false);
    }
    for (const std::string* key : order) {
      Source& src = sources[key];
      adopt_tags(out, *src.q, structure, src.placed, page_index, src.last_page);
      // A link elsewhere in the supplied file that pointed at one of its pages follows it.
      std::set<QPDFObjGen> seen;
      for (auto [_, page] : src.placed) remap(page, src.placed, seen);
      adopt_outline(out, *src.q, src.placed_from, src.first_page);
    }
    if (structure.tagged()) structure.write(out);

    QPDFWriter w(out);
    w.setOutputMemory();
    w.setObjectStreamMode(qpdf_o_generate);
    w.setDecodeLevel(qpdf_dl_none);
    w.setCompressStreams(true);
    w.setDeterministicID(true);
    w.write();
    auto buffer = w.getBufferSharedPointer();
    return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
  } catch (const std::exception& e) {
    diags.error({naming, 0, 0}, "failed to place the appendix " + naming + " (" + e.what() + ")",
                "check that the file opens in a PDF reader, or supply it again");
    return {};
  }
}

}  // namespace pdf
