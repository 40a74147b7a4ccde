// Shared helpers for the sheetread suite: fixture paths, temporary folders, file I/O and
// running external tools (python, soffice).
#pragma once

#include <string>

namespace sheetread_test {

/// Absolute path of a fixture generated at build time into the build tree; fails the
/// test when it is missing (the build generates all of them).
std::string fixture(const std::string& name);

/// A fresh folder under $TMPDIR (or /tmp), removed with its contents on destruction.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    /// The folder's path.
    const std::string& path() const { return path_; }
    /// `path()/name`.
    std::string file(const std::string& name) const { return path_ + "/" + name; }

private:
    std::string path_;
};

/// The whole content of a file; fails the test when it cannot be read.
std::string readFile(const std::string& path);
/// Writes `bytes` to `path`, replacing it; fails the test when it cannot.
void writeFile(const std::string& path, const std::string& bytes);

/// Runs a shell command; returns its exit status.
int runCommand(const std::string& command);

/// True when LibreOffice's `soffice` is on PATH.
bool haveSoffice();

/// Converts `input` to xlsx with LibreOffice headless into `outDir` (private profile under
/// `outDir`) and returns the produced file's path; fails the test if conversion fails.
std::string convertWithSoffice(const std::string& input, const std::string& outDir);

}  // namespace sheetread_test
