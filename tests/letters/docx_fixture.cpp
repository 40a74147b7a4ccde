// Building small .docx files in memory with Poco's zip writer.
#include "docx_fixture.hpp"

#include <Poco/Zip/Compress.h>

#include <sstream>

namespace letters_test {

namespace {

const char* kWordNs =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";

}  // namespace

std::string makeDocx(const std::string& bodyXml, const std::string& prolog) {
    return makeDocxWithParts(bodyXml, {{"", prolog}});
}

std::string bulletAndDecimalNumbering() {
    return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering ") + kWordNs + ">"
           "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
           "<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\xef\x82\xb7\"/></w:lvl></w:abstractNum>"
           "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
           "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
           "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
           "<w:lvlText w:val=\"%1.%2.\"/></w:lvl></w:abstractNum>"
           "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
           "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num></w:numbering>";
}

std::string makeDocxWithParts(const std::string& bodyXml, const std::map<std::string, std::string>& parts) {
    auto prologIt = parts.find("");
    const std::string prolog = prologIt == parts.end() ? std::string() : prologIt->second;
    const std::string contentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override "
        "PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    const std::string document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + prolog +
                                 "<w:document " + kWordNs + ">"
                                 "<w:body>" + bodyXml + "</w:body></w:document>";
    std::ostringstream out;
    Poco::Zip::Compress zip(out, true);
    std::istringstream ct(contentTypes), doc(document);
    zip.addFile(ct, Poco::DateTime(), Poco::Path("[Content_Types].xml"));
    zip.addFile(doc, Poco::DateTime(), Poco::Path("word/document.xml"));
    for (const auto& [path, xml] : parts) {
        if (path.empty()) continue;
        std::istringstream part(xml);
        zip.addFile(part, Poco::DateTime(), Poco::Path(path));
    }
    zip.close();
    return out.str();
}

}  // namespace letters_test
