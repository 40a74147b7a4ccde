// findings/plugin_check/plugin_check.hpp — the whole check of a plugin that `findings
// plugin-check PLUGIN [FILES...]` prints, for a plugin author's own tests too: load the
// library as the host does, check the descriptor and the declared options, run identify
// (twice, once from another thread) and import on each sample file, check every record,
// export a small set with each exporter, and time each call.
#pragma once

#include <findings/sdk/records.hpp>

#include <functional>
#include <string>
#include <vector>

namespace findings::plugin_check {

/// What the check found: a readable account, and the problems in it.
struct CheckReport {
    std::vector<std::string> lines;    ///< the account, one line each, indented by level
    std::vector<std::string> problems; ///< each problem, one sentence (also in `lines`)

    bool ok() const { return problems.empty(); }
    /// The lines joined, then "OK" or the problem count: what plugin-check prints.
    std::string text() const;
};

/// What to check.
struct CheckSettings {
    std::vector<std::string> files; ///< sample inputs for the importers
    Properties options;             ///< passed to every import and export
    /// Called with each line of the account as it is added, before the next call into the
    /// plugin: a caller that prints them shows how far the check got if the plugin crashes.
    std::function<void(const std::string& line)> onLine;
};

/// Checks the plugin library at `pluginPath`. Never throws for a fault of the plugin or of a
/// file: a library that does not load is one problem, an unreadable file another.
CheckReport checkPlugin(const std::string& pluginPath, const CheckSettings& settings = {});

/// The small set of records every exporter is asked to export: one source and three
/// findings (a strength, a weakness with an action, a neutral one with a link), every field
/// the format has used at least once. They pass the record check.
void sampleRecords(std::vector<Source>& sources, std::vector<Finding>& findings);

}  // namespace findings::plugin_check
