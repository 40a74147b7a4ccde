// Building small .docx files in memory with Poco's zip writer.
#include "docx_fixture.hpp"

#include <Poco/Zip/Compress.h>

#include <sstream>

namespace letters_test {

std::string makeDocx(const std::string& bodyXml, const std::string& prolog) {
    const std::string contentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override "
        "PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    const std::string document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + prolog +
                                 "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                                 "<w:body>" + bodyXml + "</w:body></w:document>";
    std::ostringstream out;
    Poco::Zip::Compress zip(out, true);
    std::istringstream ct(contentTypes), doc(document);
    zip.addFile(ct, Poco::DateTime(), Poco::Path("[Content_Types].xml"));
    zip.addFile(doc, Poco::DateTime(), Poco::Path("word/document.xml"));
    zip.close();
    return out.str();
}

}  // namespace letters_test
