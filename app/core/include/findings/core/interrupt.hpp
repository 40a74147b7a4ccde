// Ctrl-C and `kill` during a long run. The first SIGINT or SIGTERM only raises a flag that
// imports, exports and output writers check, so the run stops at the next safe point,
// leaves every existing output as it was and exits 130. A second signal does not wait: it
// removes the temporary files still open and exits 130 at once.
#pragma once

#include <atomic>

namespace findings::core {

/// Raised by the first SIGINT/SIGTERM once installInterruptHandlers() has run (never
/// raised otherwise, e.g. in the desktop application).
std::atomic<bool>& interruptFlag();
inline bool interrupted() { return interruptFlag().load(); }

/// Installs the SIGINT and SIGTERM handlers described above.
void installInterruptHandlers();

/// The exit status of a run stopped by a signal (128 + SIGINT, as shells report it).
inline constexpr int kInterruptedExitStatus = 130;

/// Temporary files a forced exit must remove. Paths are copied; at most a few dozen at once
/// (more are simply not tracked). Safe to call from any thread.
void trackTemporaryFile(const char* path);
void untrackTemporaryFile(const char* path);

}  // namespace findings::core
