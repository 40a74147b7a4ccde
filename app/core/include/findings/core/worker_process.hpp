// One worker process seen from the host: started from the findings-worker executable with a
// socket on its fd 3 and its memory limit, spoken to in frames, and when it ends, the cause
// in words ("crashed (SIGSEGV)", "used more than 2 GB").
#pragma once

#include <findings/core/worker_frames.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <sys/types.h>

namespace findings::core {

/// What a worker may use. A zero memory limit means none.
struct WorkerLimits {
    std::uint64_t memoryMB = 2048;
    unsigned timeSeconds = 120;
};

/// "2 GB" for whole gigabytes, else "300 MB".
std::string memoryText(std::uint64_t megabytes);

/// Exit status of a worker that ran out of its memory limit (its new-handler exits with it).
inline constexpr int kWorkerMemoryExit = 86;

/// The worker executable: $FINDINGS_WORKER when set, else findings-worker beside the
/// running executable. "" when neither exists.
std::string findWorkerExecutable();

class WorkerProcess {
public:
    /// Starts `executable`; throws std::runtime_error naming it when it cannot.
    WorkerProcess(const std::string& executable, const WorkerLimits& limits);
    ~WorkerProcess();  ///< ends the process if it still runs
    WorkerProcess(const WorkerProcess&) = delete;
    WorkerProcess& operator=(const WorkerProcess&) = delete;

    bool send(worker::FrameWriter& frame) { return worker::sendFrame(fd_, frame); }
    worker::FrameReader& reader() { return reader_; }
    /// Kills the process (a hang, a cancel it ignored) and reaps it.
    void kill();
    /// Waits for the process to end (after its socket closed) and says why it ended:
    /// "crashed (SIGSEGV)", "used more than 2 GB", "stopped (exit status 3)".
    std::string reapCause();
    pid_t pid() const { return pid_; }

private:
    void reap(bool force);
    WorkerLimits limits_;
    pid_t pid_ = -1;
    int fd_ = -1;
    worker::FrameReader reader_{-1};
    bool reaped_ = false;
    int status_ = 0;
    long maxRssKB_ = 0;
};

}  // namespace findings::core
