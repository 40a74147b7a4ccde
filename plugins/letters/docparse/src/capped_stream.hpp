// An input stream that stops with DocparseError(TooLarge) after a byte cap (internal):
// Poco's zip reader trusts no size header, so the reader counts what it inflates.
#pragma once

#include <istream>
#include <streambuf>

namespace findings::docparse::detail {

class CappedStreamBuf : public std::streambuf {
public:
    CappedStreamBuf(std::istream& source, std::size_t cap) : source_(source), cap_(cap) {}
    std::size_t consumed() const { return consumed_; }
    /// True once the cap was hit; reading then stops at a premature end of input (an
    /// istream swallows exceptions from its buffer, so the caller checks this flag).
    bool exceeded() const { return exceeded_; }

protected:
    int_type underflow() override;

private:
    std::istream& source_;
    std::size_t cap_;
    std::size_t consumed_ = 0;
    bool exceeded_ = false;
    char buffer_[16384];
};

/// An istream over a CappedStreamBuf.
class CappedStream : public std::istream {
public:
    CappedStream(std::istream& source, std::size_t cap) : std::istream(nullptr), buf_(source, cap) { rdbuf(&buf_); }
    bool exceeded() const { return buf_.exceeded(); }

private:
    CappedStreamBuf buf_;
};

}  // namespace findings::docparse::detail
