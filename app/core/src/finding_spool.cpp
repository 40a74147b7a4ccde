#include <findings/core/finding_spool.hpp>

#include <findings/core/record_frames.hpp>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <utility>

#include <unistd.h>

namespace findings::core {
namespace {

std::FILE* openTemporary() {
    const char* dir = std::getenv("TMPDIR");
    std::string pattern = std::string(dir && *dir ? dir : "/tmp") + "/findings-spool-XXXXXX";
    const int fd = ::mkstemp(pattern.data());
    std::FILE* f = fd >= 0 ? ::fdopen(fd, "w+b") : nullptr;
    if (!f) {
        const int error = errno;
        if (fd >= 0) ::close(fd), ::unlink(pattern.c_str());
        throw std::runtime_error("cannot create a temporary file for the findings in " +
                                 pattern.substr(0, pattern.rfind('/')) + ": " + std::strerror(error));
    }
    // Unlinked at once: an interrupted or killed run leaves nothing behind.
    ::unlink(pattern.c_str());
    return f;
}

void writeAll(std::FILE* f, const std::string& bytes) {
    if (std::fwrite(bytes.data(), 1, bytes.size(), f) != bytes.size())
        throw std::runtime_error(std::string("writing the findings' temporary file failed: ") +
                                 std::strerror(errno) + " (disk full?)");
}

}  // namespace

FindingSpool::FindingSpool() : file_(openTemporary()) {}

FindingSpool::~FindingSpool() {
    if (file_) std::fclose(file_);
}

void FindingSpool::add(const Finding& finding) {
    worker::FrameWriter frame(worker::Msg::Finding);
    worker::putFinding(frame, finding);
    writeAll(file_, frame.bytes());
    ++count_;
}

void FindingSpool::forEach(const std::function<void(Finding&)>& visit) const {
    if (std::fflush(file_) != 0 || std::fseek(file_, 0, SEEK_SET) != 0)
        throw std::runtime_error("cannot read back the findings' temporary file");
    std::string payload;
    for (size_t i = 0; i < count_; ++i) {
        unsigned char head[5];
        if (std::fread(head, 1, sizeof head, file_) != sizeof head)
            throw std::runtime_error("the findings' temporary file is shorter than written");
        // The 4-byte length counts the type byte and the record (worker_frames.cpp).
        const size_t length = size_t(head[0]) | size_t(head[1]) << 8 | size_t(head[2]) << 16 |
                              size_t(head[3]) << 24;
        payload.resize(length - 1);
        if (std::fread(payload.data(), 1, payload.size(), file_) != payload.size())
            throw std::runtime_error("the findings' temporary file is shorter than written");
        worker::Frame frame(static_cast<worker::Msg>(head[4]), std::move(payload));
        Finding finding = worker::takeFinding(frame);
        visit(finding);
        payload.clear();
    }
    if (std::fseek(file_, 0, SEEK_END) != 0)
        throw std::runtime_error("cannot seek the findings' temporary file");
}

void FindingSpool::rewrite(const std::function<bool(Finding&)>& edit) {
    FindingSpool fresh;
    forEach([&](Finding& f) {
        if (edit(f)) fresh.add(f);
    });
    std::swap(file_, fresh.file_);
    std::swap(count_, fresh.count_);
}

}  // namespace findings::core

namespace findings::core {

void FindingCollector::add(Finding&& finding) {
    ++count_;
    if (spool_) {
        spool_->add(finding);
        return;
    }
    if (spoolAbove_ && count_ > spoolAbove_) {
        spool_ = std::make_shared<FindingSpool>();
        for (auto& block : blocks_) {
            for (const Finding& f : block) spool_->add(f);
            std::vector<Finding>().swap(block);
        }
        blocks_.clear();
        spool_->add(finding);
        return;
    }
    constexpr size_t kBlock = 1 << 16;
    if (blocks_.empty() || blocks_.back().size() == kBlock) blocks_.emplace_back().reserve(kBlock);
    blocks_.back().push_back(std::move(finding));
}

std::shared_ptr<FindingSpool> FindingCollector::finish(std::vector<Finding>& findings) {
    if (spool_) return std::move(spool_);
    size_t total = findings.size();
    for (const auto& b : blocks_) total += b.size();
    findings.reserve(total);
    for (auto& b : blocks_) {
        findings.insert(findings.end(), std::make_move_iterator(b.begin()), std::make_move_iterator(b.end()));
        std::vector<Finding>().swap(b);
    }
    blocks_.clear();
    return nullptr;
}

}  // namespace findings::core
