#include "model/pdf_text.hpp"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <algorithm>
#include <vector>

extern char** environ;

namespace findings::studio {

namespace {

/// Longest a view waits for the extractor: a reviewer clicking through findings must never
/// be stuck behind a pathological file.
constexpr int kTimeoutMs = 10000;
/// How often a running extraction looks at its cancel flag.
constexpr long long kCancelCheckMs = 100;
/// Largest text accepted from the extractor.
constexpr size_t kMaxTextBytes = 64u * 1024 * 1024;

long long nowMs() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<long long>(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

struct Word {
    size_t begin, end;
};

bool isSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/// Words of `text` (runs of non-space bytes), with their byte ranges.
std::vector<Word> wordsOf(std::string_view text, size_t from = 0, size_t to = std::string_view::npos) {
    std::vector<Word> out;
    to = std::min(to, text.size());
    size_t i = from;
    while (i < to) {
        while (i < to && isSpace(static_cast<unsigned char>(text[i]))) ++i;
        const size_t start = i;
        while (i < to && !isSpace(static_cast<unsigned char>(text[i]))) ++i;
        if (i > start) out.push_back({start, i});
    }
    return out;
}

/// Position of the first of `count` needle words (from `first`) among the haystack words.
std::optional<size_t> findRun(std::string_view hay, const std::vector<Word>& hw, std::string_view needle,
                              const std::vector<Word>& nw, size_t first, size_t count, size_t fromWord) {
    auto same = [&](const Word& a, const Word& b) {
        return hay.substr(a.begin, a.end - a.begin) == needle.substr(b.begin, b.end - b.begin);
    };
    for (size_t i = fromWord; i + count <= hw.size(); ++i) {
        size_t k = 0;
        while (k < count && same(hw[i + k], nw[first + k])) ++k;
        if (k == count) return i;
    }
    return std::nullopt;
}

std::pair<size_t, size_t> locateIn(std::string_view hay, std::string_view needle, size_t from, size_t to) {
    const std::vector<Word> nw = wordsOf(needle);
    if (nw.empty()) return {0, 0};
    const std::vector<Word> hw = wordsOf(hay, from, to);
    // Eight words pin a sentence down in a report; a shorter finding is matched whole.
    const size_t probe = std::min<size_t>(8, nw.size());
    const std::optional<size_t> start = findRun(hay, hw, needle, nw, 0, probe, 0);
    if (!start) return {0, 0};
    // The end: the finding's last words, from the start on; else as many words as it has.
    size_t last = std::min(hw.size() - 1, *start + nw.size() - 1);
    if (const auto tail = findRun(hay, hw, needle, nw, nw.size() - probe, probe, *start))
        if (*tail + probe - 1 <= *start + 2 * nw.size()) last = *tail + probe - 1;
    return {hw[*start].begin, hw[last].end};
}

}  // namespace

std::pair<size_t, size_t> locateWords(std::string_view haystack, std::string_view needle, long page) {
    if (page > 1) {
        // Start at the page's form feed: the same sentence on an earlier page (a summary
        // repeated in the body) must not win over the one the importer reported.
        size_t from = 0;
        for (long p = 1; p < page && from != std::string_view::npos; ++p) {
            from = haystack.find('\f', from);
            if (from != std::string_view::npos) ++from;
        }
        if (from != std::string_view::npos) {
            const auto found = locateIn(haystack, needle, from, haystack.size());
            if (found.second > found.first) return found;
        }
    }
    return locateIn(haystack, needle, 0, haystack.size());
}

std::optional<std::string> extractPdfText(const std::string& path, std::string& problem, const std::string& tool,
                                          const std::atomic<bool>* cancel) {
    int pipeFds[2];
    if (pipe2(pipeFds, O_CLOEXEC) != 0) {
        problem = std::string("cannot start the PDF text extractor: ") + std::strerror(errno);
        return std::nullopt;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    // The text in reading order (no -layout: its column padding reads badly in a wrapping
    // view), UTF-8, to stdout ("-").
    std::vector<std::string> args{tool, "-enc", "UTF-8", "-q", path, "-"};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, tool.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(pipeFds[1]);
    if (spawned != 0) {
        close(pipeFds[0]);
        problem = "The PDF's text cannot be shown: " + tool + " is not installed (poppler-utils).";
        return std::nullopt;
    }
    std::string text;
    bool tooSlow = false, tooBig = false, cancelled = false;
    const long long deadline = nowMs() + kTimeoutMs;
    char buffer[65536];
    for (;;) {
        if (cancel && cancel->load()) {
            cancelled = true;
            break;
        }
        const long long left = deadline - nowMs();
        if (left <= 0) {
            tooSlow = true;
            break;
        }
        pollfd p{pipeFds[0], POLLIN, 0};
        // Short waits, so a cancel is seen soon.
        const int ready = poll(&p, 1, static_cast<int>(std::min<long long>(left, kCancelCheckMs)));
        if (ready < 0 && errno == EINTR) continue;
        if (ready == 0) continue;
        if (ready < 0) break;
        const ssize_t n = read(pipeFds[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        text.append(buffer, static_cast<size_t>(n));
        if (text.size() > kMaxTextBytes) {
            tooBig = true;
            break;
        }
    }
    close(pipeFds[0]);
    if (tooSlow || tooBig || cancelled) kill(pid, SIGKILL);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (cancelled) problem = "The PDF's text extraction was cancelled.";
    else if (tooSlow) problem = "The PDF's text took too long to extract.";
    else if (tooBig) problem = "The PDF's text is too large to show.";
    else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) problem = "The PDF's text cannot be extracted (damaged or protected file).";
    else if (text.find_first_not_of(" \t\r\n\f") == std::string::npos) problem = "The PDF has no text layer (a scanned document?).";
    else return text;
    return std::nullopt;
}

}  // namespace findings::studio
