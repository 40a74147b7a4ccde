#include <findings/sheetread/sheet_error.hpp>

namespace findings::sheetread {

namespace {
std::string compose(const std::string& file, const std::string& part, const std::string& detail) {
    std::string msg = file.empty() ? std::string() : file + ": ";
    if (!part.empty()) msg += part + ": ";
    return msg + detail;
}
}  // namespace

SheetReadError::SheetReadError(SheetErrorKind kind, const std::string& file, const std::string& part,
                               const std::string& detail)
    : std::runtime_error(compose(file, part, detail)), kind_(kind), file_(file), part_(part), detail_(detail) {}

}  // namespace findings::sheetread
