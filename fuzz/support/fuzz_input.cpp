#include "fuzz_input.hpp"

#include <zlib.h>

namespace findings::fuzz {

std::vector<std::string_view> splitParts(const uint8_t* data, size_t size, size_t maxParts) {
    std::string_view all(reinterpret_cast<const char*>(data), size);
    std::vector<std::string_view> parts;
    while (parts.size() + 1 < maxParts) {
        size_t at = all.find(kPartSeparator);
        if (at == std::string_view::npos) break;
        parts.push_back(all.substr(0, at));
        all.remove_prefix(at + kPartSeparator.size());
    }
    parts.push_back(all);
    return parts;
}

namespace {

void put16(std::string& out, uint32_t v) {
    out.push_back(char(v & 0xff));
    out.push_back(char((v >> 8) & 0xff));
}

void put32(std::string& out, uint32_t v) {
    put16(out, v & 0xffff);
    put16(out, v >> 16);
}

}  // namespace

std::string storedZip(const std::vector<std::pair<std::string, std::string>>& parts) {
    std::string out, directory;
    for (const auto& [name, content] : parts) {
        uint32_t crc = uint32_t(crc32(0L, reinterpret_cast<const Bytef*>(content.data()), uInt(content.size())));
        uint32_t offset = uint32_t(out.size());
        // Local file header: version 2.0, no flags, method 0 (stored), no date.
        put32(out, 0x04034b50); put16(out, 20); put16(out, 0); put16(out, 0);
        put16(out, 0); put16(out, 0);
        put32(out, crc); put32(out, uint32_t(content.size())); put32(out, uint32_t(content.size()));
        put16(out, uint32_t(name.size())); put16(out, 0);
        out += name;
        out += content;
        // Its central directory record.
        put32(directory, 0x02014b50); put16(directory, 20); put16(directory, 20);
        put16(directory, 0); put16(directory, 0); put16(directory, 0); put16(directory, 0);
        put32(directory, crc); put32(directory, uint32_t(content.size())); put32(directory, uint32_t(content.size()));
        put16(directory, uint32_t(name.size())); put16(directory, 0); put16(directory, 0);
        put16(directory, 0); put16(directory, 0); put32(directory, 0); put32(directory, offset);
        directory += name;
    }
    uint32_t directoryOffset = uint32_t(out.size());
    out += directory;
    // End of central directory record.
    put32(out, 0x06054b50); put16(out, 0); put16(out, 0);
    put16(out, uint32_t(parts.size())); put16(out, uint32_t(parts.size()));
    put32(out, uint32_t(directory.size())); put32(out, directoryOffset); put16(out, 0);
    return out;
}

}  // namespace findings::fuzz
