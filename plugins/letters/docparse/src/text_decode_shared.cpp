// Text decoding through the shared findings_textdecode library (chosen by CMake when
// that target exists; text_decode.cpp is the stand-alone fallback).
#include <findings/text/decode.hpp>
#include <findings/text/text_error.hpp>

#include "findings/docparse/error.hpp"
#include "text_decode.hpp"

namespace findings::docparse::detail {

std::string decodeText(std::string_view bytes) {
    try {
        return findings::text::decodeToUtf8(bytes).utf8;
    } catch (const findings::text::TextDecodeError& e) {
        throw DocparseError(ErrorCode::NotText, "binary content, not a text document (" + e.detail() + ")");
    }
}

bool isValidUtf8(std::string_view bytes) { return findings::text::isValidUtf8(bytes); }

}  // namespace findings::docparse::detail
