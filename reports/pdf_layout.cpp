#include "pdf_layout.h"

#include <QFontMetricsF>

#include <algorithm>

namespace relief::reports {

namespace {
constexpr double margin = 46;      // points
constexpr double header_space = 40;  // above the text, for the running header
constexpr double footer_space = 30;
}  // namespace

PdfLayout::PdfLayout(QPdfWriter& writer, int total_pages, PageDecoration decorate)
    : writer_(writer), total_pages_(total_pages), decorate_(std::move(decorate)) {
    unit_ = writer_.resolution() / 72.0;
    painter_.begin(&writer_);
    page_ = QRectF(0, 0, writer_.width(), writer_.height());
    text_ = QRectF(margin * unit_, (margin + header_space) * unit_, page_.width() - 2 * margin * unit_,
                   page_.height() - (2 * margin + header_space + footer_space) * unit_);
    new_page();
}

PdfLayout::~PdfLayout() { painter_.end(); }

QFont PdfLayout::font(double size, bool bold) const {
    QFont f("DejaVu Sans");
    f.setPointSizeF(size);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

double PdfLayout::text_height(const QString& text, const QFont& f, double width) const {
    const QFontMetricsF fm(f, &writer_);
    return fm.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
}

void PdfLayout::new_page() {
    if (page_number_ > 0) writer_.newPage();
    ++page_number_;
    y_ = text_.top();
    painter_.save();
    decorate_(*this, page_number_, total_pages_);
    painter_.restore();
}

void PdfLayout::space(double points) { y_ += points * unit_; }

void PdfLayout::keep(double points) {
    if (y_ + points * unit_ > text_.bottom() && y_ > text_.top()) new_page();
}

double PdfLayout::heading_height(const QString& text) const {
    return text_height(text, font(12.5, true), text_.width()) / unit_ + 18;
}

double PdfLayout::row_height(const std::vector<Column>& columns, const std::vector<QString>& row,
                             const QFont& font) const {
    double h = 0;
    for (std::size_t i = 0; i < columns.size() && i < row.size(); ++i)
        h = std::max(h, text_height(row[i], font, columns[i].width * text_.width() - 6 * unit_));
    return h + 6 * unit_;
}

double PdfLayout::table_height(const std::vector<Column>& columns, const std::vector<std::vector<QString>>& rows) const {
    const QFont f = font(8.5);
    double total = 0;
    for (const auto& row : rows) total += row_height(columns, row, f);
    return total / unit_ + 4;
}

void PdfLayout::heading(const QString& text, double keep_with) {
    const QFont f = font(12.5, true);
    const double h = text_height(text, f, text_.width());
    keep(h / unit_ + 18 + std::min(keep_with, 0.6 * text_.height() / unit_));
    space(10);
    painter_.setFont(f);
    painter_.setPen(QColor("#1d4f86"));
    painter_.drawText(QRectF(text_.left(), y_, text_.width(), h), Qt::TextWordWrap, text);
    y_ += h + 2 * unit_;
    painter_.setPen(QPen(QColor("#c9d6e3"), 0.8 * unit_));
    painter_.drawLine(QPointF(text_.left(), y_), QPointF(text_.right(), y_));
    space(6);
}

void PdfLayout::paragraph(const QString& text, const QFont& f, const QColor& color, double indent) {
    const double width = text_.width() - indent * unit_;
    const double h = text_height(text, f, width);
    keep(h / unit_);
    painter_.setFont(f);
    painter_.setPen(color);
    painter_.drawText(QRectF(text_.left() + indent * unit_, y_, width, h), Qt::TextWordWrap, text);
    y_ += h + 2 * unit_;
}

void PdfLayout::block(double height, const std::function<void(const QRectF&)>& draw) {
    keep(height);
    const QRectF rect(text_.left(), y_, text_.width(), height * unit_);
    painter_.save();
    draw(rect);
    painter_.restore();
    y_ += rect.height();
}

void PdfLayout::table_header(const std::vector<Column>& columns) {
    // A two-column list of facts has no titles, and then no header row.
    if (std::all_of(columns.begin(), columns.end(), [](const Column& c) { return c.title.isEmpty(); })) return;
    const QFont f = font(8, true);
    double h = 0;
    for (const auto& c : columns) h = std::max(h, text_height(c.title, f, c.width * text_.width() - 6 * unit_));
    h += 6 * unit_;
    painter_.fillRect(QRectF(text_.left(), y_, text_.width(), h), QColor("#eef2f6"));
    painter_.setFont(f);
    painter_.setPen(QColor("#394049"));
    double x = text_.left();
    for (const auto& c : columns) {
        const double w = c.width * text_.width();
        painter_.drawText(QRectF(x + 3 * unit_, y_ + 3 * unit_, w - 6 * unit_, h), c.align | Qt::TextWordWrap, c.title);
        x += w;
    }
    y_ += h;
}

void PdfLayout::table(const std::vector<Column>& columns, const std::vector<std::vector<QString>>& rows) {
    const QFont f = font(8.5);
    const bool untitled =
        std::all_of(columns.begin(), columns.end(), [](const Column& c) { return c.title.isEmpty(); });
    double total = 0;
    for (const auto& row : rows) total += row_height(columns, row, f);
    // A list of facts has no header to repeat: it stays whole when it fits on a page.
    keep(untitled && total < 0.6 * text_.height() ? total / unit_ : std::min(60.0, total / unit_));
    table_header(columns);
    bool shaded = false;
    for (const auto& row : rows) {
        const double h = row_height(columns, row, f);
        if (y_ + h > text_.bottom()) {
            new_page();
            table_header(columns);  // a table continued on a new page keeps its header
        }
        if (shaded) painter_.fillRect(QRectF(text_.left(), y_, text_.width(), h), QColor("#f7f9fb"));
        shaded = !shaded;
        painter_.setFont(f);
        painter_.setPen(QColor("#1f2328"));
        double x = text_.left();
        for (std::size_t i = 0; i < columns.size() && i < row.size(); ++i) {
            const double w = columns[i].width * text_.width();
            painter_.drawText(QRectF(x + 3 * unit_, y_ + 3 * unit_, w - 6 * unit_, h - 6 * unit_),
                              columns[i].align | Qt::TextWordWrap, row[i]);
            x += w;
        }
        y_ += h;
    }
    painter_.setPen(QPen(QColor("#d5dbe1"), 0.6 * unit_));
    painter_.drawLine(QPointF(text_.left(), y_), QPointF(text_.right(), y_));
    space(4);
}

}  // namespace relief::reports
