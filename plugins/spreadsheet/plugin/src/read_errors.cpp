#include "read_errors.hpp"

#include <findings/safezip/zip_error.hpp>
#include <findings/sheetread/sheet_error.hpp>
#include <findings/text/text_error.hpp>

namespace spreadsheet {

void translateReadErrors(const std::function<void()>& body) {
    using findings::Error;
    try {
        body();
    } catch (const findings::safezip::ZipError& e) {
        using K = findings::safezip::ZipErrorKind;
        switch (e.kind()) {
        case K::Io: throw Error(FND_ERR_IO, e.what());
        case K::Bomb:
        case K::TooManyEntries: throw Error(FND_ERR_LIMIT, e.what());
        case K::OleCompound:
        case K::Encrypted:
        case K::Unsupported: throw Error(FND_ERR_UNSUPPORTED, e.what());
        default: throw Error(FND_ERR_INVALID_INPUT, e.what());
        }
    } catch (const findings::sheetread::SheetReadError& e) {
        using K = findings::sheetread::SheetErrorKind;
        switch (e.kind()) {
        case K::Io: throw Error(FND_ERR_IO, e.what());
        case K::LimitExceeded: throw Error(FND_ERR_LIMIT, e.what());
        case K::MissingSheet: throw Error(FND_ERR_BAD_OPTION, e.what());
        case K::UnknownEncoding: throw Error(FND_ERR_UNSUPPORTED, e.what());
        default: throw Error(FND_ERR_INVALID_INPUT, e.what());
        }
    } catch (const findings::text::TextDecodeError& e) {
        throw Error(FND_ERR_INVALID_INPUT, e.what());
    }
}

}  // namespace spreadsheet
