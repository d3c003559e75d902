#include "client/ui/BusyIndicator.h"

#include <QPainter>

namespace erp::client {

namespace {
constexpr int Spokes = 12;
}

BusyIndicator::BusyIndicator(QWidget *parent)
    : QWidget(parent)
{
    m_timer.setInterval(80);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_step = (m_step + 1) % Spokes;
        update();
    });
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setVisible(false);
}

void BusyIndicator::start()
{
    m_timer.start();
    show();
}

void BusyIndicator::stop()
{
    m_timer.stop();
    hide();
}

QSize BusyIndicator::sizeHint() const
{
    const int side = fontMetrics().height() + 4;
    return {side, side};
}

void BusyIndicator::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int side = qMin(width(), height());
    p.translate(width() / 2.0, height() / 2.0);
    const qreal outer = side / 2.0;
    const qreal inner = outer * 0.45;
    QColor colour = palette().color(QPalette::WindowText);
    for (int i = 0; i < Spokes; ++i) {
        // The spoke at m_step is darkest; the tail fades out behind it.
        const int age = (m_step - i + Spokes) % Spokes;
        colour.setAlphaF(1.0 - age / qreal(Spokes));
        QPen pen(colour, qMax(1.5, side / 10.0), Qt::SolidLine, Qt::RoundCap);
        p.setPen(pen);
        p.save();
        p.rotate(i * 360.0 / Spokes);
        p.drawLine(QPointF(0, -inner), QPointF(0, -outer + pen.widthF() / 2));
        p.restore();
    }
}

} // namespace erp::client
