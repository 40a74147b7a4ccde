// A table importer's preview of a file (the FND_EXT_PREVIEW extension): the first rows of the
// table it would read, the header row it found and the column it would read each field from,
// for the desktop app's import preview, where a person corrects them before importing. Like
// an import, it runs in a worker process when the registry has them.
#pragma once

#include <findings/core/diagnostics.hpp>
#include <findings/core/import_service.hpp>
#include <findings/core/plugin_registry.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace findings::core {

/// What a preview gave.
struct TablePreview {
    bool ok = false;
    bool offered = false;    ///< the importer offers the preview extension
    std::string importerId;
    std::string problem;     ///< why there is no preview, a sentence for people
    std::string sheet;       ///< the sheet shown ("" for a file without sheets)
    size_t sheetCount = 0;   ///< sheets an import would read tables from
    std::int64_t headerRow = kNone; ///< 1-based, kNone when no header was found
    struct Row {
        std::int64_t number = 0;        ///< 1-based row number in the sheet or file
        std::vector<std::string> cells; ///< by column from column 1; "" for empty
    };
    std::vector<Row> rows;
    struct Field {
        std::string field;        ///< as map.<field> spells it
        std::string label;        ///< for people
        std::string columnHeader; ///< the heading of the column chosen, "" for none
    };
    std::vector<Field> fields;    ///< every field a column can fill, in form order
};

/// Most cells kept of one previewed row (the SDK's promise to importers); more are a hostile
/// file, not a tracker.
inline constexpr size_t kMaxPreviewCells = FND_PREVIEW_MAX_CELLS;

/// The importer's preview table, or null when it offers none.
const fnd_preview_ext* previewExtension(const fnd_importer* importer);

/// The preview of `path` by importer `importerId` with `options`, at most `maxRows` rows,
/// in a worker when the registry has them.
TablePreview previewTable(const PluginRegistry& registry, const std::string& path, const std::string& importerId,
                          const Properties& options, size_t maxRows, DiagnosticList& diagnostics);

/// previewTable in this process, whatever the registry's workers (what a worker runs).
TablePreview previewTableHere(const PluginRegistry& registry, const std::string& path,
                              const std::string& importerId, const Properties& options, size_t maxRows,
                              DiagnosticList& diagnostics, const StageFn& stage = {});

}  // namespace findings::core
