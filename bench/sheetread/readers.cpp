#include "readers.hpp"

#include <findings/safezip/archive.hpp>
#include <findings/sheetread/csv_reader.hpp>
#include <findings/sheetread/xlsx_workbook.hpp>

#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>
#include <expat.h>
#include <zlib.h>

#include <cstring>
#include <fstream>
#include <functional>
#include <stdexcept>
#include <vector>

namespace sheetread_bench {

namespace {

bool isMeasuredEntry(const std::string& name) {
    return name.rfind("xl/worksheets/", 0) == 0 || name == "xl/sharedStrings.xml";
}

/// Raw zlib inflation of every measured entry, handing each output chunk to `sink`. The zip
/// directory is read with safezip (cheap); the inflation is plain zlib, no caps, no CRC.
uint64_t inflateEntries(const std::string& xlsx, const std::function<void(const char*, size_t, bool)>& sink) {
    findings::safezip::Archive zip = findings::safezip::Archive::openFile(xlsx);
    auto source = findings::safezip::openFileSource(xlsx);
    std::vector<unsigned char> in(64 * 1024);
    std::vector<char> out(256 * 1024);
    uint64_t total = 0;
    for (const auto& e : zip.entries()) {
        if (!isMeasuredEntry(e.name) || e.method != 8) continue;
        unsigned char local[30];
        source->readAt(e.localHeaderOffset, local, 30);
        uint64_t pos = e.localHeaderOffset + 30 + (local[26] | (local[27] << 8)) + (local[28] | (local[29] << 8));
        const uint64_t end = pos + e.compressedSize;
        z_stream zs{};
        inflateInit2(&zs, -MAX_WBITS);
        int rc = Z_OK;
        while (rc != Z_STREAM_END) {
            if (zs.avail_in == 0) {
                const size_t n = source->readAt(pos, in.data(), size_t(std::min<uint64_t>(in.size(), end - pos)));
                if (n == 0) throw std::runtime_error("truncated entry " + e.name);
                pos += n;
                zs.next_in = in.data();
                zs.avail_in = uInt(n);
            }
            zs.next_out = reinterpret_cast<Bytef*>(out.data());
            zs.avail_out = uInt(out.size());
            rc = inflate(&zs, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) throw std::runtime_error("inflate failed");
            const size_t produced = out.size() - zs.avail_out;
            total += produced;
            sink(out.data(), produced, rc == Z_STREAM_END);
        }
        inflateEnd(&zs);
    }
    return total;
}

}  // namespace

uint64_t inflateFloor(const std::string& xlsx) {
    return inflateEntries(xlsx, [](const char*, size_t, bool) {});
}

uint64_t sheetXmlBytes(const std::string& xlsx) { return inflateFloor(xlsx); }

uint64_t inflateSafezip(const std::string& xlsx) {
    findings::safezip::Archive zip = findings::safezip::Archive::openFile(xlsx);
    std::vector<char> out(256 * 1024);
    uint64_t total = 0;
    for (const auto& e : zip.entries()) {
        if (!isMeasuredEntry(e.name)) continue;
        findings::safezip::EntryReader reader = zip.open(e);
        while (const size_t n = reader.read(out.data(), out.size())) total += n;
    }
    return total;
}

uint64_t inflatePocoZip(const std::string& xlsx) {
    std::ifstream in(xlsx, std::ios::binary);
    Poco::Zip::ZipArchive archive(in);
    in.clear();  // ZipArchive leaves the stream at eof (STACK.md, Gotcha 3)
    std::vector<char> out(256 * 1024);
    uint64_t total = 0;
    for (auto it = archive.headerBegin(); it != archive.headerEnd(); ++it) {
        if (!isMeasuredEntry(it->first)) continue;
        Poco::Zip::ZipInputStream zin(in, it->second);
        while (zin.read(out.data(), std::streamsize(out.size())) || zin.gcount() > 0) total += size_t(zin.gcount());
        in.clear();
    }
    return total;
}

uint64_t inflateExpatFloor(const std::string& xlsx) {
    uint64_t cells = 0;
    XML_Parser parser = nullptr;
    auto start = [](void* user, const XML_Char* name, const XML_Char**) {
        if (name[0] == 'c' && name[1] == 0) ++*static_cast<uint64_t*>(user);
    };
    inflateEntries(xlsx, [&](const char* data, size_t n, bool last) {
        if (!parser) {
            parser = XML_ParserCreate(nullptr);
            XML_SetUserData(parser, &cells);
            XML_SetElementHandler(parser, start, nullptr);
        }
        if (XML_Parse(parser, data, int(n), last) != XML_STATUS_OK)
            throw std::runtime_error(std::string("expat: ") + XML_ErrorString(XML_GetErrorCode(parser)));
        if (last) {
            XML_ParserFree(parser);
            parser = nullptr;
        }
    });
    return cells;
}

uint64_t readXlsxOurs(const std::string& xlsx, bool mergesBeforeRows) {
    using namespace findings::sheetread;
    struct Counter : SheetHandler {
        uint64_t cells = 0, bytes = 0;
        bool onRow(const Row& row) override {
            cells += row.cellCount;
            for (size_t i = 0; i < row.cellCount; ++i) bytes += row.cells[i].text.size();
            return true;
        }
        bool onRowProblem(const RowProblem& p) override { throw std::runtime_error(p.message); }
    } counter;
    XlsxWorkbook book = XlsxWorkbook::openFile(xlsx);
    SheetReadOptions options;
    options.mergesBeforeRows = mergesBeforeRows;
    book.readSheet(book.sheets().front(), counter, options);
    return counter.cells + (counter.bytes == 0);  // keep the byte sum observable
}

uint64_t readCsvOurs(const std::string& csv) {
    using namespace findings::sheetread;
    struct Counter : CsvHandler {
        uint64_t fields = 0, bytes = 0;
        bool onRecord(const CsvRecord& r) override {
            fields += r.fieldCount;
            for (size_t i = 0; i < r.fieldCount; ++i) bytes += r[i].size();
            return true;
        }
        bool onProblem(const CsvProblem& p) override { throw std::runtime_error(p.message); }
    } counter;
    readCsvFile(csv, counter);
    return counter.fields + (counter.bytes == 0);
}

}  // namespace sheetread_bench
