// Getting results from worker threads back to the UI thread (the Poedit pattern): a worker
// never touches a window; it posts a function to the application, which runs it on the UI
// thread, where the function checks (through a wxWeakRef taken on the UI thread) that its
// window still exists.
#pragma once

#include <functional>
#include <memory>
#include <thread>

namespace findings::studio {

/// Runs `fn` on the UI thread soon. Safe to call from any thread. Dropped silently when the
/// application is already gone (nothing is left to update).
void postToUi(std::function<void()> fn);

/// A continuation made on the UI thread and posted from a worker exactly once. Whatever it
/// captures (a wxWeakRef to a window, typically) is created and destroyed on the UI thread:
/// the worker only moves a shared_ptr around.
class UiContinuation {
public:
    explicit UiContinuation(std::function<void()> fn)
        : fn_(std::make_shared<std::function<void()>>(std::move(fn))) {}
    /// Queues the continuation; the worker keeps no reference to it afterwards.
    void post() {
        if (!fn_) return;
        postToUi([fn = std::move(fn_)] { (*fn)(); });
    }

private:
    std::shared_ptr<std::function<void()>> fn_;
};

/// A std::thread that is joined when destroyed, so a window that owns one never outlives
/// its worker's access to shared state.
class WorkerThread {
public:
    WorkerThread() = default;
    explicit WorkerThread(std::function<void()> work) : thread_(std::move(work)) {}
    WorkerThread(WorkerThread&&) = default;
    WorkerThread& operator=(WorkerThread&& other) {
        join();
        thread_ = std::move(other.thread_);
        return *this;
    }
    ~WorkerThread() { join(); }
    void join() {
        if (thread_.joinable()) thread_.join();
    }
    bool running() const { return thread_.joinable(); }

private:
    std::thread thread_;
};

}  // namespace findings::studio
