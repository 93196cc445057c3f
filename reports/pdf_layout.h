#pragma once

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QString>

#include <functional>
#include <vector>

namespace relief::reports {

// Flowing layout on PDF pages in points: text that wraps, tables whose rows never split
// and whose header repeats on each page, blocks kept together. The report renders twice,
// first to count pages, then for real, so every page can say "page N of M".
class PdfLayout final {
public:
    struct Column {
        QString title;
        double width;  // share of the text width; the shares sum to 1
        Qt::Alignment align = Qt::AlignLeft;
    };
    using PageDecoration = std::function<void(PdfLayout&, int page, int pages)>;

    PdfLayout(QPdfWriter& writer, int total_pages, PageDecoration decorate);
    ~PdfLayout();

    double pt() const { return unit_; }
    QPainter& painter() { return painter_; }
    QRectF text_area() const { return text_; }
    QRectF page_area() const { return page_; }
    int pages() const { return page_number_; }

    QFont font(double size, bool bold = false) const;
    double text_height(const QString& text, const QFont& font, double width) const;

    void space(double points);
    // Starts a new page unless `points` still fit on this one.
    void keep(double points);
    // A heading never stands alone at the foot of a page: it starts a new one unless
    // `keep_with` points of what follows fit below it.
    void heading(const QString& text, double keep_with = 60);
    void paragraph(const QString& text, const QFont& font, const QColor& color = QColor("#1f2328"),
                   double indent = 0);
    void table(const std::vector<Column>& columns, const std::vector<std::vector<QString>>& rows);
    // What a heading or a table (without a header row) takes, and what is left of this
    // page, in points: for a section that must fit beside what is already on the page.
    double heading_height(const QString& text) const;
    double table_height(const std::vector<Column>& columns, const std::vector<std::vector<QString>>& rows) const;
    double remaining() const { return (text_.bottom() - y_) / unit_; }
    // A block drawn by the caller in a rect of the text width and `height` points.
    void block(double height, const std::function<void(const QRectF&)>& draw);

private:
    void new_page();
    void table_header(const std::vector<Column>& columns);
    // One row of a table with its padding, in device units.
    double row_height(const std::vector<Column>& columns, const std::vector<QString>& row, const QFont& font) const;

    QPdfWriter& writer_;
    QPainter painter_;
    double unit_;
    QRectF page_, text_;
    double y_ = 0;
    int page_number_ = 0;
    int total_pages_;
    PageDecoration decorate_;
};

}  // namespace relief::reports
