// Running an exporter over a findings set: choose it (by id or by the target's extension),
// hand it a read-only view, and write its bytes atomically so a failure leaves no partial
// file and an existing target is replaced only by a complete one.
#pragma once

#include <findings/core/call_context.hpp>
#include <findings/core/diagnostics.hpp>
#include <findings/format/findings_set.hpp>
#include <findings/core/plugin_registry.hpp>
#include <findings/core/theme_labels.hpp>

#include <atomic>
#include <string>
#include <vector>

namespace findings::core {

/// The exporter for `target`: the one named `exporterId`, or else the only one whose
/// extensions include the target's. Returns {nullptr,...} with `error` set otherwise.
ExporterEntry chooseExporter(const PluginRegistry& registry, const std::string& target,
                           const std::string& exporterId, std::string& error);

struct ExportSettings {
    std::string exporterId;          ///< empty: choose by the target's extension
    Properties options;
    DiagnosticList* diagnostics = nullptr; ///< required
    const ThemeLabels* themes = nullptr;   ///< for theme labels; may be null
    const std::atomic<bool>* cancel = nullptr;
    ProgressFn progress;
    std::vector<std::string> inputs; ///< files the target must never overwrite
};

/// Exports `set` to `target`. Returns "" on success, else a one-line reason (the plugin's
/// own diagnostics are in settings.diagnostics).
std::string exportFindings(const PluginRegistry& registry, const FindingsSet& set,
                           const std::string& target, const ExportSettings& settings);

}  // namespace findings::core
