// Importer messages made plain for the desktop app. Plugins write for the command line too,
// so a warning may end with an option hint in option syntax ("(include_hidden=true reads
// it)"); in the app that is noise an officer cannot act on, and the hint is dropped.
#pragma once

#include <string>

namespace findings::studio {

/// `message` without parenthesised option hints "(name=value …)"; unchanged otherwise.
std::string plainMessage(const std::string& message);

}  // namespace findings::studio
