#include "model/csv_preview.hpp"

#include "model/text_decoding.hpp"

#include <fstream>
#include <stdexcept>

namespace findings::studio {

std::vector<CsvRow> parseCsv(std::string_view text, char delimiter, size_t maxRows, bool* truncated) {
    std::vector<CsvRow> rows;
    CsvRow row;
    std::string cell;
    bool quoted = false, any = false;
    size_t i = 0;
    auto endRow = [&] {
        row.push_back(std::move(cell));
        cell.clear();
        rows.push_back(std::move(row));
        row.clear();
        any = false;
    };
    for (; i < text.size() && rows.size() < maxRows; ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    cell += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == '"' && cell.empty()) {
            quoted = true;
            any = true;
        } else if (c == delimiter) {
            row.push_back(std::move(cell));
            cell.clear();
            any = true;
        } else if (c == '\r') {
            // CRLF and lone CR both end a row; the LF of a CRLF is skipped next.
            endRow();
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        } else if (c == '\n') {
            endRow();
        } else {
            cell += c;
            any = true;
        }
    }
    if (rows.size() < maxRows && (any || !cell.empty())) endRow();
    if (truncated) *truncated = i < text.size();
    return rows;
}

char sniffDelimiter(std::string_view text) {
    const char candidates[] = {',', ';', '\t'};
    char best = ',';
    size_t bestScore = 0;
    for (char d : candidates) {
        // Score: rows (of the first 20) that split into more than one cell, times the most
        // common cell count; quoted delimiters are handled by parsing for real.
        const std::vector<CsvRow> rows = parseCsv(text, d, 20);
        size_t multi = 0, widest = 0;
        for (const auto& r : rows) {
            if (r.size() > 1) ++multi;
            widest = std::max(widest, r.size());
        }
        const size_t score = multi * widest;
        if (score > bestScore) {
            bestScore = score;
            best = d;
        }
    }
    return best;
}

CsvPreview readCsvPreview(const std::string& path, size_t maxRows) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot open the file");
    // The preview needs only the start of the file; 1 MiB holds far more than 60 rows.
    std::string bytes(1 << 20, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<size_t>(in.gcount()));
    if (looksBinary(bytes)) throw std::runtime_error(path + ": not a text (CSV) file");
    // Cutting at 1 MiB may split a UTF-8 sequence; decodeToUtf8 would then fall back to
    // Windows-1252, so cut back to the last line end first.
    if (bytes.size() == (1u << 20)) {
        const size_t nl = bytes.find_last_of('\n');
        if (nl != std::string::npos) bytes.resize(nl + 1);
    }
    const std::string text = decodeToUtf8(bytes);
    CsvPreview preview;
    preview.delimiter = sniffDelimiter(text);
    preview.rows = parseCsv(text, preview.delimiter, maxRows, &preview.truncated);
    return preview;
}

}  // namespace findings::studio
