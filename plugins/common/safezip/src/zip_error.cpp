#include <findings/safezip/zip_error.hpp>

namespace findings::safezip {

namespace {
std::string compose(const std::string& archive, const std::string& detail) {
    return archive.empty() ? detail : archive + ": " + detail;
}
}  // namespace

ZipError::ZipError(ZipErrorKind kind, const std::string& archive, const std::string& entry,
                   const std::string& detail)
    : std::runtime_error(compose(archive, detail)),
      kind_(kind),
      archive_(archive),
      entry_(entry),
      detail_(detail) {}

}  // namespace findings::safezip
