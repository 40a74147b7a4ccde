#include <findings/safezip/safe_xml.hpp>

#include <Poco/SAX/InputSource.h>
#include <Poco/SAX/SAXException.h>
#include <Poco/SAX/XMLReader.h>

#include <streambuf>
#include <vector>

namespace findings::safezip {

namespace {

/// Passes a document through while checking its prolog for a DOCTYPE, and throws XmlError
/// from the stream read — before expat sees the bytes. Throwing from a SAX handler instead
/// leaks expat's buffers (about 8 KB per parse with Poco 1.11 and expat 2.5); throwing from
/// the stream does not. The prolog is XML declaration, comments, PIs and whitespace; the
/// first other '<' starts the root element and ends the check.
class DoctypeGuardBuf : public std::streambuf {
public:
    DoctypeGuardBuf(std::istream& in, const std::string& part) : in_(in), part_(part), buffer_(16 * 1024) {}

protected:
    int_type underflow() override {
        if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
        in_.read(buffer_.data(), std::streamsize(buffer_.size()));
        const size_t n = size_t(in_.gcount());
        if (n == 0) {
            if (in_.bad()) throw XmlError(part_, "read failed");
            return traits_type::eof();
        }
        if (state_ != Done) scan(buffer_.data(), n);
        setg(buffer_.data(), buffer_.data(), buffer_.data() + n);
        return traits_type::to_int_type(*gptr());
    }

private:
    enum State { Outside, Lt, Pi, PiQuestion, Bang, BangDash, Comment, CommentDash, CommentDashDash, Doctype, Done };

    void scan(const char* p, size_t n) {
        static const char kWord[] = "DOCTYPE";
        for (size_t i = 0; i < n && state_ != Done; ++i) {
            const char c = p[i];
            switch (state_) {
            case Outside: if (c == '<') state_ = Lt; break;
            case Lt: state_ = c == '?' ? Pi : c == '!' ? Bang : Done; break;
            case Pi: if (c == '?') state_ = PiQuestion; break;
            case PiQuestion: state_ = c == '>' ? Outside : c == '?' ? PiQuestion : Pi; break;
            case Bang:
                if (c == '-') state_ = BangDash;
                else if (c == 'D') { state_ = Doctype; matched_ = 1; }
                else state_ = Done;  // not valid in a prolog: expat will say so
                break;
            case BangDash: state_ = c == '-' ? Comment : Done; break;
            case Comment: if (c == '-') state_ = CommentDash; break;
            case CommentDash: state_ = c == '-' ? CommentDashDash : Comment; break;
            case CommentDashDash: state_ = c == '>' ? Outside : c == '-' ? CommentDashDash : Comment; break;
            case Doctype:
                if (c != kWord[matched_]) { state_ = Done; break; }
                if (++matched_ == 7) throw XmlError(part_, "DOCTYPE is not allowed");
                break;
            case Done: break;
            }
        }
    }

    std::istream& in_;
    const std::string& part_;
    std::vector<char> buffer_;
    State state_ = Outside;
    int matched_ = 0;
};

std::string compose(const std::string& part, const std::string& detail, int line) {
    std::string msg = part + ": " + detail;
    // Poco's parse messages already say "in line 2 column 5"; add the line only when absent.
    if (line > 0 && detail.find(" line ") == std::string::npos) msg += " (line " + std::to_string(line) + ")";
    return msg;
}
}  // namespace

XmlError::XmlError(const std::string& part, const std::string& detail, int line, int column)
    : std::runtime_error(compose(part, detail, line)), part_(part), detail_(detail), line_(line) {
    (void)column;
}

void DoctypeRefuser::startDTD(const Poco::XML::XMLString&, const Poco::XML::XMLString&,
                              const Poco::XML::XMLString&) {
    throw Poco::XML::SAXException("DOCTYPE is not allowed");
}

SafeSaxParser::SafeSaxParser() {
    using Poco::XML::XMLReader;
    parser_.setFeature(XMLReader::FEATURE_NAMESPACES, true);
    parser_.setFeature(XMLReader::FEATURE_EXTERNAL_GENERAL_ENTITIES, false);
    parser_.setFeature(XMLReader::FEATURE_EXTERNAL_PARAMETER_ENTITIES, false);
    parser_.setProperty(XMLReader::PROPERTY_LEXICAL_HANDLER,
                        static_cast<Poco::XML::LexicalHandler*>(&refuser_));
}

void SafeSaxParser::parse(std::istream& in, Poco::XML::ContentHandler& handler, const std::string& partName) {
    parser_.setContentHandler(&handler);
    DoctypeGuardBuf guardBuf(in, partName);
    std::istream guarded(&guardBuf);
    guarded.exceptions(std::ios::badbit);  // let stream errors (ZipError, XmlError) out
    Poco::XML::InputSource source(guarded);
    try {
        parser_.parse(&source);
    } catch (const Poco::XML::SAXParseException& e) {
        parser_.setContentHandler(nullptr);
        throw XmlError(partName, e.message().empty() ? e.displayText() : e.message(), e.getLineNumber(),
                       e.getColumnNumber());
    } catch (const Poco::XML::SAXException& e) {
        parser_.setContentHandler(nullptr);
        throw XmlError(partName, e.message().empty() ? e.displayText() : e.message());
    }
    parser_.setContentHandler(nullptr);
}

void parseXmlSafely(std::istream& in, Poco::XML::ContentHandler& handler, const std::string& partName) {
    SafeSaxParser parser;
    parser.parse(in, handler, partName);
}

}  // namespace findings::safezip
