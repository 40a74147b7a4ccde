#include <findings/plugin_check/plugin_check.hpp>

#include <findings/check/descriptor_check.hpp>
#include <findings/plugin_check/plugin_library.hpp>
#include <findings/plugin_check/runs.hpp>
#include <findings/sdk/convert.hpp>

#include <algorithm>
#include <cstdio>
#include <future>
#include <memory>

namespace findings::plugin_check {

namespace {

std::string ms(double milliseconds) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f ms", milliseconds);
    return buf;
}

std::string count(std::size_t n, const std::string& thing) {
    return std::to_string(n) + " " + thing + (n == 1 ? "" : "s");
}

std::string baseName(const std::string& path) {
    const size_t slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

class Checker {
public:
    Checker(CheckReport& report, const CheckSettings& settings) : report_(report), settings_(settings) {}

    void say(int level, const std::string& line) {
        report_.lines.push_back(std::string(static_cast<size_t>(level) * 2, ' ') + line);
        if (settings_.onLine) settings_.onLine(report_.lines.back());
    }
    void problem(int level, const std::string& sentence) {
        say(level, "PROBLEM: " + sentence);
        report_.problems.push_back(sentence);
    }

    /// Extensions lower case, without the dot; declared options sensible.
    void declarations(const std::string& owner, const fnd_str* extensions, size_t extensionCount,
                      const fnd_option* const* options, size_t optionCount) {
        std::string list;
        for (size_t i = 0; extensions && i < extensionCount; ++i) {
            const std::string e = toString(extensions[i]);
            list += (list.empty() ? "" : ", ") + e;
            bool lower = !e.empty() && e[0] != '.';
            for (char c : e) lower = lower && !(c >= 'A' && c <= 'Z');
            if (!lower) problem(2, owner + " declares the extension \"" + e + "\": lower case, without the dot");
        }
        say(2, "extensions: " + (list.empty() ? "none" : list) + "; " + count(optionCount, "option"));
        for (const std::string& p : check::optionProblems(owner, options, optionCount)) problem(2, p);
    }

    void threads(int level, const std::string& what, std::size_t hostCalls, std::size_t forbidden,
                 const std::string& forbiddenWhat) {
        if (hostCalls) say(level, what + " called the host from other threads " + count(hostCalls, "time") + " (allowed)");
        if (forbidden)
            problem(level, what + " called " + forbiddenWhat + " from another thread " + count(forbidden, "time") +
                               ": only the thread running the call may");
    }

    /// Identify on every importer, the same answer from another thread; import with the one
    /// that claims the file.
    void file(const PluginLibrary& plugin, const std::string& path, const Properties& options) {
        say(1, "file " + path);
        const fnd_plugin& d = plugin.descriptor();
        const fnd_importer* best = nullptr;
        int bestConfidence = 0;
        for (size_t i = 0; i < d.importer_count; ++i) {
            const fnd_importer& im = *d.importers[i];
            const std::string id = toString(im.id);
            IdentifyRun here, there;
            try {
                here = runIdentify(im, path, plugin.folder());
                // identify is [any-thread]: ask again from another thread.
                there = std::async(std::launch::async, [&] { return runIdentify(im, path, plugin.folder()); }).get();
            } catch (const std::exception& e) {
                problem(2, e.what());
                return;
            }
            const int c = here.confidence;
            say(2, "identify " + id + ": " + (c == FND_IDENTIFY_UNKNOWN ? "unknown" : std::to_string(c)) +
                       (here.reason.empty() ? "" : " (" + here.reason + ")") + ", " + ms(here.milliseconds));
            if (c != FND_IDENTIFY_UNKNOWN && (c < 0 || c > 100))
                problem(2, id + " answered identify with " + std::to_string(c) + ": 0..100 or FND_IDENTIFY_UNKNOWN");
            if (there.confidence != c)
                problem(2, id + " answered " + std::to_string(there.confidence) + " from another thread and " +
                               std::to_string(c) + " from this one: identify must not depend on the thread");
            if (c != FND_IDENTIFY_UNKNOWN && c > bestConfidence) best = &im, bestConfidence = c;
        }
        if (!best) {
            problem(2, "no importer claims " + baseName(path) + " (every identify answered unknown or 0)");
            return;
        }
        const std::string id = toString(best->id);
        ImportRun run;
        try {
            run = runImport(*best, path, options, plugin.folder());
        } catch (const std::exception& e) {
            problem(2, e.what());
            return;
        }
        say(2, "import " + id + ": " + statusWords(run.status) + ", " + count(run.sources.size(), "source") + ", " +
                   count(run.findings.size(), "finding") + ", " + ms(run.milliseconds) + ", " +
                   count(run.diagnostics.size(), "diagnostic") + ", " + count(run.progressCalls, "progress call"));
        for (const Diagnostic& diag : run.diagnostics)
            say(3, std::string(severityName(diag.severity)) + " [" + diag.code + "] " + diag.message);
        if (run.status != FND_OK) problem(2, id + " failed on " + baseName(path) + ": " + statusWords(run.status));
        if (run.status == FND_OK && run.findings.empty())
            say(3, "note: no findings from " + baseName(path));
        if (run.recordProblemCount)
            problem(2, check::describeProblems(id, run.recordProblems, run.recordProblemCount));
        else if (run.status == FND_OK)
            say(3, "every record passes the record check");
        threads(3, id, run.otherThreadHostCalls, run.otherThreadSinkCalls, "the sink");
        if (run.status == FND_OK) documentText(plugin, *best, path, options, run.findings);
        if (run.status == FND_OK) preview(plugin, *best, path, options);
    }

    /// When the importer offers preview: one table, rows in order and within the limit,
    /// every field named and labelled.
    void preview(const PluginLibrary& plugin, const fnd_importer& im, const std::string& path,
                 const Properties& options) {
        const std::string id = toString(im.id);
        constexpr std::size_t kRows = 20;
        PreviewRun run;
        try {
            run = runPreview(im, path, options, kRows, plugin.folder());
        } catch (const std::exception& e) {
            problem(2, e.what());
            return;
        }
        if (!run.offered) {
            say(2, "preview: not offered (no " FND_EXT_PREVIEW " extension)");
            return;
        }
        std::size_t mapped = 0;
        for (const auto& f : run.fields) mapped += !f.columnHeader.empty();
        say(2, "preview " + id + ": " + statusWords(run.status) + ", " +
                   (run.sheet.empty() ? std::string() : "sheet " + run.sheet + ", ") +
                   (run.headerRow == FND_NONE ? std::string("no header row")
                                              : "header on row " + std::to_string(run.headerRow)) +
                   ", " + count(run.rows.size(), "row") + ", " + std::to_string(mapped) + " of " +
                   count(run.fields.size(), "field") + " mapped, " + ms(run.milliseconds));
        if (run.status != FND_OK) {
            problem(2, id + " imported " + baseName(path) + " but failed to preview it: " + statusWords(run.status));
            return;
        }
        if (run.tableCalls != 1)
            problem(2, id + "'s preview called table() " + count(run.tableCalls, "time") + ": once, please");
        if (run.rows.size() > kRows)
            problem(2, id + "'s preview gave " + count(run.rows.size(), "row") + " when asked for at most " +
                           std::to_string(kRows));
        for (std::size_t i = 1; i < run.rows.size(); ++i)
            if (run.rows[i].first <= run.rows[i - 1].first) {
                problem(2, id + "'s preview gave row " + std::to_string(run.rows[i].first) + " after row " +
                               std::to_string(run.rows[i - 1].first) + ": rows go in order");
                break;
            }
        for (const auto& f : run.fields)
            if (f.field.empty() || f.label.empty()) {
                problem(2, id + "'s preview names a field without a name or a label");
                break;
            }
        if (run.fields.empty()) problem(2, id + "'s preview names no field a column can fill");
    }

    /// When the importer offers document_text: the text is UTF-8 and holds every line and
    /// byte offset the import's findings name.
    void documentText(const PluginLibrary& plugin, const fnd_importer& im, const std::string& path,
                      const Properties& options, const std::vector<Finding>& findings) {
        const std::string id = toString(im.id);
        DocumentTextRun run;
        try {
            run = runDocumentText(im, path, options, plugin.folder());
        } catch (const std::exception& e) {
            problem(2, e.what());
            return;
        }
        if (!run.offered) {
            say(2, "document text: not offered (no " FND_EXT_DOCUMENT_TEXT " extension)");
            return;
        }
        const std::int64_t lines = run.text.empty() ? 0 : 1 + static_cast<std::int64_t>(
                                                                  std::count(run.text.begin(), run.text.end(), '\n'));
        say(2, "document text " + id + ": " + statusWords(run.status) + ", " + count(run.text.size(), "byte") + ", " +
                   count(static_cast<size_t>(lines), "line") + ", " + ms(run.milliseconds));
        for (const Diagnostic& diag : run.diagnostics)
            say(3, std::string(severityName(diag.severity)) + " [" + diag.code + "] " + diag.message);
        if (run.status != FND_OK) {
            problem(2, id + " imported " + baseName(path) + " but failed to give its text: " + statusWords(run.status));
            return;
        }
        if (!check::isValidUtf8(run.text)) problem(2, id + " gave document text that is not valid UTF-8");
        size_t outside = 0;
        std::string first;
        for (const Finding& f : findings) {
            const Location& l = f.location;
            const bool linesOutside = (l.line_start != kNone && l.line_start > lines) ||
                                      (l.line_end != kNone && l.line_end > lines);
            const bool bytesOutside = l.char_end != kNone && l.char_end > static_cast<std::int64_t>(run.text.size());
            if ((linesOutside || bytesOutside) && outside++ == 0) first = f.id.empty() ? f.text.substr(0, 40) : f.id;
        }
        if (outside)
            problem(2, id + ": " + count(outside, "finding") + " (first: " + first +
                           ") name lines or bytes past the end of the document text: the text must be "
                           "what the locations count");
        else
            say(3, "every finding's location falls inside the text");
        threads(3, id, 0, run.otherThreadOutCalls, "out.write");
    }

    void exporter(const PluginLibrary& plugin, const fnd_exporter& ex, const Properties& options) {
        const std::string id = toString(ex.id);
        std::vector<Source> sources;
        std::vector<Finding> findings;
        sampleRecords(sources, findings);
        const std::string target = "sample." + (ex.extension_count ? toString(ex.extensions[0]) : std::string("out"));
        const ExportRun run = runExport(ex, sources, findings, options, target, plugin.folder());
        say(2, "export of " + count(findings.size(), "sample finding") + ": " + statusWords(run.status) + ", " +
                   count(run.output.size(), "byte") + ", " + ms(run.milliseconds) + ", " +
                   count(run.diagnostics.size(), "diagnostic"));
        for (const Diagnostic& diag : run.diagnostics)
            say(3, std::string(severityName(diag.severity)) + " [" + diag.code + "] " + diag.message);
        if (run.status != FND_OK) problem(2, id + " failed to export the sample set: " + statusWords(run.status));
        else if (run.output.empty()) problem(2, id + " exported the sample set as nothing (0 bytes)");
        threads(3, id, run.otherThreadHostCalls, run.otherThreadOutputCalls, "output.write");
    }

private:
    CheckReport& report_;
    const CheckSettings& settings_;
};

}  // namespace

std::string CheckReport::text() const {
    std::string out;
    for (const std::string& line : lines) out += line + "\n";
    out += problems.empty() ? "OK: no problems\n" : std::to_string(problems.size()) + " problem(s)\n";
    return out;
}

CheckReport checkPlugin(const std::string& pluginPath, const CheckSettings& settings) {
    CheckReport report;
    Checker c(report, settings);
    std::unique_ptr<PluginLibrary> plugin;
    try {
        plugin = std::make_unique<PluginLibrary>(pluginPath);
    } catch (const LoadError& e) {
        c.say(0, "plugin " + pluginPath);
        c.problem(1, e.what());
        return report;
    }
    const fnd_plugin& d = plugin->descriptor();
    c.say(0, "plugin " + toString(d.id) + " " + toString(d.version) + " (SDK " +
                 std::to_string(FND_VERSION_MAJOR(d.sdk_version)) + "." +
                 std::to_string(FND_VERSION_MINOR(d.sdk_version)) + ") from " + pluginPath);
    if (d.importer_count == 0 && d.exporter_count == 0) c.problem(1, "the plugin offers no importer and no exporter");
    for (size_t i = 0; i < d.importer_count; ++i) {
        const fnd_importer& im = *d.importers[i];
        c.say(1, "importer " + toString(im.id) + ": " + toString(im.name));
        c.declarations("importer " + toString(im.id), im.extensions, im.extension_count, im.options, im.option_count);
    }
    for (size_t i = 0; i < d.exporter_count; ++i) {
        const fnd_exporter& ex = *d.exporters[i];
        c.say(1, "exporter " + toString(ex.id) + ": " + toString(ex.name));
        c.declarations("exporter " + toString(ex.id), ex.extensions, ex.extension_count, ex.options, ex.option_count);
        c.exporter(*plugin, ex, settings.options);
    }
    if (d.importer_count && settings.files.empty()) c.say(1, "note: no sample files given, so no import was tried");
    for (const std::string& file : settings.files) c.file(*plugin, file, settings.options);
    return report;
}

}  // namespace findings::plugin_check
