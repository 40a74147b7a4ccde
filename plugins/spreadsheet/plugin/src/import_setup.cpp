#include "import_setup.hpp"

#include "finding_ids.hpp"
#include "input_access.hpp"

#include <findings/sdk/ids.hpp>

#include <stdexcept>

namespace spreadsheet {

namespace {

ImportSetup prepareTable(const findings::Host& host, const findings::Options& options, ClassifierCache& classifiers) {
    ImportSetup s;
    s.options = readTableOptions(options);
    const std::string userDir = host.userDataDir();
    try {
        s.vocabulary = ColumnVocabulary::loadDefault(
            pluginDataDir(host), userDir.empty() ? std::string() : userDir + "/" + ColumnVocabulary::kFileName);
    } catch (const std::runtime_error& e) {
        throw findings::Error(FND_ERR_INTERNAL, std::string("the column vocabulary cannot be loaded: ") + e.what());
    }
    s.ownClassifier = classifiers.get(host, s.options.themes);
    s.classifier = std::make_unique<findings::classify::CallClassifier>(host, s.ownClassifier);
    s.themes = std::make_unique<ThemeResolver>(s.ownClassifier->taxonomy(), *s.classifier);
    return s;
}

}  // namespace

ImportSetup prepareImport(findings::ImportCall& call, ClassifierCache& classifiers) {
    ImportSetup s = prepareTable(call.host, call.options, classifiers);
    // The host hashes each input once for every importer; only an older host leaves it to us.
    s.sha256 = call.host.inputSha256();
    if (s.sha256.empty()) s.sha256 = sha256OfInput(call.input);
    s.fileSourceId = findings::sourceIdForDigest(s.sha256);
    return s;
}

ImportSetup preparePreview(findings::PreviewCall& call, ClassifierCache& classifiers) {
    return prepareTable(call.host, call.options, classifiers);
}

std::function<void(uint32_t)> progressTicker(const findings::Host& host, std::string what) {
    return [&host, what = std::move(what)](uint32_t row) {
        host.throwIfCancelled();
        host.progress(-1.0, what + ", row " + std::to_string(row));
    };
}

}  // namespace spreadsheet
