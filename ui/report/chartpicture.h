// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QHash>
#include <QObject>
#include <QPicture>
#include <QSize>
#include <QTextObjectInterface>

class QCustomPlot;
class QTextDocument;

namespace tideover::ui {

// A chart recorded as drawing commands (lines, polygons, text), not pixels: drawn into a
// PDF it stays sharp at any zoom and its labels are text a reader can select and search.
struct ChartPicture {
    QPicture picture;
    QSize size; // the size the chart was laid out at, in screen pixels
};
ChartPicture recordChart(QCustomPlot* plot, QSize size);

// Lets a QTextDocument draw <img src="NAME"> from a ChartPicture: registered on the
// document's layout for image objects, it draws the pictures added under their names, scaled
// to the width and height the HTML gives, and every other image as Qt's own handler would.
// Owned by the document.
class ChartPictureHandler : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    explicit ChartPictureHandler(QTextDocument* document);

    void add(const QString& name, ChartPicture picture);
    bool contains(const QString& name) const { return m_pictures.contains(name); }

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

private:
    QHash<QString, ChartPicture> m_pictures;
};

} // namespace tideover::ui
