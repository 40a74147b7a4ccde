#include "model/autosave_store.hpp"

#include "model/project_file.hpp"

#include <findings/core/atomic_file.hpp>
#include <findings/core/plugin_registry.hpp>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace findings::studio {

namespace fs = std::filesystem;

namespace {
const std::string kPrefix = "autosave-";
const std::string kSuffix = ".findings.json";
const std::string kProjectNote = ".project";  // sidecar: the project path, one line

bool processAlive(long pid) {
    if (pid <= 0) return false;
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}
}  // namespace

AutosaveStore::AutosaveStore(std::string folder) : folder_(std::move(folder)), pid_(::getpid()) {}

std::string AutosaveStore::defaultFolder() { return core::userDataDir() + "/autosave"; }

std::string AutosaveStore::path() const {
    return folder_ + "/" + kPrefix + std::to_string(pid_) + kSuffix;
}

void AutosaveStore::save(const findings::FindingsSet& set, const std::string& projectPath) {
    fs::create_directories(folder_);
    writeProject(set, path());
    core::AtomicFile note(path() + kProjectNote);
    note.write(projectPath.data(), projectPath.size());
    note.commit();
}

void AutosaveStore::remove() {
    std::error_code ec;
    fs::remove(path(), ec);
    fs::remove(path() + kProjectNote, ec);
}

std::vector<AutosaveStore::Orphan> AutosaveStore::orphans() const {
    std::vector<Orphan> out;
    std::error_code ec;
    for (fs::directory_iterator it(folder_, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.size() <= kPrefix.size() + kSuffix.size() || name.rfind(kPrefix, 0) != 0 ||
            name.compare(name.size() - kSuffix.size(), kSuffix.size(), kSuffix) != 0)
            continue;
        const std::string pidText =
            name.substr(kPrefix.size(), name.size() - kPrefix.size() - kSuffix.size());
        if (pidText.empty() || !std::all_of(pidText.begin(), pidText.end(), ::isdigit)) continue;
        const long pid = std::stol(pidText);
        if (pid == pid_ || processAlive(pid)) continue;
        Orphan orphan;
        orphan.file = it->path().string();
        std::ifstream note(orphan.file + kProjectNote);
        std::getline(note, orphan.projectPath);
        struct stat st {};
        if (::stat(orphan.file.c_str(), &st) == 0) orphan.written = st.st_mtime;
        out.push_back(std::move(orphan));
    }
    std::sort(out.begin(), out.end(),
              [](const Orphan& a, const Orphan& b) { return a.written > b.written; });
    return out;
}

void AutosaveStore::discard(const Orphan& orphan) {
    std::error_code ec;
    fs::remove(orphan.file, ec);
    fs::remove(orphan.file + kProjectNote, ec);
}

}  // namespace findings::studio
