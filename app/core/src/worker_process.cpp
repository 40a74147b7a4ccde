#include <findings/core/plugin_registry.hpp>
#include <findings/core/worker_main.hpp>
#include <findings/core/worker_process.hpp>

#include <Poco/File.h>
#include <Poco/Path.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <stdexcept>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace findings::core {

std::string memoryText(std::uint64_t megabytes) {
    if (megabytes >= 1024 && megabytes % 1024 == 0) return std::to_string(megabytes / 1024) + " GB";
    return std::to_string(megabytes) + " MB";
}

std::string findWorkerExecutable() {
    if (const char* env = std::getenv("FINDINGS_WORKER"); env && *env)
        return ::access(env, X_OK) == 0 ? env : "";
    const std::string self = currentExecutablePath();
    if (self.empty()) return {};
    const std::string beside = Poco::Path(self).parent().append("findings-worker").toString();
    return ::access(beside.c_str(), X_OK) == 0 ? beside : "";
}

WorkerProcess::WorkerProcess(const std::string& executable, const WorkerLimits& limits)
    : limits_(limits) {
    if (executable.empty())
        throw std::runtime_error("the import worker (findings-worker) is not installed beside "
                                 "this program; reinstall, or run with --in-process");
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0)
        throw std::runtime_error(std::string("cannot start the import worker: ") + std::strerror(errno));
    // The child's end goes to fd 3; moved above it first so dup2 always clears close-on-exec.
    const int childEnd = ::fcntl(pair[1], F_DUPFD_CLOEXEC, 10);
    ::close(pair[1]);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, childEnd, 3);
    // A plugin printing to stdout must not mix into the host's output (`-o -`).
    posix_spawn_file_actions_adddup2(&actions, STDERR_FILENO, STDOUT_FILENO);
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
    // Nothing else of the host's: a plugin must not reach the files the host has open.
    posix_spawn_file_actions_addclosefrom_np(&actions, 4);
#endif
    const std::string memory = std::to_string(limits.memoryMB);
    std::vector<char*> argv{const_cast<char*>(executable.c_str()),
                            const_cast<char*>("--fd"), const_cast<char*>("3"),
                            const_cast<char*>("--memory-limit"), const_cast<char*>(memory.c_str()),
                            nullptr};
    const int rc = ::posix_spawn(&pid_, executable.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(childEnd);
    if (rc != 0) {
        ::close(pair[0]);
        throw std::runtime_error("cannot start the import worker " + executable + ": " +
                                 std::strerror(rc));
    }
    fd_ = pair[0];
    reader_ = worker::FrameReader(fd_);
}

WorkerProcess::~WorkerProcess() {
    if (fd_ >= 0) ::close(fd_);  // the worker reads the end of its input and exits
    if (!reaped_) {
        // Give it a moment to leave on its own; a worker stuck in a plugin is killed.
        for (int i = 0; i < 100 && !reaped_; ++i) {
            reap(false);
            if (!reaped_) std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        if (!reaped_) kill();
    }
}

void WorkerProcess::reap(bool force) {
    if (reaped_ || pid_ <= 0) return;
    rusage usage{};
    pid_t r;
    do r = ::wait4(pid_, &status_, force ? 0 : WNOHANG, &usage);
    while (r < 0 && errno == EINTR);
    if (r == pid_ || r < 0) {
        reaped_ = true;
        maxRssKB_ = usage.ru_maxrss;
    }
}

void WorkerProcess::kill() {
    if (reaped_ || pid_ <= 0) return;
    ::kill(pid_, SIGKILL);
    reap(true);
}

std::string WorkerProcess::reapCause() {
    // The socket closes as the process exits; wait a little for the exit status, and kill a
    // worker that closed its socket yet lives on (a plugin closing descriptors it does not own).
    for (int i = 0; i < 400 && !reaped_; ++i) {
        reap(false);
        if (!reaped_) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    if (!reaped_) kill();
    // A worker without a limit (a sanitized build) cannot have died of one.
    const bool nearLimit = kWorkerMemoryLimited && limits_.memoryMB &&
                           static_cast<std::uint64_t>(maxRssKB_) >= limits_.memoryMB * 1024 * 9 / 10;
    if (WIFEXITED(status_)) {
        if (WEXITSTATUS(status_) == kWorkerMemoryExit) return "used more than " + memoryText(limits_.memoryMB);
        return "stopped (exit status " + std::to_string(WEXITSTATUS(status_)) + ")";
    }
    if (WIFSIGNALED(status_)) {
        const int sig = WTERMSIG(status_);
        // A C plugin whose malloc failed at the limit usually dies on the null pointer.
        if (nearLimit) return "used more than " + memoryText(limits_.memoryMB);
        const char* name = ::sigabbrev_np(sig);
        return std::string("crashed (") + (name ? std::string("SIG") + name : "signal " + std::to_string(sig)) + ")";
    }
    return "stopped";
}

}  // namespace findings::core
