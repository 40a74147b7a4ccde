#include <findings/core/worker_frames.hpp>

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace findings::core::worker {

namespace {
void putLE(std::string& out, std::uint64_t v, int bytes) {
    for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
std::uint64_t getLE(const char* p, int bytes) {
    std::uint64_t v = 0;
    for (int i = 0; i < bytes; ++i) v |= std::uint64_t(static_cast<unsigned char>(p[i])) << (8 * i);
    return v;
}
}  // namespace

FrameWriter::FrameWriter(Msg type) {
    bytes_.assign(4, '\0');
    bytes_.push_back(static_cast<char>(type));
}
FrameWriter& FrameWriter::u8(std::uint8_t v) {
    bytes_.push_back(static_cast<char>(v));
    return *this;
}
FrameWriter& FrameWriter::u32(std::uint32_t v) {
    putLE(bytes_, v, 4);
    return *this;
}
FrameWriter& FrameWriter::i64(std::int64_t v) {
    putLE(bytes_, static_cast<std::uint64_t>(v), 8);
    return *this;
}
FrameWriter& FrameWriter::f64(double v) {
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    putLE(bytes_, bits, 8);
    return *this;
}
FrameWriter& FrameWriter::str(std::string_view s) {
    putLE(bytes_, s.size(), 4);
    bytes_.append(s.data(), s.size());
    return *this;
}
const std::string& FrameWriter::bytes() {
    const std::uint64_t length = bytes_.size() - 4;
    for (int i = 0; i < 4; ++i) bytes_[i] = static_cast<char>((length >> (8 * i)) & 0xff);
    return bytes_;
}

const char* Frame::take(size_t n) {
    if (payload_.size() - pos_ < n) throw ProtocolError("truncated frame from the worker");
    const char* p = payload_.data() + pos_;
    pos_ += n;
    return p;
}
std::uint8_t Frame::u8() { return static_cast<std::uint8_t>(*take(1)); }
std::int64_t Frame::i64() { return static_cast<std::int64_t>(getLE(take(8), 8)); }
double Frame::f64() {
    const std::uint64_t bits = getLE(take(8), 8);
    double v;
    std::memcpy(&v, &bits, sizeof v);
    return v;
}
std::string Frame::str() {
    const size_t n = getLE(take(4), 4);
    const char* p = take(n);
    return std::string(p, n);
}

std::uint32_t Frame::count(size_t minItemBytes) {
    const std::uint32_t n = static_cast<std::uint32_t>(getLE(take(4), 4));
    if (minItemBytes && n > (payload_.size() - pos_) / minItemBytes)
        throw ProtocolError("a count of " + std::to_string(n) + " that the frame from the worker cannot hold");
    return n;
}
void Frame::expectEnd(const char* what) const {
    if (pos_ != payload_.size())
        throw ProtocolError(std::to_string(payload_.size() - pos_) + " bytes left over after a " + what +
                            " from the worker");
}

void putDiagnostic(FrameWriter& frame, const Diagnostic& d) {
    frame.u8(static_cast<std::uint8_t>(d.severity)).str(d.code).str(d.message).i64(d.line)
        .str(d.sheet).i64(d.row).i64(d.column).i64(d.page).str(d.path);
}

Diagnostic takeDiagnostic(Frame& frame) {
    Diagnostic d;
    const std::uint8_t severity = frame.u8();
    if (severity > static_cast<std::uint8_t>(Severity::Error))
        throw ProtocolError("unknown severity from the worker");
    d.severity = static_cast<Severity>(severity);
    d.code = frame.str();
    d.message = frame.str();
    d.line = frame.i64();
    d.sheet = frame.str();
    d.row = frame.i64();
    d.column = frame.i64();
    d.page = frame.i64();
    d.path = frame.str();
    return d;
}

bool sendFrame(int fd, FrameWriter& frame) {
    const std::string& bytes = frame.bytes();
    size_t done = 0;
    while (done < bytes.size()) {
        // MSG_NOSIGNAL: a worker that died must fail this write, not kill the host.
        const ssize_t n = ::send(fd, bytes.data() + done, bytes.size() - done, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<size_t>(n);
    }
    return true;
}

bool FrameReader::cut(Frame& out) {
    const size_t available = buffer_.size() - start_;
    if (available < 5) return false;
    const std::uint64_t length = getLE(buffer_.data() + start_, 4);
    if (length == 0 || length > kMaxFrame) throw ProtocolError("malformed frame from the worker");
    if (available < 4 + length) return false;
    const Msg type = static_cast<Msg>(buffer_[start_ + 4]);
    out = Frame(type, buffer_.substr(start_ + 5, length - 1));
    start_ += 4 + length;
    if (start_ == buffer_.size()) {
        buffer_.clear();
        start_ = 0;
    } else if (start_ > (1u << 20)) {
        buffer_.erase(0, start_);
        start_ = 0;
    }
    return true;
}

FrameReader::Result FrameReader::next(Frame& out, std::chrono::steady_clock::time_point deadline) {
    using clock = std::chrono::steady_clock;
    char chunk[64 * 1024];
    for (;;) {
        if (cut(out)) return Result::Frame;
        int timeout = -1;
        if (deadline != clock::time_point::max()) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - clock::now());
            if (left.count() <= 0) return Result::Timeout;
            timeout = static_cast<int>(std::min<long long>(left.count(), 1 << 30));
        }
        pollfd p{fd_, POLLIN, 0};
        const int ready = ::poll(&p, 1, timeout);
        if (ready < 0 && errno == EINTR) continue;
        if (ready < 0) return Result::Closed;
        if (ready == 0) return Result::Timeout;
        const ssize_t n = ::recv(fd_, chunk, sizeof chunk, 0);
        if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
        if (n <= 0) return Result::Closed;
        buffer_.append(chunk, static_cast<size_t>(n));
    }
}

}  // namespace findings::core::worker
