#!/usr/bin/env python3
"""The statements the server sent for one operation, as a pgbench script.

How much of an operation's cost is its SQL alone, without the server, TLS and
HTTP: run the benchmark briefly at one client against a PostgreSQL that logs
every statement with its parameters, pick one operation's statements from
that log, and run them with pgbench (docs/benchmarks.md, "Session 11").

    # 1. the log (fixture cluster of tests/support/pg_cluster.sh, restarted with)
    #    -c log_min_duration_statement=0 -c log_parameter_max_length=-1 -c "log_line_prefix=%p|%x|"
    ERP_BENCH_KEEP_DATA=1 build-release/tests/bench/bench_procurement 10000 1 1 0 create_po 25000 fixture
    # 2. what was sent, one line per statement: index, backend, statement name, text
    tests/bench/replay_sql.py list postgresql.log
    # 3. one operation (indexes from the list, inclusive) as a script
    tests/bench/replay_sql.py script postgresql.log 2745:2765 --order-id 68202 > create.sql
    pgbench -n -M prepared -c 8 -j 2 -T 10 -f create.sql <database>

An action on an existing order (approve_po) takes a distinct order per run
with --order-id and --pool: made beforehand, as superuser, on a copy of the
data set (pgbench then runs as superuser too; the script switches role):

    CREATE TABLE approve_pool AS SELECT row_number() OVER (ORDER BY id) AS n, id
      FROM purchase_orders WHERE state = 'submitted' AND approvals_needed = 1 AND created_by <> 18;
    CREATE SEQUENCE approve_pool_seq;
    tests/bench/replay_sql.py script postgresql.log 4536:4543 --order-id 757 --pool approve_pool > approve.sql

The script runs as the application role (SET LOCAL ROLE after each BEGIN), so
row-level security applies as it does for the server. With --order-id, the
order the operation created (the first INSERT INTO purchase_orders returns it)
is read back with \\gset and used where the captured id stood, and the
provisional number and the Idempotency-Key become unique per run. With
--pipeline the statements go in one pipeline (only for scripts without
\\gset). pgbench reads ":name" as a variable everywhere, also inside quotes:
to_char's "HH24:MI:SS" formats are rewritten with chr(58).
"""
import re
import sys

ROLE = 'erp_app'


def records(path):
    # Log lines "<pid>|<xid>|<LEVEL>:  <text>", continuation lines appended.
    out, current = [], None
    with open(path, encoding='utf-8', errors='replace') as log:
        for line in log.read().split('\n'):
            m = re.match(r'^(\d+)\|\d*\|(LOG|DETAIL|ERROR|STATEMENT|CONTEXT|WARNING|HINT):  (.*)$', line)
            if m:
                if current:
                    out.append(current)
                current = [m.group(1), m.group(2), m.group(3)]
            elif current:
                current[2] += '\n' + line
    if current:
        out.append(current)
    return out


def executed(path):
    # (backend, statement name, text with $n, parameters) per execution.
    recs, prepared, out = records(path), {}, []
    for i, (pid, level, text) in enumerate(recs):
        if level != 'LOG':
            continue
        following = recs[i + 1][2] if i + 1 < len(recs) and recs[i + 1][0] == pid else ''
        m = re.match(r'duration: [0-9.]+ ms  (parse|bind|execute) (\S+?): (.*)$', text, re.S)
        if m:
            kind, name, sql = m.groups()
            pm = re.match(r'PREPARE (\S+) AS (.*)$', sql, re.S)
            if pm:
                prepared[pm.group(1)] = pm.group(2)
            if kind == 'execute':
                params = following[len('parameters: '):] if following.startswith('parameters: ') else None
                out.append((pid, name, sql if name == '<unnamed>' else prepared.get(name, sql), params))
            continue
        m = re.match(r'duration: [0-9.]+ ms  statement: EXECUTE (\S+) \((.*)\)$', text, re.S)
        if m:   # QPSQL: EXECUTE name(literals) in a simple query
            pm = re.match(r'prepare: PREPARE (\S+) AS (.*)$', following, re.S)
            if pm:
                prepared[pm.group(1)] = pm.group(2)
            out.append((pid, m.group(1), prepared.get(m.group(1)), 'literals:' + m.group(2)))
            continue
        m = re.match(r'duration: [0-9.]+ ms  statement: (.*)$', text, re.S)
        if m:
            out.append((pid, '<simple>', m.group(1), None))
    return out


