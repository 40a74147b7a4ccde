#include <findings/classify/call_classifier.hpp>

namespace findings::classify {

CallClassifier::CallClassifier(const findings::Host& host, std::shared_ptr<const Classifier> own)
    : host_(host), own_(std::move(own)), byHost_(host.offersClassify()) {
    if (byHost_)
        host_.classify("");  // loads the host's taxonomy now: a broken one fails here
    else if (!own_)
        throw findings::Error(FND_ERR_INTERNAL, "no classifier: the host offers none and the importer loaded none");
}

Classification CallClassifier::classify(std::string_view text) const {
    if (!byHost_) return own_->classify(text);
    findings::TextClassification byHost = host_.classify(text);
    return {std::move(byHost.themes), std::move(byHost.polarity), byHost.confidence};
}

}  // namespace findings::classify
