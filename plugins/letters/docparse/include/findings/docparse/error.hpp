// The one exception type the readers and the parser throw, with a code a plugin can map
// to a diagnostic.
#pragma once

#include <stdexcept>
#include <string>

namespace findings::docparse {

/// Why a document could not be read.
enum class ErrorCode {
    EmptyInput,    ///< no bytes, or nothing but white space
    NotText,       ///< binary content where text was expected
    BadDocx,       ///< not a readable Word .docx (zip or XML damaged, part missing)
    TooLarge,      ///< an inflated part or the whole input exceeds the reader's cap
    BadPdf,        ///< not a readable PDF
    EncryptedPdf,  ///< the PDF is locked with a password
    NoTextLayer,   ///< a PDF without extractable text (scanned pages)
    WrongFormat,   ///< the bytes are another kind of file than the reader's ("is an HTML document, not a PDF")
};

/// Short stable name of a code ("empty-input", "no-text-layer", ...), for diagnostics.
const char* errorCodeName(ErrorCode code);

/// Thrown by readers when the input cannot be turned into lines. `what()` is a complete
/// one-line message meant for the user.
class DocparseError : public std::runtime_error {
public:
    /// `message` is the whole user-facing sentence; `code` says which failure it is.
    DocparseError(ErrorCode code, const std::string& message)
        : std::runtime_error(message), code_(code) {}
    /// Which failure this is.
    ErrorCode code() const noexcept { return code_; }

private:
    ErrorCode code_;
};

}  // namespace findings::docparse
