// safezip: reading real archive layouts, and refusing bombs, truncation, encryption and
// files that are not zips with the specific message each deserves.
#include "test_helpers.hpp"

#include <findings/safezip/archive.hpp>
#include <findings/safezip/entry_stream.hpp>
#include <findings/safezip/zip_error.hpp>

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace findings::safezip;
using sheetread_test::fixture;

namespace {

std::string expectedText() {
    std::string line = "Findings £ “quoted” – ünïcödé\n", all;
    for (int i = 0; i < 2000; ++i) all += line;
    return all;
}

/// Runs `open` and returns the ZipError it throws; fails the test if it throws nothing.
template <typename F>
ZipError zipErrorFrom(F&& open) {
    try {
        open();
    } catch (const ZipError& e) {
        return e;
    }
    FAIL("expected a ZipError");
    throw std::logic_error("unreachable");
}

std::string drain(EntryReader& reader, size_t chunk = 4096) {
    std::string out(chunk, '\0'), all;
    while (size_t n = reader.read(out.data(), out.size())) all.append(out.data(), n);
    return all;
}

}  // namespace

TEST_CASE("safezip lists entries and reads stored and deflated ones", "[safezip]") {
    Archive zip = Archive::openFile(fixture("plain.zip"));
    REQUIRE(zip.entries().size() == 4);
    CHECK(zip.readAll("stored.txt") == "stored entry: exact bytes");
    CHECK(zip.readAll("deflated.txt") == expectedText());
    REQUIRE(zip.findEntry("Folder/") != nullptr);
    CHECK(zip.findEntry("Folder/")->isDirectory());
    CHECK(zip.totalInflated() == 25 + expectedText().size());
}

TEST_CASE("safezip looks entries up case-insensitively and ignores a leading slash", "[safezip]") {
    Archive zip = Archive::openFile(fixture("plain.zip"));
    REQUIRE(zip.findEntry("/folder/inner.xml") != nullptr);
    CHECK(zip.findEntry("/folder/inner.xml")->name == "Folder/Inner.XML");
    CHECK(zip.findEntry("missing.xml") == nullptr);
    ZipError e = zipErrorFrom([&] { zip.entryFor("xl/missing.xml"); });
    CHECK(e.kind() == ZipErrorKind::MissingEntry);
    CHECK_THAT(e.what(), Catch::Contains("plain.zip") && Catch::Contains("xl/missing.xml"));
}

TEST_CASE("safezip reads data-descriptor archives from a stream left at eof", "[safezip]") {
    // The LibreOffice layout; the stream is put in the state Poco's ZipArchive leaves it in.
    std::ifstream in(fixture("descriptor.zip"), std::ios::binary);
    in.seekg(0, std::ios::end);
    char c;
    in.read(&c, 1);
    REQUIRE(in.eof());
    Archive zip(streamSource(in, "descriptor.zip"));
    CHECK((zip.entries()[0].flags & 8u) != 0);
    CHECK(zip.readAll("deflated.txt") == expectedText());
    CHECK(zip.readAll("streamed.txt") == expectedText().substr(0, 1000));
}

TEST_CASE("safezip reads from a non-seekable stream by copying it", "[safezip]") {
    const std::string bytes = sheetread_test::readFile(fixture("plain.zip"));
    std::istringstream whole(bytes);
    // A stringstream can seek; wrap its buffer in a stream that cannot.
    struct NoSeekBuf : std::streambuf {
        explicit NoSeekBuf(std::streambuf* inner) : inner_(inner) {}
        int_type underflow() override { return inner_->sgetc(); }
        int_type uflow() override { return inner_->sbumpc(); }
        std::streambuf* inner_;
    } noSeek(whole.rdbuf());
    std::istream pipe(&noSeek);
    Archive zip(streamSource(pipe, "pipe"));
    CHECK(zip.readAll("stored.txt") == "stored entry: exact bytes");
}

