// Fuzzes HTTP request framing: arbitrary bytes go to RequestParser in random
// splits, and the outcome must not depend on how the bytes were split (a
// connection sees whatever TCP segmentation the client chooses). Sanitizers
// catch memory errors; the differential check catches framing that depends on
// packet boundaries, the stuff request smuggling is made of.
#include "server/http/RequestParser.h"

#include <QLoggingCategory>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using erp::server::HttpRequest;
using erp::server::RequestParser;

namespace {

struct Outcome
{
    std::vector<HttpRequest> requests;
    int errorStatus = 0;
    bool upgraded = false;
};

// Small limits so the 413/414/431 paths are reachable with short inputs.
constexpr RequestParser::Limits Limits {512, 128, 256};

void drain(RequestParser &parser, Outcome &out)
{
    while (parser.hasRequest())
        out.requests.push_back(parser.takeRequest());
}

Outcome parseWhole(const QByteArray &input)
{
    RequestParser parser(Limits);
    Outcome out;
    parser.feed(input);
    drain(parser, out);
    out.errorStatus = parser.errorStatus();
    out.upgraded = parser.isUpgraded();
    return out;
}

Outcome parseSplit(const QByteArray &input, uint32_t seed)
{
    RequestParser parser(Limits);
    Outcome out;
    qsizetype offset = 0;
    while (offset < input.size()) {
        seed = seed * 1664525u + 1013904223u; // LCG: deterministic per input
        const qsizetype piece = qsizetype(1 + (seed >> 16) % 64);
        const qsizetype n = qMin(piece, input.size() - offset);
        // Like the connection: feed a piece, keep what parse() did not consume.
        QByteArray chunk = input.mid(offset, n);
        offset += n;
        while (!chunk.isEmpty()) {
            const qsizetype used = parser.parse(chunk.constData(), chunk.size());
            if (used <= 0)
                break;
            chunk.remove(0, used);
            drain(parser, out);
        }
        if (parser.hasError() || parser.isUpgraded())
            break;
    }
    drain(parser, out);
    out.errorStatus = parser.errorStatus();
    out.upgraded = parser.isUpgraded();
    return out;
}

bool same(const HttpRequest &a, const HttpRequest &b)
{
    return a.method == b.method && a.target == b.target && a.path == b.path && a.query.query() == b.query.query()
        && a.headers == b.headers && a.body == b.body && a.keepAlive == b.keepAlive;
}

[[noreturn]] void mismatch(const char *what)
{
    std::fprintf(stderr, "framing depends on the split: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Every rejected input would log a line otherwise.
    QLoggingCategory::setFilterRules(QStringLiteral("erp.http.*=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 4)
        return 0;
    const uint32_t seed
        = uint32_t(data[0]) | uint32_t(data[1]) << 8 | uint32_t(data[2]) << 16 | uint32_t(data[3]) << 24;
    const QByteArray input(reinterpret_cast<const char *>(data + 4), qsizetype(size - 4));

    const Outcome whole = parseWhole(input);
    const Outcome split = parseSplit(input, seed);

    // Whether a request fails must not depend on the split. Which status it
    // fails with may: for a target that is both too long and malformed,
    // http-parser reports the bad byte (400) before the URL callback has seen
    // enough to know it is too long (414) unless a split makes the callback
    // run earlier. Either answer closes the connection, so only that pairing
    // with 400 is allowed.
    if ((whole.errorStatus == 0) != (split.errorStatus == 0))
        mismatch("error or not");
    if (whole.errorStatus != split.errorStatus && whole.errorStatus != 400 && split.errorStatus != 400)
        mismatch("error status");
    if (whole.upgraded != split.upgraded)
        mismatch("upgrade");
    if (whole.requests.size() != split.requests.size())
        mismatch("request count");
    for (size_t i = 0; i < whole.requests.size(); ++i) {
        const HttpRequest &r = whole.requests[i];
        if (!same(r, split.requests[i]))
            mismatch("request contents");
        // Invariants the rest of the server relies on.
        if (r.body.size() > Limits.maxBodyBytes || r.target.size() > Limits.maxUrlBytes)
            mismatch("limit exceeded");
        if (!r.path.startsWith('/') || r.path.contains('\0'))
            mismatch("path invariant");
        for (const auto &h : r.headers)
            if (h.first != h.first.toLower())
                mismatch("header name not lower-case");
    }
    if (whole.errorStatus != 0 && whole.errorStatus != 400 && whole.errorStatus != 413 && whole.errorStatus != 414
        && whole.errorStatus != 431)
        mismatch("unexpected status");
    return 0;
}
