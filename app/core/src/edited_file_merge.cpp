#include <findings/core/edited_file_merge.hpp>

namespace findings::core {

EditedFileMerge mergeEditedFile(const PluginRegistry& registry, const FindingsSet& base,
                                const std::string& editedPath, const ImportSettings& settings) {
    EditedFileMerge merge;
    const ImportResult edited = importFile(registry, editedPath, settings);
    if (!edited.ok) {
        merge.error = edited.error;
        return merge;
    }
    ImportResult original;
    const ImporterEntry importer = registry.findImporter(edited.importerId);
    if (importer.plugin && importer.declaresOption(kOriginalRecordsOption)) {
        ImportSettings again = settings;
        again.forcedImporter = edited.importerId;
        setProperty(again.options, kOriginalRecordsOption, "true");
        original = importFile(registry, editedPath, again);
        if (!original.ok) {
            // The edits read, but without what was exported a three-way merge cannot tell an
            // edit from the project's own later change: nothing is merged rather than guessed.
            merge.error = "its edits were read, but not its record of what was exported (" +
                          std::string(kOriginalRecordsOption) + "): " + original.error;
            return merge;
        }
        merge.hadOriginal = true;
    }
    for (const auto& d : settings.diagnostics->all())
        merge.fileConflicts += d.file == editedPath && d.code == "conflict";
    merge.result = mergeEdits(base, merge.hadOriginal ? &original.set : nullptr, edited.set);
    merge.ok = true;
    return merge;
}

}  // namespace findings::core