TEST_CASE("safezip reads zip64 central directories", "[safezip]") {
    Archive zip = Archive::openFile(fixture("zip64.zip"));
    REQUIRE(zip.entries().size() == 1);
    CHECK(zip.entries()[0].declaredSize == expectedText().size());
    CHECK(zip.readAll("deflated.txt") == expectedText());
}

TEST_CASE("safezip streams an entry in small chunks and through std::istream", "[safezip]") {
    Archive zip = Archive::openFile(fixture("plain.zip"));
    EntryReader reader = zip.open("deflated.txt");
    CHECK(drain(reader, 7) == expectedText());
    CHECK(reader.atEnd());
    CHECK(reader.inflatedBytes() == expectedText().size());

    EntryStream stream(zip.open("deflated.txt"));
    std::string line;
    REQUIRE(std::getline(stream, line));
    CHECK(line == "Findings £ “quoted” – ünïcödé");
}

TEST_CASE("safezip refuses a zip bomb by ratio with the default caps", "[safezip][bad]") {
    Archive zip = Archive::openFile(fixture("bomb.zip"));
    EntryReader reader = zip.open("xl/worksheets/sheet1.xml");
    ZipError e = zipErrorFrom([&] { drain(reader, 1 << 16); });
    CHECK(e.kind() == ZipErrorKind::Bomb);
    CHECK_THAT(e.what(), Catch::StartsWith(fixture("bomb.zip") + ": zip bomb: entry xl/worksheets/sheet1.xml inflates beyond"));
    CHECK_THAT(e.what(), Catch::Contains("(ratio "));
    // Stopped just past the grace allowance, not after the whole 64 MiB.
    CHECK(reader.inflatedBytes() < (5u << 20));
}

TEST_CASE("safezip enforces the per-entry cap whatever the headers declare", "[safezip][bad]") {
    ZipLimits limits;
    limits.maxRatio = 1e9;  // isolate the size cap
    limits.maxEntryBytes = 10 << 20;
    Archive zip = Archive::openFile(fixture("bomb_lying_sizes.zip"), limits);
    CHECK(zip.findEntry("xl/worksheets/sheet1.xml")->declaredSize == 1000);
    EntryReader reader = zip.open("xl/worksheets/sheet1.xml");
    ZipError e = zipErrorFrom([&] { drain(reader, 1 << 20); });
    CHECK(e.kind() == ZipErrorKind::Bomb);
    CHECK_THAT(e.what(), Catch::Contains("inflates beyond 10485760 bytes"));
    CHECK(reader.inflatedBytes() == (10u << 20) + 1);
}

TEST_CASE("safezip enforces the archive-wide total cap across reads", "[safezip][bad]") {
    ZipLimits limits;
    limits.maxTotalBytes = 100000;
    Archive zip = Archive::openFile(fixture("plain.zip"), limits);
    zip.readAll("deflated.txt");  // 82000 bytes
    ZipError e = zipErrorFrom([&] { zip.readAll("deflated.txt"); });
    CHECK(e.kind() == ZipErrorKind::Bomb);
    CHECK_THAT(e.what(), Catch::Contains("archive inflates beyond 100000 bytes in total"));
}

TEST_CASE("safezip propagates a bomb out of EntryStream instead of ending the stream", "[safezip][bad]") {
    Archive zip = Archive::openFile(fixture("bomb.zip"));
    EntryStream stream(zip.open("xl/worksheets/sheet1.xml"));
    std::string sink(1 << 16, '\0');
    CHECK_THROWS_AS([&] { while (stream.read(sink.data(), std::streamsize(sink.size()))) {} }(), ZipError);
}

TEST_CASE("safezip names a truncated zip as truncated", "[safezip][bad]") {
    sheetread_test::TempDir tmp;
    const std::string whole = sheetread_test::readFile(fixture("plain.zip"));
    for (size_t keep : {whole.size() / 2, whole.size() - 10}) {
        const std::string cut = tmp.file("cut.zip");
        sheetread_test::writeFile(cut, whole.substr(0, keep));
        ZipError e = zipErrorFrom([&] { Archive::openFile(cut); });
        CHECK(e.kind() == ZipErrorKind::Truncated);
        CHECK_THAT(e.what(), Catch::StartsWith(cut + ": truncated zip"));
    }
}

