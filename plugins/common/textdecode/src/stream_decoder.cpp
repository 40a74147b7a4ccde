#include "codecs.hpp"

#include <findings/text/stream_decoder.hpp>
#include <findings/text/text_error.hpp>

#include <algorithm>

namespace findings::text {

namespace {
/// Bytes held back even when the encoding is forced, so a BOM split across chunks is seen.
constexpr size_t kBomWindow = 4;
}  // namespace

StreamDecoder::StreamDecoder(std::string name, size_t detectWindow)
    : name_(std::move(name)), detectWindow_(std::max(detectWindow, kBomWindow)) {}

StreamDecoder::StreamDecoder(Encoding encoding, std::string name)
    : name_(std::move(name)), detectWindow_(kBomWindow), encoding_(encoding), reason_("forced") {
    if (encoding == Encoding::Binary) throw TextDecodeError(name_, "binary data, not text");
}

void StreamDecoder::feed(std::string_view chunk, std::string& out) {
    if (!started_) {
        held_.append(chunk);
        if (held_.size() >= detectWindow_) start(false, out);
        return;
    }
    decodeDecided(chunk, out, false);
}

void StreamDecoder::finish(std::string& out) {
    if (!started_) start(true, out);
    else decodeDecided({}, out, true);
}

void StreamDecoder::start(bool isComplete, std::string& out) {
    if (!encoding_) {
        const EncodingGuess guess = detectEncoding(held_, isComplete);
        if (guess.encoding == Encoding::Binary)
            throw TextDecodeError(name_, guess.unsupportedText ? guess.reason
                                                               : "binary data, not text (" + guess.reason + ")");
        encoding_ = guess.encoding;
        reason_ = guess.reason;
    }
    auto has = [&](const char* bom, size_t n) { return held_.size() >= n && held_.compare(0, n, bom, n) == 0; };
    size_t bom = 0;
    if (*encoding_ == Encoding::Utf8 && has("\xEF\xBB\xBF", 3)) bom = 3;
    else if (*encoding_ == Encoding::Utf16LE && has("\xFF\xFE", 2)) bom = 2;
    else if (*encoding_ == Encoding::Utf16BE && has("\xFE\xFF", 2)) bom = 2;
    hadBom_ = bom > 0;
    started_ = true;
    std::string pending;
    pending.swap(held_);
    decodeDecided(std::string_view(pending).substr(bom), out, isComplete);
}

void StreamDecoder::decodeDecided(std::string_view bytes, std::string& out, bool isLast) {
    if (!held_.empty()) {
        // Complete the sequence the previous chunk cut off: a sequence is at most 4 bytes,
        // so the held bytes plus 4 new ones always resolve it.
        const size_t take = std::min<size_t>(bytes.size(), 4);
        const size_t heldBefore = held_.size();
        std::string joined = held_;
        joined.append(bytes.substr(0, take));
        held_.clear();
        const bool allTaken = take == bytes.size();
        const size_t used = decodeRaw(joined, out, isLast && allTaken);
        if (used < heldBefore || allTaken) {
            held_.assign(joined, used, std::string::npos);
            return;
        }
        bytes.remove_prefix(used - heldBefore);
    }
    const size_t used = decodeRaw(bytes, out, isLast);
    held_.assign(bytes.substr(used));
}

size_t StreamDecoder::decodeRaw(std::string_view bytes, std::string& out, bool isLast) {
    auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    switch (*encoding_) {
    case Encoding::Utf8:
        return detail::decodeUtf8(p, bytes.size(), isLast, out, repaired_);
    case Encoding::Windows1252:
        detail::decodeWindows1252(p, bytes.size(), out);
        return bytes.size();
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
        return detail::decodeUtf16(p, bytes.size(), *encoding_ == Encoding::Utf16LE, isLast, out,
                                   highSurrogate_, repaired_);
    case Encoding::Binary:
        break;
    }
    return bytes.size();
}

}  // namespace findings::text
