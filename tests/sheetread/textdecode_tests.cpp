// textdecode: encoding detection and decoding of the encodings councils' files arrive in,
// whole and in chunks split at every possible boundary.
#include <findings/text/decode.hpp>
#include <findings/text/encoding.hpp>
#include <findings/text/stream_decoder.hpp>
#include <findings/text/text_error.hpp>

#include <catch2/catch.hpp>

using namespace findings::text;

namespace {

const std::string kUtf8Sample = "Ref,Finding,Due\n1,“Pound” £5 – café 😀,31/03/2025\n";

std::string toUtf16(const std::string& utf8, bool littleEndian, bool bom) {
    // Test-side encoder for the BMP plus one astral code point (enough for kUtf8Sample).
    std::u32string cps;
    for (size_t i = 0; i < utf8.size();) {
        unsigned char c = static_cast<unsigned char>(utf8[i]);
        int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
        for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        cps.push_back(cp);
        i += size_t(len);
    }
    std::string out;
    auto unit = [&](uint16_t u) {
        out.push_back(char(littleEndian ? u & 0xFF : u >> 8));
        out.push_back(char(littleEndian ? u >> 8 : u & 0xFF));
    };
    if (bom) unit(0xFEFF);
    for (char32_t cp : cps) {
        if (cp >= 0x10000) {
            unit(uint16_t(0xD800 + ((cp - 0x10000) >> 10)));
            unit(uint16_t(0xDC00 + ((cp - 0x10000) & 0x3FF)));
        } else {
            unit(uint16_t(cp));
        }
    }
    return out;
}

/// Decodes `bytes` with StreamDecoder fed in chunks of `chunk` bytes.
std::string decodeInChunks(const std::string& bytes, size_t chunk, size_t window = StreamDecoder::kDefaultDetectWindow) {
    StreamDecoder decoder("chunks", window);
    std::string out;
    for (size_t i = 0; i < bytes.size(); i += chunk) decoder.feed(std::string_view(bytes).substr(i, chunk), out);
    decoder.finish(out);
    return out;
}

}  // namespace

TEST_CASE("textdecode detects BOMs and strips them", "[textdecode]") {
    CHECK(detectEncoding("\xEF\xBB\xBFx").encoding == Encoding::Utf8);
    CHECK(detectEncoding("\xEF\xBB\xBFx").bomSize == 3);
    CHECK(detectEncoding("\xFF\xFEx\0", false).encoding == Encoding::Utf16LE);
    CHECK(detectEncoding(std::string("\xFE\xFF\0x", 4)).encoding == Encoding::Utf16BE);

    DecodedText d = decodeToUtf8("\xEF\xBB\xBF" + kUtf8Sample);
    CHECK(d.utf8 == kUtf8Sample);
    CHECK(d.hadBom);
    CHECK(d.encoding == Encoding::Utf8);
}

TEST_CASE("textdecode decodes UTF-16 with a BOM, both byte orders, with surrogates", "[textdecode]") {
    for (bool le : {true, false}) {
        DecodedText d = decodeToUtf8(toUtf16(kUtf8Sample, le, true));
        CHECK(d.encoding == (le ? Encoding::Utf16LE : Encoding::Utf16BE));
        CHECK(d.utf8 == kUtf8Sample);
        CHECK(d.repairedBytes == 0);
    }
}

TEST_CASE("textdecode recognises BOM-less UTF-16 by its NUL pattern", "[textdecode]") {
    DecodedText d = decodeToUtf8(toUtf16("Ref\tFinding\n1\tLate reviews\n", true, false));
    CHECK(d.encoding == Encoding::Utf16LE);
    CHECK(d.utf8 == "Ref\tFinding\n1\tLate reviews\n");
}

TEST_CASE("textdecode reads Windows-1252 including the 0x80-0x9F range", "[textdecode]") {
    // £ A3, curly quotes 93/94 and 91/92, en dash 96, euro 80, ellipsis 85, Ÿ 9F.
    const std::string cp1252 = "Cost \xA3" "5 \x93quoted\x94 \x91single\x92 \x96 \x80 \x85 \x9F";
    DecodedText d = decodeToUtf8(cp1252);
    CHECK(d.encoding == Encoding::Windows1252);
    CHECK(d.utf8 == "Cost £5 “quoted” ‘single’ – € … Ÿ");
}

