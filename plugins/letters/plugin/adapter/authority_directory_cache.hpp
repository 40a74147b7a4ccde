// The directory of local authorities the letter importers match names against: the user's
// <userDataDir>/authorities.json when it exists, else the shipped
// <pluginDir>/data/authorities.json, else the copy compiled into the parser.
#pragma once

#include <findings/docparse/authorities.hpp>
#include <findings/sdk.hpp>

#include <memory>

namespace letters_plugin {

/// The file name of the directory, shipped and overridden.
inline constexpr const char* kAuthoritiesFileName = "authorities.json";

/// The directory for this host, loaded once per file and shared by parallel imports.
/// Throws findings::Error (FND_ERR_IO) naming the file when it cannot be read.
std::shared_ptr<const findings::docparse::AuthorityDirectory> authorityDirectoryFor(const findings::Host& host);

}  // namespace letters_plugin
