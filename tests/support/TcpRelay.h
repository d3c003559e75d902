#pragma once

#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace erp::test {

// A TCP relay on a free loopback port in front of the test server, for
// client tests that must lose the connection at a chosen moment. The bytes
// pass through untouched: the client still speaks TLS with the real server.
// Runs on the thread that creates it (the test's event loop).
//
// While dropping, a connection is cut as soon as the server answers on it
// (the request reached the server, its answer never reaches the client), and
// a new connection is closed as soon as it is accepted.
// (No Q_OBJECT: it has no signals or slots of its own, and the support
// library is built without moc.)
class TcpRelay : public QObject
{
public:
    explicit TcpRelay(quint16 targetPort, QObject *parent = nullptr);
    ~TcpRelay() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    void setDropping(bool dropping) { m_dropping = dropping; }
    int droppedConnections() const { return m_dropped; }

private:
    struct Pair
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> server;
    };
    void accept();
    void cut(const Pair &pair);

    QTcpServer m_server;
    quint16 m_targetPort;
    bool m_dropping = false;
    int m_dropped = 0;
};

} // namespace erp::test
