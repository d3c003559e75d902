#pragma once

#include <QTimer>
#include <QWidget>

namespace erp::client {

// A small spinning indicator for "working on it" states (signing in, loading
// a page). Paints itself; no animation framework or image files needed.
class BusyIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit BusyIndicator(QWidget *parent = nullptr);

    bool isRunning() const { return m_timer.isActive(); }
    void start();
    void stop();

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QTimer m_timer;
    int m_step = 0;
};

} // namespace erp::client
