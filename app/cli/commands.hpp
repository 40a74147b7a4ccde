// The commands of `findings`. Each returns the process exit status: 0 when everything
// succeeded, 1 when some file failed, 2 for a usage error.
#pragma once

#include "session.hpp"

#include <findings/format/findings_set.hpp>

namespace findings::cli {

int runPlugins(Session& session);
int runInspect(Session& session);
int runValidate(Session& session);
int runImport(Session& session);  ///< import and convert
int runMerge(Session& session);
int runLink(Session& session);
/// plugin-check runs before any session: it loads only the plugin it checks.
int runPluginCheck(const CliArgs& args);

/// Links follow-ups in `set` as `findings link` does, reporting what was done; false when
/// the concept file has a mistake (reported).
bool linkInto(Session& session, findings::FindingsSet& set);

/// Help text for `findings --help` and `findings COMMAND --help`.
std::string helpText(const std::string& command);

}  // namespace findings::cli
