#include "table_reader.hpp"

#include "cell_text.hpp"

#include <algorithm>

namespace spreadsheet {

namespace {

using findings::sheetread::Cell;

/// A single-cell row that explains the table rather than being part of it.
bool isNoteText(std::string_view raw) {
    const std::string_view text = trimmedView(raw);
    if (text.empty()) return false;
    if (text[0] == '*' || text.substr(0, 3) == "\xE2\x80\xA0") return true;  // "*", "†"
    const std::string folded = foldName(text.substr(0, 40));
    const std::string first = folded.substr(0, folded.find(' '));
    if (first == "note" || first == "notes" || first == "nb" || first == "key" || first == "footnote" ||
        first == "footnotes")
        return true;
    if (folded.rfind("please note", 0) == 0 || folded.rfind("rag key", 0) == 0) return true;
    const size_t colon = text.find(':');
    return colon != std::string_view::npos && foldName(text.substr(0, colon)) == "source";
}

constexpr uint32_t kTickEvery = 256;
/// Header rows a merged header cell may hold together.
constexpr uint32_t kMaxHeaderDepth = 4;

}  // namespace

TableReader::TableReader(TableEnvironment& env, SheetContext context, findings::Source source)
    : env_(env), context_(std::move(context)), source_(std::move(source)) {}

TableReader::~TableReader() = default;

void TableReader::onSheetStart(const findings::sheetread::SheetStart& start) {
    merges_.reset(start.mergedRanges);
}

RowPlace TableReader::placeOf(uint32_t row) const {
    RowPlace p;
    p.row = row;
    if (csv_) {
        p.lineStart = int64_t(csv_->line);
        p.lineEnd = int64_t(csv_->lineEnd);
    }
    return p;
}

findings::DiagLocation TableReader::diagPlace(uint32_t row) const {
    const RowPlace p = placeOf(row);
    return spreadsheet::placeOf(context_.locationSheet, p.row, findings::kNone, p.lineStart);
}

void TableReader::layoutFailed(const std::string& why) const {
    const std::string where = context_.locationSheet.empty() ? env_.fileName
                                                             : env_.fileName + ": sheet " + context_.locationSheet;
    throw findings::Error(FND_ERR_BAD_OPTION, where + ": " + why);
}

std::vector<HeaderColumn> TableReader::headerColumnsOf(uint32_t row) const {
    std::vector<HeaderColumn> columns;
    auto present = [&](uint32_t c) {
        return std::any_of(columns.begin(), columns.end(), [&](const HeaderColumn& h) { return h.column == c; });
    };
    for (const Cell& cell : cells_.cells()) {
        if (!hasValue(cell)) continue;
        const std::string text = cellText(cell);
        const auto* range = merges_.rangeAt(row, cell.column);
        if (range && range->last.column > range->first.column) {
            for (uint32_t c = range->first.column; c <= range->last.column; ++c)
                if (!present(c)) columns.push_back({c, {text}, range->first.column});
        } else if (!present(cell.column)) {
            columns.push_back({cell.column, {text}, cell.column});
        }
    }
    std::sort(columns.begin(), columns.end(),
              [](const HeaderColumn& a, const HeaderColumn& b) { return a.column < b.column; });
    return columns;
}

void TableReader::addSubHeaderRow(uint32_t row) {
    for (const Cell& cell : cells_.cells()) {
        if (!hasValue(cell)) continue;
        const auto* range = merges_.rangeAt(row, cell.column);
        if (range && range->first.row < row) continue;  // the header cell above, carried down
        const std::string text = cellText(cell);
        const uint32_t first = range ? range->first.column : cell.column;
        const uint32_t last = range ? range->last.column : cell.column;
        for (uint32_t c = first; c <= last; ++c) {
            auto it = std::find_if(header_.begin(), header_.end(), [&](const HeaderColumn& h) { return h.column == c; });
            if (it == header_.end()) {
                header_.push_back({c, {text}, first});
            } else {
                if (it->parts.empty() || it->parts.back() != text) it->parts.push_back(text);
                it->spanFirst = first;  // the lower header row decides how columns group
            }
        }
    }
}

/// True when the row under a one-row header splits a header cell merged across columns
/// ("Dates" over "Start" and "Due") with text cells of its own, and so is a second header
/// row. Data rows differ: dates and numbers there are not text, and a finding merged across
/// the same columns is one merged cell, not two.
bool TableReader::splitsMergedHeader(uint32_t row) const {
    size_t names = 0;
    for (const Cell& cell : cells_.cells()) {
        if (!hasValue(cell)) continue;
        if (cell.type != findings::sheetread::CellType::String || merges_.rangeAt(row, cell.column)) return false;
        if (std::find(mergedAcrossColumns_.begin(), mergedAcrossColumns_.end(), cell.column) ==
            mergedAcrossColumns_.end())
            return false;
        ++names;
    }
    return names >= 2;
}

void TableReader::startHeader(uint32_t row) {
    header_ = headerColumnsOf(row);
    headerFirst_ = row;
    headerLast_ = std::min(merges_.lastRowOfRangesAt(row), row + kMaxHeaderDepth - 1);
    if (csv_) headerFieldCount_ = csv_->fieldCount;
    state_ = State::InHeader;
    if (headerLast_ != row) return;
    // A header cell merged across with nothing merged down: whether the next row names its
    // columns is known only when that row is read.
    mergedAcrossColumns_.clear();
    for (const HeaderColumn& h : header_) {
        const auto* range = merges_.rangeAt(row, h.column);
        if (range && range->last.column > range->first.column) mergedAcrossColumns_.push_back(h.column);
    }
    if (mergedAcrossColumns_.empty()) {
        finishHeader();
        return;
    }
    subHeaderTentative_ = true;
    headerLast_ = row + 1;
}

void TableReader::finishHeader() {
    try {
        layout_ = buildLayout(header_, headerFirst_, headerLast_, env_.vocabulary, env_.options.mappings);
    } catch (const LayoutError& e) {
        layoutFailed(e.what());
    }
    header_.clear();
    result_.headerFound = true;
    result_.headerRow = headerFirst_;
    preamble_.describe(source_);
    if (source_.title.empty()) source_.title = context_.section;
    findings::setProperty(source_.properties, "header_row", std::to_string(headerFirst_));
    builder_ = std::make_unique<FindingBuilder>(*layout_, env_.vocabulary, env_.themes, env_.classifier,
                                                env_.diagnostics, context_);
    emitter_ = std::make_unique<SheetEmitter>(env_.sink, source_);
    state_ = State::Data;
}

bool TableReader::onRow(const findings::sheetread::Row& row) {
    lastRow_ = row.number;
    if (++rowsSeen_ % kTickEvery == 0 && env_.tick) env_.tick(row.number);
    cells_.clear();
    for (size_t i = 0; i < row.cellCount; ++i) cells_.add(row.cells[i]);
    const auto& v = cells_.cells();
    if (!std::is_sorted(v.begin(), v.end(), [](const Cell& a, const Cell& b) { return a.column < b.column; }))
        cells_.normalize();
    merges_.apply(row.number, cells_);

    switch (state_) {
    case State::SearchingHeader: {
        const uint32_t wanted = env_.options.headerRow;
        if (wanted) {
            if (row.number > wanted)
                layoutFailed("the header row " + std::to_string(wanted) + " (option header_row) is empty");
            if (row.number == wanted) {
                startHeader(row.number);
                return true;
            }
        }
        if (cells_.blank()) return true;
        ++result_.rowsSearched;
        if (!wanted && scoreHeader(headerColumnsOf(row.number), env_.vocabulary, env_.options.mappings)
                           .looksLikeHeader()) {
            startHeader(row.number);
            return true;
        }
        PreambleRow p;
        p.row = row.number;
        for (const Cell& c : cells_.cells())
            if (hasValue(c)) p.texts.push_back(cellText(c));
        preamble_.add(std::move(p));
        // Give up on a sheet whose first rows name no columns: it holds no tracker table.
        return wanted || result_.rowsSearched < kMaxHeaderSearchRows;
    }
    case State::InHeader:
        if (subHeaderTentative_) {
            subHeaderTentative_ = false;
            if (row.number > headerLast_ || !splitsMergedHeader(row.number)) {
                finishHeader();
                handleDataRow(row);
                return true;
            }
        }
        if (row.number <= headerLast_) {
            addSubHeaderRow(row.number);
            if (row.number == headerLast_) finishHeader();
            return true;
        }
        finishHeader();
        handleDataRow(row);
        return true;
    case State::Data:
        handleDataRow(row);
        return true;
    }
    return true;
}

void TableReader::handleDataRow(const findings::sheetread::Row& row) {
    if (row.hidden && !env_.options.includeHidden) {
        ++result_.hiddenRowsSkipped;
        const auto at = diagPlace(row.number);
        env_.diagnostics.warning("hidden-row",
                                 "row " + std::to_string(row.number) +
                                     " is hidden; skipped (include_hidden=true imports hidden rows)",
                                 &at);
        return;
    }
    if (cells_.blank()) return;
    if (csv_ && headerFieldCount_ && csv_->fieldCount != headerFieldCount_) {
        const auto at = diagPlace(row.number);
        env_.diagnostics.warning("ragged-row",
                                 "line " + std::to_string(csv_->line) + " has " + std::to_string(csv_->fieldCount) +
                                     " fields where the header has " + std::to_string(headerFieldCount_) +
                                     "; its cells are read by position",
                                 &at);
    }
    const size_t values = cells_.valueCount();
    std::string text = builder_->textOf(cells_);
    if (values == 1) {
        const auto only = std::find_if(cells_.cells().begin(), cells_.cells().end(),
                                       [](const Cell& c) { return hasValue(c); });
        const std::string single = cellText(*only);
        if (isNoteText(single) || (inNotes_ && text.empty())) {
            inNotes_ = true;
            notes_.push_back(single);
            return;
        }
        if (text.empty()) {
            pendingHeadings_.push_back(single);
            return;
        }
    }
    if (text.empty()) {
        const auto at = diagPlace(row.number);
        env_.diagnostics.warning("no-text",
                                 "row " + std::to_string(row.number) + " has " +
                                     std::to_string(values) + " cells but nothing under " +
                                     layout_->fieldHeaders[size_t(TableField::Text)] + "; not imported",
                                 &at);
        return;
    }
    inNotes_ = false;
    if (!pendingHeadings_.empty()) {
        heading_.clear();
        for (const auto& h : pendingHeadings_) heading_ += (heading_.empty() ? "" : " / ") + h;
        pendingHeadings_.clear();
    }
    emitter_->add(builder_->build(cells_, std::move(text), placeOf(row.number), ++paragraph_, heading_));
}

bool TableReader::onRowProblem(const findings::sheetread::RowProblem& problem) {
    const auto at = diagPlace(problem.row);
    const std::string place = csv_ ? "line " + std::to_string(csv_->line) : "row " + std::to_string(problem.row);
    env_.diagnostics.warning("unreadable-row",
                             place + (problem.rowDelivered ? " is read despite a fault: "
                                                           : " could not be read and is not imported: ") +
                                 problem.message,
                             &at);
    return true;
}

void TableReader::onSheetEnd(const findings::sheetread::SheetEnd&) {
    if (state_ == State::SearchingHeader && env_.options.headerRow && lastRow_ < env_.options.headerRow)
        layoutFailed("the header row " + std::to_string(env_.options.headerRow) +
                     " (option header_row) is past the last row (" + std::to_string(lastRow_) + ")");
    if (state_ == State::InHeader) finishHeader();
    if (state_ != State::Data) return;
    for (auto& h : pendingHeadings_) notes_.push_back(std::move(h));
    pendingHeadings_.clear();
    const auto at = diagPlace(lastRow_);
    result_.findings = emitter_->finish(notes_, env_.diagnostics, at);
}

}  // namespace spreadsheet
