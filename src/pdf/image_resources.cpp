#include "pdf/image_resources.h"

#include <fstream>
#include <set>
#include <sstream>

#include "pdf/hpdf_objects.h"

namespace pdf {

namespace {

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

}  // namespace

ImageResources load_images(HPDF_Doc doc, const layout::Frames& frames, panelpack::Diagnostics& diags) {
  ImageResources res;
  std::set<std::string> failed;
  for (const layout::Page& page : frames.pages) {
    for (const layout::Item& item : page.items) {
      const auto* img = std::get_if<layout::Image>(&item);
      if (!img || res.names.count(img->file) || failed.count(img->file)) continue;
      std::string bytes;
      const char* why = nullptr;
      HPDF_Image image = nullptr;
      if (!read_file(img->file, bytes)) {
        why = "cannot read the file";
      } else if (bytes.size() > 8 && bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0) {
        image = HPDF_LoadPngImageFromMem(doc, reinterpret_cast<const HPDF_BYTE*>(bytes.data()),
                                         static_cast<HPDF_UINT>(bytes.size()));
        if (!image) why = "not a PNG libharu can read";
      } else if (bytes.size() > 3 && static_cast<unsigned char>(bytes[0]) == 0xFF &&
                 static_cast<unsigned char>(bytes[1]) == 0xD8) {
        image = HPDF_LoadJpegImageFromMem(doc, reinterpret_cast<const HPDF_BYTE*>(bytes.data()),
                                          static_cast<HPDF_UINT>(bytes.size()));
        if (!image) why = "not a baseline JPEG libharu can read";
      } else {
        why = "only PNG and JPEG images can be drawn";
      }
      if (!image) {
        clear_libharu_error(doc);
        failed.insert(img->file);
        diags.warning({}, "image " + img->file + " is left out of the PDF (" + why + ")");
        continue;
      }
      std::string name = "Im" + std::to_string(res.objects.size() + 1);
      res.names.emplace(img->file, name);
      res.objects.emplace_back(name, image);
    }
  }
  return res;
}

}  // namespace pdf
