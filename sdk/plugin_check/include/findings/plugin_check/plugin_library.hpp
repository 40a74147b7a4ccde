// findings/plugin_check/plugin_library.hpp — a plugin library opened by path, as the host
// opens it: the entry symbol of this SDK's major version, called with this SDK's version, and
// the descriptor checked by the host's own rule (findings/check/descriptor_check.hpp).
#pragma once

#include <findings/plugin.h>

#include <stdexcept>
#include <string>

namespace findings::plugin_check {

/// A plugin that cannot be used at all: not a library, no entry symbol, a descriptor the
/// host refuses. what() says why, as the host would.
class LoadError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// An open plugin library. Unloads it on destruction: keep it alive while any descriptor,
/// importer or exporter it returned is in use.
class PluginLibrary {
public:
    /// Opens the library at `path` and calls its entry point. Throws LoadError.
    explicit PluginLibrary(const std::string& path);
    ~PluginLibrary();
    PluginLibrary(const PluginLibrary&) = delete;
    PluginLibrary& operator=(const PluginLibrary&) = delete;

    /// The descriptor the entry point returned; valid while this object lives.
    const fnd_plugin& descriptor() const { return *descriptor_; }
    /// The path the library was opened from, as given.
    const std::string& path() const { return path_; }
    /// The folder the library is in (what the host passes as fnd_host.plugin_dir).
    std::string folder() const;
    /// The importer or exporter with this id, or nullptr.
    const fnd_importer* importer(const std::string& id) const;
    const fnd_exporter* exporter(const std::string& id) const;

private:
    std::string path_;
    void* handle_ = nullptr;
    const fnd_plugin* descriptor_ = nullptr;
};

}  // namespace findings::plugin_check
