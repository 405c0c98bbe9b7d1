#include "render/paper.h"

#include <set>

#include "core/paper_subset.h"
#include "core/site_path.h"
#include "core/utf8.h"
#include "render/template_engine.h"

namespace panelpack {

Paper parse_paper(std::string html, const std::string& template_file, const std::string& for_file,
                  Diagnostics& diags) {
  Paper paper;
  // pugixml takes any bytes, but layout's line breaking needs UTF-8: a
  // template or data file saved in another encoding stops here.
  if (auto bad = first_invalid_utf8(html)) {
    SourcePos at = position_in(template_file, html, *bad);
    diags.error({template_file, 0, 0},
                "the template produced markup that is not UTF-8 for " + for_file + " (output line " +
                    std::to_string(at.line) + ", column " + std::to_string(at.col) + ")",
                "save templates and data files as UTF-8");
    return paper;
  }
  auto doc = std::make_unique<pugi::xml_document>();
  pugi::xml_parse_result result = doc->load_buffer(html.data(), html.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
  if (!result) {
    SourcePos at = position_in(template_file, html, static_cast<size_t>(result.offset));
    diags.error({template_file, 0, 0},
                "the template produced malformed markup for " + for_file + " (" + result.description() +
                    " at output line " + std::to_string(at.line) + ")",
                "close every element the template opens, and write empty elements as <br />");
    return paper;
  }
  bool ok = true;
  struct Walker : pugi::xml_tree_walker {
    std::vector<std::pair<std::string, ptrdiff_t>> bad;
    ptrdiff_t too_deep = -1;  // offset of the first element nested deeper than kMaxPaperDepth
    bool for_each(pugi::xml_node& node) override {
      if (node.type() != pugi::node_element) return true;
      if (paper_kind(node.name()) == PaperKind::unknown) bad.emplace_back(node.name(), node.offset_debug());
      if (depth() >= kMaxPaperDepth && too_deep < 0) too_deep = node.offset_debug();
      return true;
    }
  } walker;
  doc->traverse(walker);
  if (walker.too_deep >= 0) {
    SourcePos at = position_in(template_file, html, static_cast<size_t>(walker.too_deep));
    diags.error({template_file, 0, 0},
                "the paper for " + for_file + " nests elements more than " + std::to_string(kMaxPaperDepth) +
                    " deep (output line " + std::to_string(at.line) + ")",
                "nest lists in the content, or elements in the template, less deeply");
    return paper;
  }
  for (const auto& [name, offset] : walker.bad) {
    SourcePos at = position_in(template_file, html, static_cast<size_t>(offset));
    diags.error({template_file, 0, 0},
                "the template produced <" + name + "> for " + for_file + " (not in the paper subset, output line " +
                    std::to_string(at.line) + ")",
                "use the elements listed in docs/templates.md");
    ok = false;
  }
  if (!ok) return paper;
  paper.html = std::move(html);
  paper.template_file = template_file;
  paper.doc = std::move(doc);
  return paper;
}

void check_images(const Paper& paper, const FileSystem& fs, const std::string& site_root, const std::string& for_file,
                  Diagnostics& diags) {
  if (!paper.doc) return;
  for (const auto& x : paper.doc->select_nodes("//img")) {
    const std::string src = x.node().attribute("src").value();
    std::string lower = src;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const bool raster = lower.ends_with(".png") || lower.ends_with(".jpg") || lower.ends_with(".jpeg");
    const int line = position_in(paper.template_file, paper.html, static_cast<size_t>(x.node().offset_debug())).line;
    if (!raster) {
      diags.error({paper.template_file, 0, 0},
                  "the template produced an image " + src + " for " + for_file + " (not a PNG or JPEG file, output line " +
                      std::to_string(line) + ")",
                  "convert the image to PNG or JPEG");
    } else if (SitePath where = resolve_site_path(fs, site_root, src, "the site folder"); !where) {
      // The build copies each image into the output: nothing from outside the site.
      diags.error({paper.template_file, 0, 0},
                  "the template produced an image " + src + " for " + for_file + " (" + where.error +
                      ", output line " + std::to_string(line) + ")",
                  "image paths are relative to the folder holding panelpack.yaml, and stay inside it");
    } else if (!fs.is_file(join_path(site_root, src))) {
      diags.error({paper.template_file, 0, 0},
                  "the template produced an image " + src + " for " + for_file + " (no such file in the site, output line " +
                      std::to_string(line) + ")",
                  "image paths are relative to the folder holding panelpack.yaml");
    }
  }
}

}  // namespace panelpack
