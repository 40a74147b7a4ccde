// Source texts for the source view: a few kept (least recently used goes), loaded on a
// worker thread where the newest request wins, and an importer's reading that stops when
// the reviewer has moved on.
#include "model/source_text_cache.hpp"
#include "model/source_text_loader.hpp"


#include <test_support.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <condition_variable>
#include <fstream>
#include <mutex>
#include <sys/stat.h>
#include <thread>
#include <vector>

using namespace findings::studio;
using namespace std::chrono_literals;

namespace {

std::shared_ptr<const SourceText> textOf(const std::string& path) {
    auto t = std::make_shared<SourceText>();
    t->path = path;
    t->readable = true;
    t->utf8 = "text of " + path;
    return t;
}

/// What a loader delivered, waited for from the test thread.
struct Deliveries {
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<std::string> paths;
    SourceTextLoader::Done done() {
        return [this](std::shared_ptr<const SourceText> t) {
            std::lock_guard<std::mutex> lock(mutex);
            paths.push_back(t->path);
            changed.notify_all();
        };
    }
    bool waitFor(size_t count) {
        std::unique_lock<std::mutex> lock(mutex);
        return changed.wait_for(lock, 5s, [&] { return paths.size() >= count; });
    }
};

/// A load that blocks until released (or cancelled), counting the loads started.
struct GatedLoad {
    std::mutex mutex;
    std::condition_variable changed;
    bool open = false;
    std::vector<std::string> started;
    SourceTextLoader::Load load() {
        return [this](const std::string& path, const std::atomic<bool>& cancel) {
            std::unique_lock<std::mutex> lock(mutex);
            started.push_back(path);
            changed.notify_all();
            // The loader's cancel flag is not a condition variable: look at it often.
            const auto giveUp = std::chrono::steady_clock::now() + 5s;
            while (!open && !cancel.load() && std::chrono::steady_clock::now() < giveUp)
                changed.wait_for(lock, 5ms);
            SourceText t = *textOf(path);
            t.cancelled = cancel.load();
            return t;
        };
    }
    bool waitStarted(size_t count) {
        std::unique_lock<std::mutex> lock(mutex);
        return changed.wait_for(lock, 5s, [&] { return started.size() >= count; });
    }
    void release() {
        std::lock_guard<std::mutex> lock(mutex);
        open = true;
        changed.notify_all();
    }
};

}  // namespace

TEST_CASE("the text cache keeps the most recently used few", "[sourcetext]") {
    SourceTextCache cache(3);
    for (const char* p : {"a", "b", "c"}) cache.insert(textOf(p));
    CHECK(cache.size() == 3);
    REQUIRE(cache.find("a"));  // a is now the most recent: b goes first
    cache.insert(textOf("d"));
    CHECK(cache.size() == 3);
    CHECK_FALSE(cache.find("b"));
    CHECK(cache.find("a"));
    CHECK(cache.find("c"));
    CHECK(cache.find("d"));
    // Replacing a text does not grow the cache.
    cache.insert(textOf("d"));
    CHECK(cache.size() == 3);
    CHECK(SourceTextCache().capacity() > 1);
    // Asking whether a text is there does not make it the most recent: a (found before c
    // and d) stays the oldest and goes next.
    CHECK(cache.contains("a"));
    CHECK_FALSE(cache.contains("b"));
    cache.insert(textOf("e"));
    CHECK_FALSE(cache.contains("a"));
    CHECK(cache.contains("c"));
}

TEST_CASE("the loader delivers on its own thread, the newest request winning", "[sourcetext]") {
    GatedLoad gate;
    Deliveries got;
    SourceTextLoader loader;
    loader.request("first.pdf", gate.load(), got.done());
    REQUIRE(gate.waitStarted(1));
    // While first.pdf runs the reviewer clicks on, twice: first.pdf is cancelled, the
    // second request is replaced by the third, which is the one loaded.
    loader.request("second.pdf", gate.load(), got.done());
    loader.request("third.pdf", gate.load(), got.done());
    REQUIRE(gate.waitStarted(2));
    gate.release();
    REQUIRE(got.waitFor(1));
    std::this_thread::sleep_for(100ms);
    std::lock_guard<std::mutex> lock(got.mutex);
    CHECK(got.paths == std::vector<std::string>{"third.pdf"});
    CHECK(gate.started == std::vector<std::string>{"first.pdf", "third.pdf"});
}

TEST_CASE("a request for the file being loaded waits for that load, not a second one", "[sourcetext]") {
    GatedLoad gate;
    Deliveries got;
    SourceTextLoader loader;
    loader.request("report.pdf", gate.load(), got.done());
    REQUIRE(gate.waitStarted(1));
    loader.request("report.pdf", gate.load(), got.done());
    gate.release();
    REQUIRE(got.waitFor(2));
    CHECK(gate.started.size() == 1);
}

TEST_CASE("destroying the loader stops a load in progress", "[sourcetext]") {
    GatedLoad gate;
    Deliveries got;
    const auto before = std::chrono::steady_clock::now();
    {
        SourceTextLoader loader;
        loader.request("slow.pdf", gate.load(), got.done());
        REQUIRE(gate.waitStarted(1));
    }
    CHECK(std::chrono::steady_clock::now() - before < 2s);
    CHECK(got.paths.empty());
}

TEST_CASE("moving on cancels an importer still reading a document", "[sourcetext][isolation]") {
    // The slow test importer reads until it is cancelled; isolated, as the app runs it.
    const auto isolated = testsupport::pluginRegistry({FINDINGS_TEST_PLUGIN_DIR}, false, {256, 20});
    const findings::core::PluginRegistry& registry = *isolated;
    REQUIRE(registry.workers());
    testsupport::TempDir dir;
    testsupport::writeFile(dir.file("a.slow"), "SLOW\n");
    testsupport::writeFile(dir.file("b.good"), "GOOD\nstrength: quick\n");
    auto load = [&registry](const std::string& path, const std::atomic<bool>& cancel) {
        return loadSourceText(registry, path, "", &cancel);
    };
    Deliveries got;
    const auto before = std::chrono::steady_clock::now();
    SourceTextLoader loader;
    loader.request(dir.file("a.slow"), load, got.done());
    // The importer has started (it marks the file) when the reviewer moves on.
    const auto giveUp = std::chrono::steady_clock::now() + 10s;
    while (!testsupport::fileExists(dir.file("a.slow.started")) && std::chrono::steady_clock::now() < giveUp)
        std::this_thread::sleep_for(10ms);
    REQUIRE(testsupport::fileExists(dir.file("a.slow.started")));
    loader.request(dir.file("b.good"), load, got.done());
    REQUIRE(got.waitFor(1));
    CHECK(std::chrono::steady_clock::now() - before < 8s);
    std::lock_guard<std::mutex> lock(got.mutex);
    CHECK(got.paths == std::vector<std::string>{dir.file("b.good")});
}