def split_literals(text):
    # "a, 'b,c', f(d, e)" -> {1: "a", 2: "'b,c'", 3: "f(d, e)"}
    parts, depth, quoted, current, i = [], 0, False, '', 0
    while i < len(text):
        c = text[i]
        if quoted:
            current += c
            if c == "'":
                if text[i + 1:i + 2] == "'":
                    current += "'"
                    i += 1
                else:
                    quoted = False
        elif c == "'":
            quoted, current = True, current + c
        elif c == '(':
            depth, current = depth + 1, current + c
        elif c == ')':
            depth, current = depth - 1, current + c
        elif c == ',' and depth == 0:
            parts.append(current.strip())
            current = ''
        else:
            current += c
        i += 1
    if current.strip():
        parts.append(current.strip())
    return {k + 1: v for k, v in enumerate(parts)}


def with_values(sql, params):
    if params is None:
        return sql
    if params.startswith('literals:'):
        values = split_literals(params[len('literals:'):])
    else:
        values = {int(m.group(1)): m.group(2) for m in re.finditer(r"\$(\d+) = (NULL|'(?:[^']|'')*')", params)}
    return re.sub(r'\$(\d+)', lambda m: values.get(int(m.group(1)), m.group(0)), sql)


def outside_quotes(text, change):
    parts = re.split(r"('(?:[^']|'')*')", text)
    return ''.join(p if i % 2 else change(p) for i, p in enumerate(parts))


def script(path, first, last, order_id, pipeline, pool):
    lines = ['\\set n random(1, 2000000000)']
    if pool:
        # A distinct order per operation: the pool's n-th order, n from its sequence.
        lines.append("SELECT id FROM %s WHERE n = (SELECT nextval('%s_seq')) \\gset" % (pool, pool))
    body = []
    for _, _, sql, params in executed(path)[first:last + 1]:
        s = with_values(sql, params).strip().rstrip(';').replace('\n', ' ')
        s = s.replace("'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'",
                      "('YYYY-MM-DD\"T\"HH24' || chr(58) || 'MI' || chr(58) || 'SS.US\"Z\"')")
        gset = False
        if order_id:
            if 'INSERT INTO purchase_orders (' in s and not any('\\gset' in b for b in body):
                s = re.sub(r"'~[0-9a-f]{32}'", "('~' || (:n)::text)", s)
                gset = True
            s = re.sub(r"'(\d+/\d+/)?bench-[0-9-]+'", lambda m: "('%sbench-' || (:n)::text)" % (m.group(1) or ''), s)
            s = s.replace("'%s'" % order_id, '(:id)::bigint')
            s = outside_quotes(s, lambda p: re.sub(r'\b%s\b' % order_id, '(:id)::bigint', p))
        body.append(s + (' \\gset' if gset else ';'))
        if s.upper() == 'BEGIN':
            body.append('SET LOCAL ROLE %s;' % ROLE)
    if pipeline:
        body = ['\\startpipeline'] + body + ['\\endpipeline']
    return '\n'.join(lines + body) + '\n'


def main(argv):
    if len(argv) >= 3 and argv[1] == 'list':
        for k, (pid, name, sql, _) in enumerate(executed(argv[2])):
            print(k, pid, name, (sql or '').replace('\n', ' ')[:70])
        return 0
    if len(argv) >= 4 and argv[1] == 'script':
        first, last = map(int, argv[3].split(':'))
        order_id = argv[argv.index('--order-id') + 1] if '--order-id' in argv else None
        pool = argv[argv.index('--pool') + 1] if '--pool' in argv else None
        sys.stdout.write(script(argv[2], first, last, order_id, '--pipeline' in argv, pool))
        return 0
    sys.stderr.write(__doc__)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv))
