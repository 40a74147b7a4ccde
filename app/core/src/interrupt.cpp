#include <findings/core/interrupt.hpp>

#include <csignal>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace findings::core {
namespace {

/// Fixed slots so the handler needs no allocation or lock: a slot holds a strdup'd path or
/// null. The handler only reads the pointers and calls unlink(), which is async-signal-safe.
constexpr int kSlots = 64;
std::atomic<char*> g_temporaries[kSlots];

std::atomic<bool> g_interrupted{false};

void onSignal(int) {
    if (!g_interrupted.exchange(true)) return;  // first signal: stop at the next safe point
    for (auto& slot : g_temporaries)
        if (char* path = slot.load()) ::unlink(path);
    ::_exit(kInterruptedExitStatus);
}

}  // namespace

std::atomic<bool>& interruptFlag() { return g_interrupted; }

void installInterruptHandlers() {
    struct sigaction action {};
    action.sa_handler = &onSignal;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

void trackTemporaryFile(const char* path) {
    char* copy = ::strdup(path);
    if (!copy) return;
    for (auto& slot : g_temporaries) {
        char* expected = nullptr;
        if (slot.compare_exchange_strong(expected, copy)) return;
    }
    std::free(copy);
}

void untrackTemporaryFile(const char* path) {
    for (auto& slot : g_temporaries) {
        char* current = slot.load();
        if (current && std::strcmp(current, path) == 0 &&
            slot.compare_exchange_strong(current, nullptr)) {
            std::free(current);
            return;
        }
    }
}

}  // namespace findings::core
