// Names of the reader error codes.
#include "findings/docparse/error.hpp"

namespace findings::docparse {

const char* errorCodeName(ErrorCode code) {
    switch (code) {
        case ErrorCode::EmptyInput: return "empty-input";
        case ErrorCode::NotText: return "not-text";
        case ErrorCode::BadDocx: return "bad-docx";
        case ErrorCode::TooLarge: return "too-large";
        case ErrorCode::BadPdf: return "bad-pdf";
        case ErrorCode::EncryptedPdf: return "encrypted-pdf";
        case ErrorCode::NoTextLayer: return "no-text-layer";
        case ErrorCode::WrongFormat: return "wrong-format";
    }
    return "unknown";
}

}  // namespace findings::docparse
