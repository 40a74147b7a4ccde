// findings/check/descriptor_check.hpp — what makes a plugin's descriptor usable: the rules the
// host applies when it loads a plugin (descriptorProblem), and the rules for declared options
// that `findings plugin-check` and the test harness add (optionProblems).
#pragma once

#include <findings/plugin.h>

#include <string>
#include <vector>

namespace findings::check {

/// Why the host refuses this descriptor (NULL, too small, another major version, no id, an
/// importer or exporter without id or functions), or empty when it loads it. The host's
/// plugin loader and the test harness both use it.
std::string descriptorProblem(const fnd_plugin* descriptor);

/// What is wrong with the options an importer or exporter declares, one sentence each:
/// a missing name or help, a name declared twice, an unknown type, a choice with no choices
/// or a default that is not one of them, a boolean default other than "true"/"false", an
/// integer default that is not a whole number. `owner` ("importer org.x.y") starts each.
std::vector<std::string> optionProblems(const std::string& owner, const fnd_option* const* options,
                                        std::size_t count);

}  // namespace findings::check
