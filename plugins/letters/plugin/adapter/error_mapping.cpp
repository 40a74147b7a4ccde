#include "error_mapping.hpp"

namespace letters_plugin {

using findings::docparse::ErrorCode;

findings::Error toImportError(const findings::docparse::DocparseError& e) {
    fnd_status status = FND_ERR_INVALID_INPUT;
    switch (e.code()) {
        case ErrorCode::EmptyInput:
        case ErrorCode::NotText:
        case ErrorCode::BadDocx:
        case ErrorCode::BadPdf:
        case ErrorCode::WrongFormat: status = FND_ERR_INVALID_INPUT; break;
        case ErrorCode::TooLarge: status = FND_ERR_LIMIT; break;
        // Valid files this importer cannot read: a locked PDF, or scanned pages needing OCR.
        case ErrorCode::EncryptedPdf:
        case ErrorCode::NoTextLayer: status = FND_ERR_UNSUPPORTED; break;
    }
    return findings::Error(status, std::string(e.what()) + " [" + errorCodeName(e.code()) + "]");
}

findings::Error toTaxonomyError(const std::string& cause, bool fromOption) {
    if (fromOption)
        return findings::Error(FND_ERR_BAD_OPTION, "option themes: cannot use the taxonomy: " + cause);
    // The shipped file or the user's override is broken: nothing about the input is wrong,
    // and the import cannot classify without it.
    return findings::Error(FND_ERR_IO, "cannot load the theme taxonomy: " + cause);
}

}  // namespace letters_plugin
