# Walks the AT-SPI tree the way Orca reads it (over D-Bus with gdbus, no Qt
# involved): every application registered on the accessibility bus, its
# showing and focusable objects with role and name. Exits 1 when one of them
# has no name or none was found. Run through run_atspi_walk.sh.
import re, subprocess, sys
def call(*args):
    return subprocess.run(['gdbus', 'call'] + list(args), capture_output=True, text=True, timeout=20).stdout
addr = re.search(r"'([^']*)'", call('--session', '--dest', 'org.a11y.Bus', '--object-path', '/org/a11y/bus', '--method', 'org.a11y.Bus.GetAddress')).group(1)
pair = re.compile(r"\('([^']*)', (?:objectpath )?'([^']*)'\)")
def a(bus, path, method, *rest):
    return call('--address', addr, '--dest', bus, '--object-path', path, '--method', method, *rest)
def children(bus, path):
    return pair.findall(a(bus, path, 'org.a11y.atspi.Accessible.GetChildren'))
def name(bus, path):
    m = re.search(r"<'(.*)'>", a(bus, path, 'org.freedesktop.DBus.Properties.Get', 'org.a11y.atspi.Accessible', 'Name'))
    return m.group(1) if m else ''
def role(bus, path):
    m = re.search(r"'(.*)'", a(bus, path, 'org.a11y.atspi.Accessible.GetRoleName'))
    return m.group(1) if m else '?'
def state(bus, path):
    nums = [int(x) for x in re.findall(r'(\d+)(?=[,\]])', a(bus, path, 'org.a11y.atspi.Accessible.GetState').replace('uint32 ', ''))]
    bits = (nums[0] if nums else 0) | ((nums[1] if len(nums) > 1 else 0) << 32)
    return bits
FOCUSABLE, SHOWING = 1 << 11, 1 << 25
apps = children('org.a11y.atspi.Registry', '/org/a11y/atspi/accessible/root')
total = focusable = unnamed = 0
for bus, path in apps:
    print('application', name(bus, path))
    stack = [(bus, path, 0)]
    while stack:
        b, p, depth = stack.pop()
        total += 1
        s = state(b, p)
        r = role(b, p)
        n = name(b, p)
        if s & FOCUSABLE and s & SHOWING:
            focusable += 1
            print('  ' * depth + '%s "%s"' % (r, n))
            if not n.strip():
                unnamed += 1
                print('  ' * depth + '  ^ focusable without a name')
        if depth < 12 and r not in ('table', 'list', 'tree table'):
            for c in reversed(children(b, p)):
                stack.append((c[0], c[1], depth + 1))
print('objects %d, showing focusable %d, without a name %d' % (total, focusable, unnamed))
sys.exit(1 if unnamed or focusable == 0 else 0)
