// The hidden sheet's rows: building them for the exporter, reading them back for the importer.
#include <findings/excel/roundtrip/data_sheet.hpp>

#include <findings/format/findings_set.hpp>

#include <cmath>
#include <cstdlib>
#include <functional>

namespace findings::excel {
namespace {

/// The findings format version the records are written in.
constexpr const char* kRecordFormatVersion = findings::kFormatVersion;

const std::string& cellAt(const std::vector<std::string>& cells, std::size_t column) {
    static const std::string blank;
    return column < cells.size() ? cells[column] : blank;
}

/// Reads a whole number a reader may report as "3", "3.0" or " 3 "; -1 when it is not one.
long long wholeNumber(const std::string& text) {
    char* end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    while (end && (*end == ' ' || *end == '\t')) ++end;
    if (text.empty() || !end || *end != '\0' || !std::isfinite(v) || v < 0 || v != std::floor(v))
        return -1;
    return static_cast<long long>(v);
}

/// Throws RecordError for a cell of the part being read.
using Fail = std::function<void(std::size_t row, std::size_t column, const std::string& what)>;

/// The record's JSON from its chunk cells; throws when parts are missing.
std::string joinedRecord(std::size_t row, const std::vector<std::string>& cells,
                         const Fail& fail) {
    const long long expected = wholeNumber(cellAt(cells, kChunkCountColumn));
    if (expected < 1) fail(row, kChunkCountColumn, "the chunk count is not a positive number");
    std::string json;
    for (long long i = 0; i < expected; ++i) {
        const std::size_t column = kFirstChunkColumn + static_cast<std::size_t>(i);
        const std::string& chunk = cellAt(cells, column);
        if (chunk.empty())
            fail(row, column,
                 "part " + std::to_string(i + 1) + " of " + std::to_string(expected) +
                     " of the record is missing; the sheet was cut or edited");
        json += chunk;
    }
    return json;
}

/// The Id cell must name the record it sits beside, and no record may appear twice.
void checkId(std::size_t row, const std::string& cellId, const std::string& recordId,
             std::unordered_set<std::string>& seen, const char* what, const Fail& fail) {
    if (cellId != recordId)
        fail(row, kIdColumn,
             "the id \"" + cellId + "\" differs from the record's own \"" + recordId + "\"");
    if (!seen.insert(cellId).second)
        fail(row, kIdColumn, std::string(what) + " \"" + cellId + "\" appears twice");
}

}  // namespace

std::vector<std::string> markerRowCells() {
    return {kDataSheetMarker, std::to_string(kDataSheetLayoutVersion), kRecordFormatVersion,
            "Findings Studio keeps the original records here so that an edited copy of this "
            "workbook can be imported back. Please do not change this sheet."};
}

std::vector<std::string> headerRowCells() { return {"Kind", "Id", "Chunks", "JSON"}; }

DataRow sourceRow(const Source& source) {
    return {kSourceKind, source.id, splitIntoChunks(sourceToJson(source))};
}

DataRow findingRow(const Finding& finding) {
    return {kFindingKind, finding.id, splitIntoChunks(findingToJson(finding))};
}

bool isDataSheetMarker(std::string_view a1) { return a1 == kDataSheetMarker; }

std::string dataSheetName(std::size_t part) {
    return part <= 1 ? std::string(kDataSheetName) : kDataSheetName + std::to_string(part);
}

std::size_t dataSheetPart(std::string_view name) {
    const std::string_view base = kDataSheetName;
    if (name.substr(0, base.size()) != base) return 0;
    const std::string_view digits = name.substr(base.size());
    if (digits.empty()) return 1;
    if (digits.front() == '0' || digits.size() > 6 ||
        digits.find_first_not_of("0123456789") != std::string_view::npos)
        return 0;
    const std::size_t part = std::stoul(std::string(digits));
    return part >= 2 ? part : 0;
}

void DataSheetDecoder::fail(std::size_t row, std::size_t column, const std::string& what) const {
    throw RecordError(sheet_ + "!" + cellName(row, column) + ": " + what);
}

void DataSheetDecoder::startSheet(std::string_view name) {
    sheet_ = std::string(name);
    sheetMarker_ = false;
}

std::string cellName(std::size_t row, std::size_t column) {
    std::string letters;
    for (std::size_t c = column + 1; c > 0; c = (c - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    return letters + std::to_string(row + 1);
}

void DataSheetDecoder::addRow(std::size_t row, const std::vector<std::string>& cells) {
    const Fail fail = [this](std::size_t r, std::size_t c, const std::string& what) {
        this->fail(r, c, what);
    };
    if (!sheetMarker_) {
        bool blank = true;
        for (const auto& c : cells) blank = blank && c.empty();
        if (blank) return;  // a reader may report leading blank rows
        if (!isDataSheetMarker(cellAt(cells, 0)))
            fail(row, 0,
                 "this is not a Findings Studio data sheet (no \"" + std::string(kDataSheetMarker) +
                     "\" marker)");
        const long long layout = wholeNumber(cellAt(cells, 1));
        if (layout < 1) fail(row, 1, "the layout version is not a number");
        if (layout > kDataSheetLayoutVersion)
            fail(row, 1,
                 "the data was written in layout " + std::to_string(layout) +
                     "; this build reads layout " + std::to_string(kDataSheetLayoutVersion) +
                     " and earlier");
        if (anyMarker_ && layout != records_.layoutVersion)
            fail(row, 1, "this part of the data is in layout " + std::to_string(layout) +
                             ", the first part in layout " +
                             std::to_string(records_.layoutVersion));
        records_.layoutVersion = static_cast<int>(layout);
        records_.formatVersion = cellAt(cells, 2);
        sheetMarker_ = anyMarker_ = true;
        return;
    }
    const std::string& kind = cellAt(cells, kKindColumn);
    const bool isSource = kind == kSourceKind;
    if (!isSource && kind != kFindingKind) return;  // headers, blank rows, later additions
    const std::string& id = cellAt(cells, kIdColumn);
    if (id.empty()) fail(row, kIdColumn, "the record has no id");
    const std::string json = joinedRecord(row, cells, fail);
    try {
        if (isSource) {
            Source s = sourceFromJson(json);
            checkId(row, id, s.id, sourceIds_, "source", fail);
            records_.sources.push_back(std::move(s));
        } else {
            Finding f = findingFromJson(json);
            checkId(row, id, f.id, findingIds_, "finding", fail);
            records_.findings.push_back(std::move(f));
        }
    } catch (const RecordError& e) {
        const std::string what = e.what();
        // Messages from fail() already name the cell; decoding errors are about the JSON.
        if (what.rfind(sheet_ + "!", 0) == 0) throw;
        fail(row, kFirstChunkColumn, what);
    }
}

WorkbookRecords DataSheetDecoder::finish() {
    if (!anyMarker_)
        throw RecordError(std::string(kDataSheetName) + ": the sheet is empty (no marker row)");
    return std::move(records_);
}

WorkbookRecords decodeDataSheet(const std::vector<std::vector<std::string>>& rows) {
    return decodeDataSheets({rows});
}

WorkbookRecords decodeDataSheets(const std::vector<std::vector<std::vector<std::string>>>& parts) {
    DataSheetDecoder decoder;
    for (std::size_t p = 0; p < parts.size(); ++p) {
        if (p > 0) decoder.startSheet(dataSheetName(p + 1));
        for (std::size_t r = 0; r < parts[p].size(); ++r) decoder.addRow(r, parts[p][r]);
    }
    return decoder.finish();
}

}  // namespace findings::excel
