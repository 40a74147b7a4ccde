// Fuzz target: the CSV reader and its delimiter sniffer (findings_sheetread), as the CSV
// importer drives them: detected encoding, sniffed delimiter, records forwarded as sheet
// rows. The first byte picks the chunk size (1 to 256 bytes), so records, quotes, CRLFs and
// multi-byte characters split across chunk boundaries are exercised; the rest is the file.
#include <findings/sheetread/csv_reader.hpp>
#include <findings/sheetread/csv_sheet_adapter.hpp>
#include <findings/sheetread/sheet_error.hpp>
#include <findings/text/text_error.hpp>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>

using namespace findings::sheetread;

namespace {

/// Touches every byte of every cell, so the sanitizers check the views the reader hands out.
class TouchingHandler : public SheetHandler {
public:
    size_t checksum = 0;
    bool onRow(const Row& row) override {
        for (size_t i = 0; i < row.cellCount; ++i)
            for (char c : row.cells[i].text) checksum += static_cast<unsigned char>(c);
        return true;
    }
    bool onRowProblem(const RowProblem& problem) override {
        checksum += problem.message.size();
        return true;
    }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    const size_t chunk = size_t(data[0]) + 1;
    std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);

    std::string reason;
    (void)sniffDelimiter(text, reason);

    CsvOptions options;
    options.chunkBytes = chunk;
    options.maxFieldBytes = 4096;      // small caps, so the fuzzer reaches the cap paths
    options.maxFieldsPerRecord = 256;
    options.maxRecordBytes = 64 << 10;
    size_t at = 0;
    CsvByteReader read = [&](char* buffer, size_t want) {
        size_t n = std::min(want, text.size() - at);
        std::memcpy(buffer, text.data() + at, n);
        at += n;
        return n;
    };
    TouchingHandler rows;
    CsvSheetAdapter adapter(rows, "fuzz.csv");
    try {
        readCsv(read, "fuzz.csv", adapter, options);
        adapter.finish();
    } catch (const SheetReadError&) {
        // A record past maxRecordBytes stops the read.
    } catch (const findings::text::TextDecodeError&) {
        // Binary input is refused.
    }
    return 0;
}
