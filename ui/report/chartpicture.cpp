// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "chartpicture.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QPainter>
#include <QScreen>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QUrl>

#include <qcustomplot.h>

#include <cmath>

namespace tideover::ui {

namespace {

// HTML lengths are screen pixels, which a text document scales to its paint device by the
// device's dots per inch over the screen's (as Qt's own image handler does).
double deviceScale(const QTextDocument* document)
{
    const QPaintDevice* device = document->documentLayout()->paintDevice();
    if (!device)
        return 1.0;
    const QScreen* screen = QGuiApplication::primaryScreen();
    const double screenDpi = screen && !QCoreApplication::testAttribute(Qt::AA_Use96Dpi)
                                 ? std::round(screen->logicalDotsPerInchY())
                                 : 96.0;
    return device->logicalDpiY() / screenDpi;
}

} // namespace

ChartPicture recordChart(QCustomPlot* plot, QSize size)
{
    ChartPicture chart;
    chart.size = size;
    QCPPainter painter;
    painter.begin(&chart.picture);
    // As QCustomPlot's own PDF export: no pixmap caches, and pens that scale with the chart.
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    painter.setMode(QCPPainter::pmNonCosmetic);
    plot->toPainter(&painter, size.width(), size.height());
    painter.end();
    return chart;
}

ChartPictureHandler::ChartPictureHandler(QTextDocument* document) : QObject(document)
{
    document->documentLayout()->registerHandler(QTextFormat::ImageObject, this);
}

void ChartPictureHandler::add(const QString& name, ChartPicture picture)
{
    m_pictures.insert(name, std::move(picture));
}

QSizeF ChartPictureHandler::intrinsicSize(QTextDocument* document, int, const QTextFormat& format)
{
    const QTextImageFormat image = format.toImageFormat();
    const auto chart = m_pictures.constFind(image.name());
    QSizeF size;
    if (chart != m_pictures.cend()) {
        size = chart->size;
    } else {
        const QImage pixels =
            document->resource(QTextDocument::ImageResource, QUrl(image.name())).value<QImage>();
        size = pixels.size();
    }
    // The HTML's width and height win; one alone keeps the aspect ratio.
    if (image.hasProperty(QTextFormat::ImageWidth) && image.hasProperty(QTextFormat::ImageHeight))
        size = QSizeF(image.width(), image.height());
    else if (image.hasProperty(QTextFormat::ImageWidth) && size.width() > 0)
        size = QSizeF(image.width(), size.height() * image.width() / size.width());
    else if (image.hasProperty(QTextFormat::ImageHeight) && size.height() > 0)
        size = QSizeF(size.width() * image.height() / size.height(), image.height());
    return size * deviceScale(document);
}

void ChartPictureHandler::drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int,
                                     const QTextFormat& format)
{
    // A chart replaces the painter's clip with its own while it plays, so one that lies
    // outside the clip (on another page of a paginated document) must not be drawn at all.
    if (painter->hasClipping() && !painter->clipBoundingRect().intersects(rect))
        return;
    const QTextImageFormat image = format.toImageFormat();
    const auto chart = m_pictures.constFind(image.name());
    if (chart == m_pictures.cend()) {
        const QImage pixels =
            document->resource(QTextDocument::ImageResource, QUrl(image.name())).value<QImage>();
        if (!pixels.isNull())
            painter->drawImage(rect, pixels);
        return;
    }
    // A picture plays back scaled by the device's resolution over its own (Qt's QPicture
    // keeps sizes device independent), so that part of the scale is already done.
    const QPaintDevice* device = painter->device();
    const double dpiX = device ? double(device->logicalDpiX()) / chart->picture.logicalDpiX() : 1.0;
    const double dpiY = device ? double(device->logicalDpiY()) / chart->picture.logicalDpiY() : 1.0;
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(rect.width() / chart->size.width() / dpiX, rect.height() / chart->size.height() / dpiY);
    painter->drawPicture(0, 0, chart->picture);
    painter->restore();
}

} // namespace tideover::ui
