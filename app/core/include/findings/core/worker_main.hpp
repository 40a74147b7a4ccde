// The worker's side: the loop a findings-worker process runs. It loads the plugins the host
// names, then answers jobs (identify, import, scan one plugin file) on the socket `fd`,
// streaming diagnostics, progress and records back as frames. A reader thread takes the
// host's frames so a Cancel reaches the plugin (through is_cancelled) while it works.
#pragma once

#include <cstdint>

namespace findings::core {

/// Whether applyWorkerLimits() limits memory. Not in a build with AddressSanitizer, whose
/// shadow memory reserves terabytes of address space: any address-space limit would stop a
/// sanitized worker at start, and its own overhead (quarantine, shadow) is no plugin's use.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kWorkerMemoryLimited = false;
#else
inline constexpr bool kWorkerMemoryLimited = true;
#endif

/// Applies the memory limit (megabytes, 0 for none) to this process: RLIMIT_DATA and
/// RLIMIT_AS, and a new-handler that exits with kWorkerMemoryExit so the host can say
/// "used more than ...". No core dumps either: a crash is reported, not dumped.
void applyWorkerLimits(std::uint64_t memoryMB);

/// Serves the host on `fd` until it closes the socket; returns the exit status.
int runWorker(int fd);

}  // namespace findings::core
