// Loads source texts on a worker thread, so selecting a finding never waits on the UI thread
// for its importer to read the document. One request waits at a time: a newer request replaces a
// waiting one and cancels a running one for another file (the reviewer has moved on), so
// clicking quickly through several reports runs at most one extraction.
#pragma once

#include "model/source_text.hpp"

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace findings::studio {

class SourceTextLoader {
public:
    /// Called on the worker thread with the loaded text (never with a cancelled one). It
    /// must not touch windows: post to the UI thread.
    using Done = std::function<void(std::shared_ptr<const SourceText>)>;
    /// How a file is loaded (loadSourceText with the registry of the moment; tests
    /// substitute a slow or counting one).
    using Load = std::function<SourceText(const std::string& path, const std::atomic<bool>& cancel)>;

    SourceTextLoader();
    /// Cancels what runs and waits for the worker.
    ~SourceTextLoader();
    SourceTextLoader(const SourceTextLoader&) = delete;
    SourceTextLoader& operator=(const SourceTextLoader&) = delete;

    /// Loads `path` with `load` and calls `done` with it. Replaces a request still waiting;
    /// cancels a running one for a different path (a running one for the same path is kept,
    /// and this request waits for its turn after it).
    void request(const std::string& path, Load load, Done done);

private:
    void run();

    std::mutex mutex_;
    std::condition_variable wake_;
    bool stop_ = false;
    bool waiting_ = false;
    std::string waitingPath_;
    Load waitingLoad_;
    Done waitingDone_;
    std::string runningPath_;
    std::atomic<bool> cancelRunning_{false};
    std::thread thread_;
};

}  // namespace findings::studio
