// The host-worker framing: fields round-trip, frames split across reads are put back
// together, and what a broken or hostile worker might send (a truncated payload, a length
// past the cap) is an error, never an over-read or an unbounded allocation.
#include <catch2/catch.hpp>

#include <findings/core/worker_frames.hpp>

#include <sys/socket.h>
#include <unistd.h>

using namespace findings::core;
using namespace findings::core::worker;

namespace {
struct SocketPair {
    int fd[2];
    SocketPair() { REQUIRE(::socketpair(AF_UNIX, SOCK_STREAM, 0, fd) == 0); }
    ~SocketPair() {
        ::close(fd[0]);
        ::close(fd[1]);
    }
};
auto soon() { return std::chrono::steady_clock::now() + std::chrono::seconds(2); }
}  // namespace

TEST_CASE("frames carry integers, doubles, strings and diagnostics unchanged", "[isolation][frames]") {
    SocketPair s;
    FrameWriter w(Msg::Progress);
    w.u8(7).i64(-1234567890123).f64(-0.25).str(std::string_view("caf\xc3\xa9\n\0x", 8)).str(std::string(100000, 'z'));
    REQUIRE(sendFrame(s.fd[0], w));
    Diagnostic d;
    d.severity = Severity::Warning;
    d.code = "c";
    d.message = "m";
    d.sheet = "Tracker";
    d.row = 5;
    d.column = 3;
    FrameWriter dw(Msg::Diagnostic);
    putDiagnostic(dw, d);
    REQUIRE(sendFrame(s.fd[0], dw));

    FrameReader reader(s.fd[1]);
    Frame f;
    REQUIRE(reader.next(f, soon()) == FrameReader::Result::Frame);
    CHECK(f.type() == Msg::Progress);
    CHECK(f.u8() == 7);
    CHECK(f.i64() == -1234567890123);
    CHECK(f.f64() == -0.25);
    CHECK(f.str() == std::string("caf\xc3\xa9\n\0x", 8));
    CHECK(f.str() == std::string(100000, 'z'));
    CHECK_THROWS_AS(f.u8(), ProtocolError);  // nothing left

    REQUIRE(reader.next(f, soon()) == FrameReader::Result::Frame);
    const Diagnostic back = takeDiagnostic(f);
    CHECK(back.format() == d.format());
}

TEST_CASE("a frame split across reads is reassembled; silence is a timeout", "[isolation][frames]") {
    SocketPair s;
    FrameWriter w(Msg::Source);
    w.str("{\"id\":\"src-1\"}");
    const std::string bytes = w.bytes();
    FrameReader reader(s.fd[1]);
    Frame f;
    REQUIRE(::write(s.fd[0], bytes.data(), 3) == 3);
    CHECK(reader.next(f, std::chrono::steady_clock::now() + std::chrono::milliseconds(50)) ==
          FrameReader::Result::Timeout);
    REQUIRE(::write(s.fd[0], bytes.data() + 3, bytes.size() - 3) == static_cast<ssize_t>(bytes.size() - 3));
    REQUIRE(reader.next(f, soon()) == FrameReader::Result::Frame);
    CHECK(f.str() == "{\"id\":\"src-1\"}");
}

TEST_CASE("truncated payloads and oversized lengths from a worker are errors", "[isolation][frames]") {
    SocketPair s;
    FrameReader reader(s.fd[1]);
    Frame f;
    // A string that claims more bytes than its frame holds.
    const char lying[] = {6, 0, 0, 0, char(Msg::Failed), 100, 0, 0, 0, 'x'};
    REQUIRE(::write(s.fd[0], lying, sizeof lying) == static_cast<ssize_t>(sizeof lying));
    REQUIRE(reader.next(f, soon()) == FrameReader::Result::Frame);
    CHECK_THROWS_AS(f.str(), ProtocolError);
    // A length past the cap is refused before anything is allocated for it.
    const char huge[] = {char(0xff), char(0xff), char(0xff), char(0x7f), char(Msg::Source)};
    REQUIRE(::write(s.fd[0], huge, sizeof huge) == static_cast<ssize_t>(sizeof huge));
    CHECK_THROWS_AS(reader.next(f, soon()), ProtocolError);
    // The other side gone: closed, not a hang.
    SocketPair t;
    FrameReader r2(t.fd[1]);
    ::shutdown(t.fd[0], SHUT_WR);
    CHECK(r2.next(f, soon()) == FrameReader::Result::Closed);
}
