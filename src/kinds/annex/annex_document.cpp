#include "kinds/annex/annex_document.h"

#include "kinds/annex/annex_loader.h"
#include "kinds/annex/open_data.h"

namespace panelpack::annex {

std::unique_ptr<AnnexDocument> build_annex(const FileSystem& fs, const std::string& path, const std::string& shown_as,
                                           const std::string& site_root, const std::string& data_dir,
                                           const std::string& language, const MarkdownToHtml& markdown,
                                           Diagnostics& diags) {
  const int errors_before = diags.error_count();
  auto spec = load_annex_spec(fs, path, shown_as, diags);
  if (!spec) return nullptr;
  auto doc = std::make_unique<AnnexDocument>();
  doc->spec = std::move(*spec);
  doc->inputs.push_back(shown_as);
  for (const auto& [name, entry] : doc->spec.data) doc->inputs.push_back(join_path(data_dir, entry.first));
  doc->data = load_annex_data(fs, doc->spec, site_root, data_dir, diags);
  // With errors in the spec or data the figures would be incomplete or
  // meaningless: report every error found so far, compute and render nothing.
  if (diags.error_count() > errors_before) return doc;
  doc->annex = compute_annex(doc->spec, doc->data, diags);
  doc->title = annex_title(doc->annex);
  if (diags.error_count() > errors_before) return doc;
  doc->view = annex_view(doc->annex, diags, markdown);
  doc->view["lang"] = language;
  doc->open_data = open_data(doc->annex).dump(1) + "\n";
  return doc;
}

}  // namespace panelpack::annex
