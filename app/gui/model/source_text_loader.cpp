#include "model/source_text_loader.hpp"

namespace findings::studio {

SourceTextLoader::SourceTextLoader() : thread_([this] { run(); }) {}

SourceTextLoader::~SourceTextLoader() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stop_ = true;
        cancelRunning_ = true;
        waitingLoad_ = nullptr;
        waitingDone_ = nullptr;
    }
    wake_.notify_all();
    thread_.join();
}

void SourceTextLoader::request(const std::string& path, Load load, Done done) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        // The same file already running (the reviewer came back to it): let it finish and
        // hand its text to this request too, instead of extracting it twice.
        if (!runningPath_.empty()) cancelRunning_ = runningPath_ != path;
        waiting_ = true;
        waitingPath_ = path;
        waitingLoad_ = std::move(load);
        waitingDone_ = std::move(done);
    }
    wake_.notify_all();
}

void SourceTextLoader::run() {
    for (;;) {
        std::string path;
        Load load;
        Done done;
        {
            std::unique_lock<std::mutex> lock(mutex_);
            wake_.wait(lock, [this] { return stop_ || waiting_; });
            if (stop_) return;
            path = std::move(waitingPath_);
            load = std::move(waitingLoad_);
            done = std::move(waitingDone_);
            waiting_ = false;
            waitingLoad_ = nullptr;
            waitingDone_ = nullptr;
            runningPath_ = path;
            cancelRunning_ = false;
        }
        auto text = std::make_shared<SourceText>(load(path, cancelRunning_));
        Done alsoWaiting;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            runningPath_.clear();
            text->cancelled = text->cancelled || cancelRunning_.load();
            // A request for this same file came while it ran: it is answered too (when the
            // run was cancelled first, the request stays and runs next).
            if (!text->cancelled && waiting_ && waitingPath_ == path) {
                alsoWaiting = std::move(waitingDone_);
                waiting_ = false;
                waitingLoad_ = nullptr;
                waitingDone_ = nullptr;
            }
        }
        if (text->cancelled) continue;
        std::shared_ptr<const SourceText> result = std::move(text);
        if (done) done(result);
        if (alsoWaiting) alsoWaiting(result);
    }
}

}  // namespace findings::studio
