#include "tests/support/TcpRelay.h"

#include <QHostAddress>

namespace erp::test {

TcpRelay::TcpRelay(quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TcpRelay::accept);
}

TcpRelay::~TcpRelay() = default;

bool TcpRelay::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void TcpRelay::cut(const Pair &pair)
{
    ++m_dropped;
    if (pair.client)
        pair.client->abort();
    if (pair.server)
        pair.server->abort();
}

void TcpRelay::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        client->setParent(this);
        if (m_dropping) {
            ++m_dropped;
            client->abort();
            client->deleteLater();
            continue;
        }
        auto *server = new QTcpSocket(this);
        const Pair pair {client, server};
        // Bytes from the client wait in its socket until the server side is connected.
        auto forward = [pair] {
            if (pair.client && pair.server && pair.server->state() == QAbstractSocket::ConnectedState
                && pair.client->bytesAvailable())
                pair.server->write(pair.client->readAll());
        };
        connect(server, &QTcpSocket::connected, this, forward);
        connect(client, &QTcpSocket::readyRead, this, forward);
        connect(server, &QTcpSocket::readyRead, this, [this, pair] {
            if (!pair.client || !pair.server)
                return;
            if (m_dropping) {
                cut(pair);
                return;
            }
            pair.client->write(pair.server->readAll());
        });
        auto close = [pair] {
            if (pair.client)
                pair.client->disconnectFromHost();
            if (pair.server)
                pair.server->disconnectFromHost();
        };
        connect(client, &QTcpSocket::disconnected, this, close);
        connect(server, &QTcpSocket::disconnected, this, close);
        connect(server, &QTcpSocket::errorOccurred, this, close);
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(server, &QTcpSocket::disconnected, server, &QObject::deleteLater);
        server->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}

} // namespace erp::test
