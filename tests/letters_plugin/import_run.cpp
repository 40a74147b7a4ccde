#include "import_run.hpp"

#include <catch2/catch.hpp>

#include <findings/format/findings_json.hpp>

namespace letters_plugin_test {

using namespace testsupport;

Imported importFiles(const std::vector<std::string>& files, const std::string& extraArgs) {
    Imported result;
    result.dir = std::make_shared<TempDir>();
    result.output = result.dir->file("out.findings.json");
    std::string args = "import";
    for (const std::string& f : files) args += " " + shellQuote(f);
    args += " -o " + shellQuote(result.output);
    if (!extraArgs.empty()) args += " " + extraArgs;
    result.run = runCli(args);
    if (fileExists(result.output)) result.set = findings::readFindingsFile(result.output);
    return result;
}

Imported importOk(const std::vector<std::string>& files, const std::string& extraArgs) {
    Imported result = importFiles(files, extraArgs);
    INFO("stderr: " << result.run.err);
    REQUIRE(result.run.status == 0);
    return result;
}

std::string corpusFile(const std::string& relative) {
    // Cases that read the corpus are tagged [corpus] and registered only when it is there;
    // run by hand without it, they fail rather than pass having checked nothing.
    if (corpusDir().empty()) FAIL("the corpus (FINDINGS_CORPUS_DIR) was not found when the build was configured");
    return corpusDir() + "/" + relative;
}

std::string sampleFile(const std::string& name) { return samplesDir() + "/" + name; }

std::string convertedFile(const std::string& name) {
#ifdef LETTERS_PLUGIN_CONVERTED_DIR
    const std::string path = std::string(LETTERS_PLUGIN_CONVERTED_DIR) + "/" + name;
    // The build promised the conversion: its absence is a failure, not a skip.
    REQUIRE(fileExists(path));
    return path;
#else
    FAIL("the seed letters were not converted (" << name
                                                 << "): the corpus or LibreOffice (soffice) was missing at configure time");
    return {};
#endif
}

bool havePdfPlugin() {
#ifdef LETTERS_PLUGIN_HAVE_PDF
    return true;
#else
    WARN("poppler-cpp is missing: the PDF plugin is not built, skipped");
    return false;
#endif
}

const findings::Source& sourceFor(const findings::FindingsSet& set, const std::string& path) {
    for (const findings::Source& s : set.sources)
        if (s.path == path) return s;
    FAIL("no source imported from " << path);
    throw std::logic_error("unreachable");
}

std::vector<const findings::Finding*> findingsOf(const findings::FindingsSet& set,
                                                 const std::string& sourceId) {
    std::vector<const findings::Finding*> out;
    for (const findings::Finding& f : set.findings)
        if (f.source == sourceId) out.push_back(&f);
    return out;
}

std::vector<const findings::Finding*> withRole(const findings::FindingsSet& set,
                                               const std::string& sourceId, const std::string& role) {
    std::vector<const findings::Finding*> out;
    for (const findings::Finding* f : findingsOf(set, sourceId))
        if (propertyOf(f->properties, "role") == role) out.push_back(f);
    return out;
}

std::string propertyOf(const findings::Properties& properties, const std::string& key) {
    const std::string* v = findings::findProperty(properties, key);
    return v ? *v : std::string();
}

}  // namespace letters_plugin_test
