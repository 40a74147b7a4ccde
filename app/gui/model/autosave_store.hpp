// The autosave file: a copy of unsaved work written every minute or so, removed on a clean
// exit, and offered back at the next start when its process died. One file per running
// process (autosave-<pid>.findings.json) so two windows never overwrite each other's copy;
// a copy whose process is gone is an orphan from a crash.
#pragma once

#include <findings/format/findings_set.hpp>

#include <ctime>
#include <string>
#include <vector>

namespace findings::studio {

class AutosaveStore {
public:
    /// Keeps autosave files in `folder` (created on first save): normally
    /// core::userDataDir() + "/autosave".
    explicit AutosaveStore(std::string folder);

    /// This process's autosave file.
    std::string path() const;
    /// Writes `set` (atomically) and remembers which project it belongs to ("" if none).
    void save(const findings::FindingsSet& set, const std::string& projectPath);
    /// Removes this process's autosave (after a save or a clean exit).
    void remove();

    struct Orphan {
        std::string file;        ///< the autosaved findings document
        std::string projectPath; ///< the project it was a copy of, or ""
        std::time_t written = 0;
    };
    /// Autosaves left by processes that no longer run, newest first.
    std::vector<Orphan> orphans() const;
    /// Deletes an orphan (after it was recovered or declined).
    static void discard(const Orphan& orphan);

    /// The default folder: <user data dir>/autosave.
    static std::string defaultFolder();

private:
    std::string folder_;
    long pid_;
};

}  // namespace findings::studio
