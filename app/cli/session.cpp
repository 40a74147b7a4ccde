#include "session.hpp"

#include <findings/core/atomic_file.hpp>
#include <findings/core/file_input.hpp>
#include <findings/core/isolation.hpp>

#include <cstdio>
#include <iostream>
#include <unistd.h>

namespace findings::cli {

std::atomic<bool>& g_cancelRequested = core::interruptFlag();

Session::Session(const CliArgs& a) : args(a) {
    pluginDirs = core::pluginSearchDirs(a.pluginDirs, !a.noDefaultPlugins,
                                        core::currentExecutablePath());
    core::IsolationSettings isolation;
    isolation.inProcess = a.inProcess;
    isolation.limits.memoryMB = a.memoryLimitMB;
    isolation.limits.timeSeconds = a.timeLimitSeconds;
    core::loadPlugins(registry, pluginDirs, isolation);
    for (const auto& s : registry.shadowed())
        report(core::Severity::Warning, s.path, "plugin-shadowed",
               "plugin " + s.id + " not loaded from here: the copy at " + s.by +
                   " comes first in the search order and is used instead");
    try {
        themes = core::ThemeLabels::find(pluginDirs);
    } catch (const std::exception& e) {
        report(core::Severity::Warning, "", "themes", e.what());
    }
}

std::uint64_t Session::maxInputBytes() const {
    return args.maxInputMb ? args.maxInputMb << 20 : findings::kDefaultMaxInputBytes;
}

void Session::report(core::Severity severity, const std::string& file, const std::string& code,
                     const std::string& message) {
    core::Diagnostic d;
    d.file = file;
    d.severity = severity;
    d.code = code;
    d.message = message;
    diagnostics.add(std::move(d));
}

void Session::flushDiagnostics() {
    const auto all = diagnostics.all();
    endProgress();
    for (; printed_ < all.size(); ++printed_) {
        const auto& d = all[printed_];
        if (d.severity == core::Severity::Info && args.quiet) continue;
        std::cerr << d.format() << '\n';
    }
}

bool Session::writeReport() {
    if (args.report.empty()) return true;
    try {
        const std::string json = core::diagnosticsToJson(diagnostics.all()) + "\n";
        core::AtomicFile file(args.report);
        file.write(json.data(), json.size());
        file.commit();
        return true;
    } catch (const std::exception& e) {
        std::cerr << "findings: cannot write the report: " << core::terminalSafe(e.what()) << '\n';
        return false;
    }
}

void Session::showProgress(size_t done, size_t total, const std::string& file) {
    if (args.quiet || total < 2 || !::isatty(STDERR_FILENO)) return;
    std::fprintf(stderr, "\r\033[K[%zu/%zu] %s", done, total, core::terminalSafe(file).c_str());
    std::fflush(stderr);
    progressShown_ = true;
}

void Session::endProgress() {
    if (!progressShown_) return;
    std::fprintf(stderr, "\r\033[K");
    std::fflush(stderr);
    progressShown_ = false;
}

}  // namespace findings::cli
