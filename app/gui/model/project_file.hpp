// Reading and writing a project: a .findings.json document through the core's reader and
// writer, written atomically so a crash mid-save never leaves half a project.
#pragma once

#include <findings/format/findings_set.hpp>

#include <string>

namespace findings::studio {

/// The suffix of project files.
inline constexpr const char* kProjectSuffix = ".findings.json";

/// Reads a project; throws findings::FormatError or std::runtime_error with the reason.
findings::FindingsSet readProject(const std::string& path);

/// Writes `set` to `path` atomically; throws std::runtime_error naming the file and cause.
void writeProject(const findings::FindingsSet& set, const std::string& path);

/// True when `path` ends with ".findings.json" (case-insensitive).
bool isProjectPath(const std::string& path);

/// The file name a new project is offered under: its local authorities ("Herefordshire",
/// "Herefordshire and Wyvern"), else its one source's title, else "Untitled", each made safe
/// as a file name, with ".findings.json" after it. Never "findings.findings.json".
std::string suggestedProjectFileName(const findings::FindingsSet& set);

/// `path` with ".findings.json" appended unless it already ends so.
std::string withProjectSuffix(const std::string& path);

}  // namespace findings::studio
