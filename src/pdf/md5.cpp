#include "pdf/md5.h"

#include <qpdf/QPDFCryptoImpl.hh>
#include <qpdf/QPDFCryptoProvider.hh>

namespace pdf {

std::array<uint8_t, 16> md5(std::string_view data) {
  auto impl = QPDFCryptoProvider::getImpl();
  impl->MD5_init();
  impl->MD5_update(reinterpret_cast<const unsigned char*>(data.data()), data.size());
  impl->MD5_finalize();
  QPDFCryptoImpl::MD5_Digest digest;
  impl->MD5_digest(digest);
  std::array<uint8_t, 16> out;
  for (int i = 0; i < 16; ++i) out[i] = digest[i];
  return out;
}

std::string subset_tag(std::string_view data) {
  auto d = md5(data);
  std::string tag;
  for (int i = 0; i < 6; ++i) tag.push_back(static_cast<char>('A' + d[i] % 26));
  return tag;
}

}  // namespace pdf