TEST_CASE("safezip detects corruption of stored data through the CRC", "[safezip][bad]") {
    sheetread_test::TempDir tmp;
    std::string bytes = sheetread_test::readFile(fixture("plain.zip"));
    const size_t at = bytes.find("exact bytes");
    REQUIRE(at != std::string::npos);
    bytes[at] = 'X';
    sheetread_test::writeFile(tmp.file("bad-crc.zip"), bytes);
    Archive zip = Archive::openFile(tmp.file("bad-crc.zip"));
    ZipError e = zipErrorFrom([&] { zip.readAll("stored.txt"); });
    CHECK(e.kind() == ZipErrorKind::Corrupt);
    CHECK_THAT(e.what(), Catch::Contains("CRC mismatch in entry stored.txt"));
}

TEST_CASE("safezip names OLE compound files as password-protected or legacy xls", "[safezip][bad]") {
    ZipError e = zipErrorFrom([&] { Archive::openFile(fixture("protected.xlsx")); });
    CHECK(e.kind() == ZipErrorKind::OleCompound);
    CHECK_THAT(e.what(), Catch::EndsWith("protected.xlsx: password-protected or legacy .xls (OLE compound file)"));
    CHECK(sniffContainer(sheetread_test::readFile(fixture("protected.xlsx"))) == ContainerKind::OleCompound);
}

TEST_CASE("safezip says not a zip file for text and empty files", "[safezip][bad]") {
    ZipError text = zipErrorFrom([&] { Archive::openFile(fixture("text.xlsx")); });
    CHECK(text.kind() == ZipErrorKind::NotZip);
    CHECK_THAT(text.what(), Catch::EndsWith("text.xlsx: not a zip file"));
    ZipError empty = zipErrorFrom([&] { Archive::openFile(fixture("empty.xlsx")); });
    CHECK(empty.kind() == ZipErrorKind::NotZip);
    ZipError missing = zipErrorFrom([&] { Archive::openFile("/nonexistent/tracker.xlsx"); });
    CHECK(missing.kind() == ZipErrorKind::Io);
    CHECK_THAT(missing.what(), Catch::Contains("/nonexistent/tracker.xlsx: cannot open"));
}

TEST_CASE("safezip refuses encrypted entries and unsupported methods by name", "[safezip][bad]") {
    Archive enc = Archive::openFile(fixture("encrypted.zip"));
    ZipError e = zipErrorFrom([&] { enc.open("secret.txt"); });
    CHECK(e.kind() == ZipErrorKind::Encrypted);
    CHECK_THAT(e.what(), Catch::EndsWith("encrypted entry secret.txt"));

    Archive lzma = Archive::openFile(fixture("lzma.zip"));
    ZipError u = zipErrorFrom([&] { lzma.open("packed.txt"); });
    CHECK(u.kind() == ZipErrorKind::Unsupported);
    CHECK_THAT(u.what(), Catch::Contains("compression method 14"));
}

TEST_CASE("safezip refuses more entries than the cap before reading any", "[safezip][bad]") {
    ZipLimits limits;
    limits.maxEntries = 3;
    ZipError e = zipErrorFrom([&] { Archive::openFile(fixture("plain.zip"), limits); });
    CHECK(e.kind() == ZipErrorKind::TooManyEntries);
    CHECK_THAT(e.what(), Catch::Contains("4 entries, more than the cap of 3"));
}

TEST_CASE("safezip names entries listed more than once, and reads the first copy", "[safezip][bad]") {
    Archive zip = Archive::openFile(fixture("duplicate.zip"));
    CHECK(zip.duplicateNames() == std::vector<std::string>{"part.xml", "other.XML"});
    CHECK(zip.readAll("part.xml") == "<first/>");
    CHECK(Archive::openFile(fixture("plain.zip")).duplicateNames().empty());
}
