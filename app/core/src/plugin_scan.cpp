#include <findings/core/plugin_scan.hpp>

#include <findings/core/atomic_file.hpp>
#include <findings/format/json_text.hpp>
#include <findings/plugin.h>

#include <Poco/File.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Path.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <sys/stat.h>

namespace findings::core {

using worker::Frame;
using worker::FrameWriter;
using worker::Msg;

namespace {

/// Bumped when the scan's judgement changes, so old verdicts are not trusted.
constexpr int kCacheVersion = 1;

struct Stamp {
    std::int64_t size = -1;
    std::int64_t mtimeNs = -1;
    bool operator==(const Stamp& o) const { return size == o.size && mtimeNs == o.mtimeNs; }
};

struct Verdict {
    Stamp stamp;
    std::string reason;
};

Stamp stampOf(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return {};
    return {static_cast<std::int64_t>(st.st_size),
            static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

std::map<std::string, Verdict> readCache(const std::string& file) {
    std::map<std::string, Verdict> cache;
    std::ifstream in(file, std::ios::binary);
    if (!in) return cache;
    std::stringstream text;
    text << in.rdbuf();
    try {
        Poco::JSON::Parser parser;
        auto root = parser.parse(text.str()).extract<Poco::JSON::Object::Ptr>();
        if (!root || root->optValue<int>("version", 0) != kCacheVersion ||
            root->optValue<int>("sdk", 0) != static_cast<int>(FND_SDK_VERSION))
            return cache;
        auto plugins = root->getArray("plugins");
        for (size_t i = 0; plugins && i < plugins->size(); ++i) {
            auto o = plugins->getObject(static_cast<unsigned>(i));
            if (!o) continue;
            Verdict v;
            v.stamp.size = o->optValue<Poco::Int64>("size", -1);
            v.stamp.mtimeNs = o->optValue<Poco::Int64>("mtime_ns", -1);
            v.reason = o->optValue<std::string>("reason", "");
            cache[o->optValue<std::string>("path", "")] = v;
        }
    } catch (const std::exception&) {
        // A damaged cache is only a missing one: every plugin is scanned again and the cache
        // rewritten.
        cache.clear();
    }
    return cache;
}

void writeCache(const std::string& file, const std::map<std::string, Verdict>& cache) {
    JsonText j(1);
    j.beginObject();
    j.field("version", kCacheVersion);
    j.field("sdk", static_cast<std::int64_t>(FND_SDK_VERSION));
    j.key("plugins");
    j.beginArray();
    for (const auto& [path, v] : cache) {
        j.beginObject();
        j.field("path", path);
        j.field("size", v.stamp.size);
        j.field("mtime_ns", v.stamp.mtimeNs);
        j.field("reason", v.reason);
        j.endObject();
    }
    j.endArray();
    j.endObject();
    const std::string text = j.take() + "\n";
    Poco::File(Poco::Path(file).parent()).createDirectories();
    AtomicFile out(file);
    if (out.write(text.data(), text.size())) out.commit();
}

}  // namespace

std::string defaultScanCacheFile() {
    if (const char* dir = std::getenv("FINDINGS_CACHE_DIR"); dir && *dir)
        return std::string(dir) + "/plugin-scan.json";
    std::string base;
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) {
        base = xdg;
    } else {
        const char* home = std::getenv("HOME");
        if (!home || !*home) return {};
        base = std::string(home) + "/.cache";
    }
    return base + "/findings-studio/plugin-scan.json";
}

std::vector<std::string> scanPlugins(const std::vector<std::string>& paths, const ScanOptions& options) {
    std::map<std::string, Verdict> cache;
    if (!options.cacheFile.empty()) cache = readCache(options.cacheFile);
    std::vector<std::string> reasons(paths.size());
    std::vector<Stamp> stamps(paths.size());
    bool changed = false;
    std::unique_ptr<WorkerProcess> child;
    for (size_t i = 0; i < paths.size(); ++i) {
        stamps[i] = stampOf(paths[i]);
        if (auto it = cache.find(paths[i]); it != cache.end() && it->second.stamp == stamps[i]) {
            reasons[i] = it->second.reason;
            continue;
        }
        bool keep = true;  // a verdict about the file, not about this run's ability to scan
        try {
            if (!child) child = std::make_unique<WorkerProcess>(options.executable,
                                                                 WorkerLimits{options.memoryMB, options.timeSeconds});
            FrameWriter request(Msg::Scan);
            request.str(paths[i]);
            Frame answer;
            const auto got = child->send(request)
                                 ? child->reader().next(answer, std::chrono::steady_clock::now() +
                                                                    std::chrono::seconds(options.timeSeconds))
                                 : worker::FrameReader::Result::Closed;
            if (got == worker::FrameReader::Result::Frame && answer.type() == Msg::Scanned) {
                reasons[i] = answer.str();
            } else if (got == worker::FrameReader::Result::Timeout) {
                child->kill();
                child.reset();
                reasons[i] = "took longer than " + std::to_string(options.timeSeconds) + " s while loading";
            } else {
                const std::string cause = got == worker::FrameReader::Result::Closed
                                              ? child->reapCause()
                                              : "answered the scan wrongly";
                child->kill();
                child.reset();
                reasons[i] = cause + " while loading";
            }
        } catch (const std::exception& e) {
            // No scanner (the worker is missing): the plugin is refused, but only for this run.
            reasons[i] = std::string("could not be checked: ") + e.what();
            keep = false;
            child.reset();
        }
        if (keep && stamps[i].size >= 0) {
            cache[paths[i]] = {stamps[i], reasons[i]};
            changed = true;
        }
    }
    if (changed && !options.cacheFile.empty()) {
        try {
            writeCache(options.cacheFile, cache);
        } catch (const std::exception&) {
            // An unwritable cache (read-only home) costs only a rescan next time.
        }
    }
    return reasons;
}

}  // namespace findings::core
