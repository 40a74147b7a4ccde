#include "ui/source_view.hpp"

#include "ui/text_scroll.hpp"
#include "ui/ui_thread.hpp"
#include "ui/wx_text.hpp"

#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace findings::studio {

SourceView::SourceView(wxWindow* parent, RegistryFn registry)
    : wxPanel(parent, wxID_ANY), registry_(std::move(registry)) {
    SetName("source-view");
    heading_ = new wxStaticText(this, wxID_ANY, "Source", wxDefaultPosition, wxDefaultSize,
                                wxST_ELLIPSIZE_MIDDLE | wxST_NO_AUTORESIZE);
    heading_->SetFont(heading_->GetFont().Bold());
    // A few characters at the least, not the whole file name: a long name is ellipsized
    // instead of widening the pane past its splitter.
    heading_->SetMinSize(wxSize(10 * heading_->GetCharWidth(), heading_->GetCharHeight()));
    text_ = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                           wxTE_MULTILINE | wxTE_READONLY | wxTE_RICH2 | wxTE_WORDWRAP);
    text_->SetName("source-text");
    text_->SetHelpText("The original document, with the selected finding highlighted.");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const int gap = FromDIP(4);
    sizer->Add(heading_, 0, wxEXPAND | wxALL, gap);
    sizer->Add(text_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, gap);
    SetSizer(sizer);
}

SourceView::~SourceView() = default;

void SourceView::show(const Finding* finding, const Source* source) {
    waiting_.reset();
    if (!finding) {
        heading_->SetLabel("Source");
        heading_->UnsetToolTip();
        text_->ChangeValue(wxEmptyString);
        shownText_.clear();
        excerpt_ = {};
        return;
    }
    if (!needsSourceText(*finding, source)) return render(excerptFor(*finding, source, SourceText{}));
    const std::string path = source ? source->path : std::string();
    if (std::shared_ptr<const SourceText> text = cache_.find(path))
        return render(excerptFor(*finding, source, *text));
    // The importer reads the document in a worker process: never on the UI thread.
    waiting_ = Waiting{*finding, source ? std::optional<Source>(*source) : std::nullopt};
    render(loadingExcerpt(*finding, source));
    // The registry of this moment (taken here, on the UI thread) stays loaded while it reads.
    std::shared_ptr<const core::PluginRegistry> registry = registry_ ? registry_() : nullptr;
    const std::string importerId = source ? source->importer.id : std::string();
    SourceTextLoader::Load load = [registry, importerId](const std::string& file, const std::atomic<bool>& cancel) {
        if (!registry) {
            SourceText none;
            none.path = file;
            none.problem = "No plugins are loaded to read the document. Showing the finding.";
            return none;
        }
        return loadSourceText(*registry, file, importerId, &cancel);
    };
    std::weak_ptr<bool> alive = alive_;
    loader_.request(path, std::move(load), [this, alive](std::shared_ptr<const SourceText> text) {
        postToUi([this, alive, text = std::move(text)] {
            if (alive.lock()) textArrived(text);
        });
    });
}

void SourceView::textArrived(std::shared_ptr<const SourceText> text) {
    cache_.insert(text);
    // A text for a finding no longer selected is kept for later but not shown.
    if (!waiting_ || !waiting_->source || waiting_->source->path != text->path) return;
    const Waiting shown = std::move(*waiting_);
    waiting_.reset();
    render(excerptFor(shown.finding, shown.source ? &*shown.source : nullptr, *text));
}

void SourceView::render(const SourceExcerpt& excerpt) {
    excerpt_ = excerpt;
    heading_->SetLabel(wxs(excerpt_.heading.empty() ? std::string("Source") : excerpt_.heading));
    heading_->SetToolTip(wxs(excerpt_.path));
    const wxColour normalBack = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW);
    const wxColour normalText = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
    if (excerpt_.text != shownText_) {
        text_->ChangeValue(wxs(excerpt_.text));
        shownText_ = excerpt_.text;
    } else {
        // Same document: only the highlight moves.
        text_->SetStyle(0, text_->GetLastPosition(), wxTextAttr(normalText, normalBack));
    }
    if (excerpt_.highlightEnd > excerpt_.highlightStart) {
        const long start = static_cast<long>(excerpt_.highlightStart);
        const long end = static_cast<long>(excerpt_.highlightEnd);
        text_->SetStyle(start, end, wxTextAttr(wxColour(0x20, 0x20, 0x20), wxColour(0xFF, 0xE8, 0x80)));
        // The finding's first line a little below the top: the lines before it give the
        // context, and as much of the finding as fits follows. While loading, the top: the
        // line saying the text is on its way.
        scrollNearTop(text_, excerpt_.kind == SourceExcerpt::Kind::Loading ? 0 : start, 0.15);
    }
}

}  // namespace findings::studio
