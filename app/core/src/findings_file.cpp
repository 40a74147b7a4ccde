#include <findings/core/findings_file.hpp>

#include <findings/core/atomic_file.hpp>
#include <findings/format/findings_json.hpp>

#include <algorithm>
#include <array>
#include <ostream>
#include <stdexcept>
#include <streambuf>

namespace findings::core {
namespace {

/// A buffered streambuf onto an AtomicFile: the JSON writer streams into it and the bytes go
/// to the temporary file in 64 KiB blocks. A failed write marks the stream bad, and the
/// AtomicFile refuses to commit.
class AtomicFileBuf : public std::streambuf {
public:
    explicit AtomicFileBuf(AtomicFile& file) : file_(file) {
        setp(buffer_.data(), buffer_.data() + buffer_.size());
    }

protected:
    int_type overflow(int_type ch) override {
        if (!flushBuffer()) return traits_type::eof();
        if (!traits_type::eq_int_type(ch, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(ch);
            pbump(1);
        }
        return traits_type::not_eof(ch);
    }
    int sync() override { return flushBuffer() ? 0 : -1; }

private:
    bool flushBuffer() {
        const size_t pending = static_cast<size_t>(pptr() - pbase());
        const bool ok = pending == 0 || file_.write(pbase(), pending);
        setp(buffer_.data(), buffer_.data() + buffer_.size());
        return ok;
    }

    AtomicFile& file_;
    std::array<char, 64 * 1024> buffer_{};
};

}  // namespace

void writeFindingsFile(const FindingsSet& set, const std::string& target,
                       const std::vector<std::string>& inputs) {
    writeFindingsFile(set, {}, target, inputs);
}

void writeFindingsFile(const FindingsSet& set, const std::vector<SpooledFindings>& spooled,
                       const std::string& target, const std::vector<std::string>& inputs) {
    for (const auto& input : inputs)
        if (sameFile(input, target))
            throw std::runtime_error("refusing to write over the input file " + input);
    AtomicFile file(target);
    AtomicFileBuf buffer(file);
    std::ostream out(&buffer);
    FindingsJsonWriter writer(out);
    writer.begin();
    for (const auto& s : set.sources) writer.source(s);
    writer.findings();
    auto part = spooled.begin();
    auto writeSpooledUpTo = [&](size_t position) {
        for (; part != spooled.end() && part->position <= position; ++part)
            part->spool->forEach([&](const Finding& f) { writer.finding(f); });
    };
    // The findings held in memory go in runs, each up to the next spooled part's position.
    for (size_t i = 0; i < set.findings.size();) {
        writeSpooledUpTo(i);
        const size_t runEnd = part == spooled.end() ? set.findings.size()
                                                    : std::min(set.findings.size(), part->position);
        writer.findings(set.findings.data() + i, runEnd - i);
        i = runEnd;
    }
    writeSpooledUpTo(set.findings.size());
    writer.end();
    out.flush();
    if (!out) throw std::runtime_error(target + ": writing failed (disk full?)");
    file.commit();
}

}  // namespace findings::core
