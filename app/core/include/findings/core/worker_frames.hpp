// The framing between the host and its worker processes: each message is a frame of
// [u32 length][u8 type][payload], little-endian, on a Unix stream socket. Payloads are built
// from a few field kinds (integers, a double, length-prefixed strings and counts); records
// are encoded from those by record_frames.hpp.
// A frame read from a worker is untrusted: every getter checks bounds and throws.
#pragma once

#include <findings/core/diagnostics.hpp>

#include <chrono>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace findings::core::worker {

/// Message types. Host -> worker first, then worker -> host.
enum class Msg : std::uint8_t {
    Load = 1,    ///< plugin paths to load, in order (strings), then the taxonomy folders (count, strings)
    Import,      ///< path, forced importer id, options (count, then key and value)
    Probe,       ///< path
    Scan,        ///< path of one plugin file to try loading
    Cancel,      ///< stop the job in flight (the plugin sees is_cancelled)
    DocumentText,///< path, importer id ("" to choose as an import would)
    Preview,     ///< path, importer id, options (count, then key and value), max rows
    Ready = 64,  ///< the worker has loaded its plugins
    Stage,       ///< importer id, 0 identify / 1 import: who runs now (names a crash)
    Diagnostic,  ///< one diagnostic of the job
    Progress,    ///< fraction (double), what
    Source,      ///< one source (record_frames.hpp)
    Finding,     ///< one finding (record_frames.hpp)
    Probed,      ///< count, then importer id, confidence (i64), reason
    Imported,    ///< ok, importer id, error, cause reported, failure kind
    Scanned,     ///< "" when the plugin loads, else why not
    Failed,      ///< the job itself failed in the worker (unreadable request): message
    Text,        ///< ok, importer id, text, problem, cancelled: a DocumentText job's answer
    Previewed,   ///< a Preview job's answer (worker_main.cpp, putPreview)
};

/// Largest frame accepted; anything bigger is a broken worker, not a record.
inline constexpr std::uint32_t kMaxFrame = 512u * 1024 * 1024;

/// A frame being built.
class FrameWriter {
public:
    explicit FrameWriter(Msg type);
    FrameWriter& u8(std::uint8_t v);
    FrameWriter& u32(std::uint32_t v);
    FrameWriter& i64(std::int64_t v);
    FrameWriter& f64(double v);
    FrameWriter& str(std::string_view s);
    /// The whole frame with its length filled in.
    const std::string& bytes();

private:
    std::string bytes_;
};

/// Thrown for a frame that does not parse: the other side is broken or hostile.
class ProtocolError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// One received frame and a cursor over its payload.
class Frame {
public:
    Frame() = default;
    Frame(Msg type, std::string payload) : type_(type), payload_(std::move(payload)) {}
    Msg type() const { return type_; }
    std::uint8_t u8();
    std::int64_t i64();
    double f64();
    std::string str();
    /// A count of items that each take at least `minItemBytes`: throws when the rest of the
    /// frame cannot hold that many, so a hostile count allocates nothing.
    std::uint32_t count(size_t minItemBytes);
    /// Throws unless the whole payload has been read (`what` names the message).
    void expectEnd(const char* what) const;

private:
    const char* take(size_t n);
    Msg type_{};
    std::string payload_;
    size_t pos_ = 0;
};

/// A diagnostic's fields (not its file: the host tags it with the job's file).
void putDiagnostic(FrameWriter& frame, const Diagnostic& d);
Diagnostic takeDiagnostic(Frame& frame);

/// Writes a whole frame; false when the other side has gone (no SIGPIPE).
bool sendFrame(int fd, FrameWriter& frame);

/// Buffers bytes from a socket and cuts them into frames.
class FrameReader {
public:
    explicit FrameReader(int fd) : fd_(fd) {}
    enum class Result { Frame, Timeout, Closed };
    /// Waits for the next frame until `deadline`. Closed: end of stream or a read error.
    /// Throws ProtocolError for a malformed or oversized frame.
    Result next(Frame& out, std::chrono::steady_clock::time_point deadline);
    /// Blocks until the next frame (the worker's side, which has no deadline).
    Result next(Frame& out) { return next(out, std::chrono::steady_clock::time_point::max()); }

private:
    bool cut(Frame& out);
    int fd_;
    std::string buffer_;
    size_t start_ = 0;
};

}  // namespace findings::core::worker
