// The Excel exporter's options: declared for the GUI's form, parsed and checked per call.
#pragma once

#include <findings/sdk.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace findings::excel {

/// The visible sheets a workbook may have, in the order they appear.
enum class SheetKind { Summary, Followup, Findings, Progress, Charts, Sources, Actions };
/// How many kinds of sheet there are.
inline constexpr std::size_t kSheetKindCount = 7;

/// Whether libxlsxwriter writes rows straight to disk (flat memory, no Excel tables).
enum class ConstantMemory { Auto, On, Off };

/// Above this many findings, "auto" turns constant-memory mode on: a normal-mode workbook of
/// 50,000 findings already holds a few hundred MB of cells in memory.
inline constexpr std::size_t kConstantMemoryThreshold = 50000;

struct ExportOptions {
    std::vector<SheetKind> sheets;  ///< chosen sheets, in workbook order, no repeats
    std::string title;              ///< document title; empty: derived from the sources
    bool fullText = true;           ///< include the Finding column with the full text
    /// Count commentary (news, press releases) in the progress counts; Ofsted's letters and
    /// reports always count, a plan or our own workbook never does (it is not a visit).
    bool includeCommentary = false;
    /// Show the linker's proposals below the threshold on the Follow-up sheet, marked.
    bool includeProposed = false;
    /// Put every weakness and area for improvement on the Actions sheet, not only those
    /// since each council's latest full report.
    bool includeOlderFindings = false;
    std::string password;           ///< sheet-protection password; empty: none
    ConstantMemory constantMemory = ConstantMemory::Auto;

    /// True when `kind` was chosen.
    bool has(SheetKind kind) const;
    /// Whether to use constant-memory mode for a workbook of `findingCount` findings.
    bool useConstantMemory(std::size_t findingCount) const;
};

/// The options as the plugin declares them (name, type, default, help).
std::vector<OptionSpec> exportOptionSpecs();

/// Reads and checks the options of one call; throws Error(FND_ERR_BAD_OPTION) naming the
/// option and the accepted values.
ExportOptions parseExportOptions(const Options& options);

/// The sheet's option name: "summary", "follow-up", "findings", "progress", ...
const char* sheetOptionName(SheetKind kind);

}  // namespace findings::excel