TEST_CASE("textdecode keeps stray Windows-1252 bytes inside otherwise UTF-8 text", "[textdecode]") {
    const std::string mixed = "café – naïve ☺ résumé and then \xA3" "5";
    DecodedText d = decodeToUtf8(mixed);
    CHECK(d.encoding == Encoding::Utf8);
    CHECK(d.utf8 == "café – naïve ☺ résumé and then £5");
    CHECK(d.repairedBytes == 1);
}

TEST_CASE("textdecode refuses binary input with a clear message", "[textdecode][bad]") {
    const std::string png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
    CHECK(detectEncoding(png).encoding == Encoding::Binary);
    try {
        decodeToUtf8(png, "picture.csv");
        FAIL("binary input was decoded");
    } catch (const TextDecodeError& e) {
        CHECK(std::string(e.what()) == "picture.csv: binary data, not text (NUL byte at offset 8)");
    }
    std::string controls(200, 'a');
    for (size_t i = 0; i < controls.size(); i += 10) controls[i] = '\x02';
    CHECK(detectEncoding(controls).encoding == Encoding::Binary);
    CHECK(detectEncoding("a\tb\r\nc\fd").encoding == Encoding::Utf8);
}

TEST_CASE("textdecode names UTF-32 instead of misreading it as UTF-16", "[textdecode][bad]") {
    // "Ref" in UTF-32LE and UTF-32BE, each after its byte-order mark; the LE mark begins
    // with UTF-16LE's.
    const std::string le("\xFF\xFE\0\0R\0\0\0e\0\0\0f\0\0\0", 16);
    const std::string be("\0\0\xFE\xFF\0\0\0R\0\0\0e\0\0\0f", 16);
    for (const std::string& text : {le, be}) {
        const EncodingGuess guess = detectEncoding(text, true);
        CHECK(guess.encoding == Encoding::Binary);
        CHECK(guess.unsupportedText);
        try {
            decodeToUtf8(text, "tracker.csv");
            FAIL("UTF-32 was decoded");
        } catch (const TextDecodeError& e) {
            CHECK(std::string(e.what()) ==
                  "tracker.csv: UTF-32 text (its byte-order mark), which is not read: save it as UTF-8 or UTF-16");
        }
        std::string out;
        StreamDecoder streaming("tracker.csv");
        CHECK_THROWS_WITH((streaming.feed(text, out), streaming.finish(out)), Catch::Contains("UTF-32 text"));
    }
}

TEST_CASE("textdecode streaming gives the same text at every chunk size", "[textdecode]") {
    const std::string utf16 = toUtf16(kUtf8Sample, true, true);
    const std::string cp1252 = "\x93" "Cost\x94 \xA3" "5\n";
    for (size_t chunk : {1, 2, 3, 5, 7, 64}) {
        INFO("chunk " << chunk);
        CHECK(decodeInChunks("\xEF\xBB\xBF" + kUtf8Sample, chunk, 4) == kUtf8Sample);
        CHECK(decodeInChunks(kUtf8Sample, chunk, 4) == kUtf8Sample);
        CHECK(decodeInChunks(utf16, chunk, 4) == kUtf8Sample);
        CHECK(decodeInChunks(cp1252, chunk, 4) == "“Cost” £5\n");
    }
}

TEST_CASE("textdecode streaming with a forced encoding still skips the BOM", "[textdecode]") {
    StreamDecoder decoder(Encoding::Utf8);
    std::string out;
    decoder.feed("\xEF", out);
    decoder.feed("\xBB\xBF" "abc", out);
    decoder.finish(out);
    CHECK(out == "abc");
    CHECK(decoder.hadBom());
}

TEST_CASE("textdecode repairs an incomplete sequence at the end instead of dropping it", "[textdecode]") {
    StreamDecoder decoder(Encoding::Utf8);
    std::string out;
    decoder.feed("\xE2\x80\x93 ab\xE2\x80", out);  // an en dash, then two bytes of another
    decoder.finish(out);
    CHECK(out == "– abâ€");  // the cut bytes read as Windows-1252, not lost
    CHECK(decoder.repairedBytes() == 2);
}
