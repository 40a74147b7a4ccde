// What both importers prepare before reading a table: the options, the column vocabulary,
// the classifier and theme resolver, and the file's digest for ids.
#pragma once

#include "classifier_cache.hpp"
#include "column_vocabulary.hpp"
#include "import_options.hpp"
#include "theme_resolver.hpp"

#include <findings/sdk.hpp>

#include <functional>
#include <memory>
#include <string>

namespace spreadsheet {

struct ImportSetup {
    TableOptions options;
    ColumnVocabulary vocabulary;
    std::shared_ptr<const findings::classify::Classifier> ownClassifier; ///< its taxonomy names themes
    std::unique_ptr<findings::classify::CallClassifier> classifier;      ///< the host's, else our own
    std::unique_ptr<ThemeResolver> themes;
    std::string sha256;
    std::string fileSourceId; ///< "src-" + 12 hex digits
};

/// Reads the options, loads the vocabulary (the user's <userDataDir>/columns.json, else the
/// shipped one) and the classifier (texts go through the host's classify when it offers it;
/// our own still supplies the taxonomy's names for theme columns), and takes the input's digest from the host (or, under a
/// host without fnd_host.input_sha256, hashes the input, leaving it at its start).
/// Throws findings::Error.
ImportSetup prepareImport(findings::ImportCall& call, ClassifierCache& classifiers);
/// The same for a preview: no digest (nothing is given an id), the rest as an import has it.
ImportSetup preparePreview(findings::PreviewCall& call, ClassifierCache& classifiers);

/// The progress and cancellation callback for a TableReader reading `what`.
std::function<void(uint32_t)> progressTicker(const findings::Host& host, std::string what);

}  // namespace spreadsheet
