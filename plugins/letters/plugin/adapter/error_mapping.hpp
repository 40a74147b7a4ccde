// Turning the parser's and the classifier's failures into the SDK's errors: a status the
// host understands and a sentence for the user (the host adds the file name).
#pragma once

#include <findings/docparse/error.hpp>
#include <findings/sdk.hpp>

#include <string>

namespace letters_plugin {

/// The SDK error for a reader or parser failure: empty, binary, damaged or scanned input
/// is invalid or unsupported input; a zip bomb or oversized file is a safety limit.
findings::Error toImportError(const findings::docparse::DocparseError& e);

/// The SDK error for a theme taxonomy that cannot be loaded. `fromOption` says whether the
/// file came from the `themes` option (then the option is at fault).
findings::Error toTaxonomyError(const std::string& cause, bool fromOption);

}  // namespace letters_plugin
