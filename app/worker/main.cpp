// findings-worker: the process the host (findings, findings-studio) runs plugins in, so a
// plugin that crashes, hangs or runs out of memory takes down only this process. Started by
// the host with a socket on --fd and its --memory-limit in megabytes; not run by hand.
#include <findings/core/worker_main.hpp>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#if defined(__SANITIZE_ADDRESS__)
// In a sanitized build (`make test-sanitize`) a plugin's SIGSEGV or SIGBUS must still end the
// worker by that signal, so the host names it ("crashed (SIGSEGV)") as it does in a normal
// build, rather than AddressSanitizer turning it into a report and exit status 1. Bad accesses
// in our own code are still caught by the instrumentation before they fault. (Visible: the
// build hides symbols by default, and the runtime looks this one up.)
extern "C" __attribute__((visibility("default"), used)) const char* __asan_default_options() { return "handle_segv=0:handle_sigbus=0"; }
#endif

int main(int argc, char** argv) {
    int fd = -1;
    long long memoryMB = 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--fd") == 0) fd = std::atoi(argv[i + 1]);
        else if (std::strcmp(argv[i], "--memory-limit") == 0) memoryMB = std::atoll(argv[i + 1]);
    }
    if (fd < 0 || memoryMB < 0) {
        std::fprintf(stderr, "findings-worker: started by findings and findings-studio, not by hand\n");
        return 2;
    }
    // Ctrl+C in a terminal reaches the whole process group: the host turns it into a Cancel
    // for the job, so the plugin stops cleanly instead of the worker dying mid-file.
    std::signal(SIGINT, SIG_IGN);
    findings::core::applyWorkerLimits(static_cast<std::uint64_t>(memoryMB));
    return findings::core::runWorker(fd);
}
