#!/usr/bin/env python3
# windows.py — the window benchmarks of issue 3, side by side in one run:
# start-up to ready-to-show and to did-finish-load, and the PSS of the whole
# process tree (main + network + web processes), for 1 and for 4 windows, for
#   cathode   cathode running bench/apps/windows (an Electron-style app),
#   anchor    bench/anchor/webkit_anchor.c: the same page in plain WebKitGTK,
#   chromium  Debian's headless Chromium on the same page (first paint and
#             load event reported by the page itself, extra windows opened over
#             the DevTools protocol),
# plus the cost of opening and closing 50 windows one after the other
# (cathode vs anchor). Every figure is the median over --runs runs; the runs
# of the three programs are interleaved so machine noise hits them alike.
# Run through bench/windows.sh, which builds, installs Chromium on demand and
# provides an X server. Times are from spawning the process, in ms.
import argparse
import base64
import http.server
import json
import os
import queue
import shutil
import signal
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGE = os.path.join(ROOT, 'bench', 'apps', 'page', 'index.html')
APP = os.path.join(ROOT, 'bench', 'apps', 'windows')
CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
                  '--disable-background-networking', '--disable-component-update', '--disable-sync',
                  '--window-size=800,600']


# ---- the page's beacons (Chromium timing) ----

class Beacons:
    def __init__(self):
        self.q = queue.Queue()
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                t = time.time() * 1000
                u = urllib.parse.urlparse(self.path)
                q = urllib.parse.parse_qs(u.query)
                outer.q.put((u.path.strip('/'), int(q.get('id', ['0'])[0]), t))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *a):
                pass

        self.server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def drain(self):
        while True:
            try:
                self.q.get_nowait()
            except queue.Empty:
                return


# ---- memory: PSS of a process tree ----

def children_map():
    m = {}
    for d in os.listdir('/proc'):
        if not d.isdigit():
            continue
        try:
            with open(f'/proc/{d}/stat') as f:
                s = f.read()
        except OSError:
            continue
        rest = s[s.rindex(')') + 2:].split()
        m.setdefault(int(rest[1]), []).append(int(d))
    return m


def tree(root):
    m = children_map()
    out, todo = [], [root]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(m.get(p, []))
    return out


def pss_kb(pid):
    try:
        with open(f'/proc/{pid}/smaps_rollup') as f:
            for line in f:
                if line.startswith('Pss:'):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def comm(pid):
    try:
        with open(f'/proc/{pid}/comm') as f:
            return f.read().strip()
    except OSError:
        return '?'


def cmdline(pid):
    try:
        with open(f'/proc/{pid}/cmdline', 'rb') as f:
            return f.read().replace(b'\0', b' ').decode(errors='replace')
    except OSError:
        return ''


def memory(root):
    """{'total': MB, 'main': MB, 'web': MB, 'network': MB, 'procs': n}"""
    r = {'total': 0.0, 'main': 0.0, 'web': 0.0, 'network': 0.0, 'other': 0.0, 'procs': 0}
    for p in tree(root):
        kb = pss_kb(p)
        if kb == 0:
            continue
        mb = kb / 1024
        r['total'] += mb
        r['procs'] += 1
        c = comm(p)
        if p == root:
            r['main'] += mb
        elif c.startswith('WebKitWebProces'):
            r['web'] += mb
        elif c.startswith('WebKitNetworkPr'):
            r['network'] += mb
        elif '--type=renderer' in cmdline(p):
            r['web'] += mb
        elif 'network.mojom.NetworkService' in cmdline(p):
            r['network'] += mb
        else:
            r['other'] += mb
    return r


def kill_tree(p):
    pids = tree(p.pid)
    try:
        os.killpg(p.pid, signal.SIGTERM)
    except OSError:
        pass
    try:
        p.wait(timeout=3)
    except subprocess.TimeoutExpired:
        pass
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    try:
        os.killpg(p.pid, signal.SIGKILL)
    except OSError:
        pass
    p.wait()
    # let WebKit/Chromium helpers finish exiting before the next run
    deadline = time.time() + 5
    while time.time() < deadline and any(os.path.exists(f'/proc/{x}') and comm(x) != '?' for x in pids[1:]):
        time.sleep(0.05)


# ---- a program that prints BENCH lines (cathode app, anchor) ----

def run_native(cmd, env, windows, churn, settle, timeout, log):
    start = time.time() * 1000
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=log, env=env, start_new_session=True,
                         text=True, bufsize=1)
    lines = queue.Queue()

    def reader():
        for line in p.stdout:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=reader, daemon=True).start()
    ev = {}
    want = 'churn-done' if churn else 'loaded-all'
    deadline = time.time() + timeout
    ok = False
    try:
        while time.time() < deadline:
            try:
                line = lines.get(timeout=max(0.01, deadline - time.time()))
            except queue.Empty:
                break
            if line is None:
                break
            parts = line.split()
            if len(parts) != 4 or parts[0] != 'BENCH':
                log.write(line)
                continue
            ev.setdefault(parts[1], {})[int(parts[2])] = float(parts[3])
            if parts[1] == want:
                ok = True
                break
        if not ok:
            return None
        time.sleep(settle)
        r = {'mem': memory(p.pid)}
        if churn:
            r['churn'] = ev['churn-done'][0] - ev['churn-start'][0]
        else:
            r['ready'] = max(ev['ready-to-show'].values()) - start
            r['load'] = max(ev['did-finish-load'].values()) - start
            r['main'] = ev.get('main', {0: start})[0] - start
        return r
    finally:
        kill_tree(p)


# ---- headless Chromium ----

class Cdp:
    """The least of a DevTools-protocol client: one WebSocket to the browser
    target, commands sent without waiting for their replies."""

    def __init__(self, port, path, timeout):
        self.sock = socket.create_connection(('127.0.0.1', port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f'GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n'
                           f'Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n'
                           'Sec-WebSocket-Version: 13\r\n\r\n').encode())
        buf = b''
        while b'\r\n\r\n' not in buf:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise OSError('DevTools closed the connection')
            buf += chunk
        if b' 101 ' not in buf.split(b'\r\n')[0]:
            raise OSError('DevTools refused the WebSocket: ' + buf.split(b'\r\n')[0].decode())
        self.id = 0

    def send(self, method, params):
        self.id += 1
        data = json.dumps({'id': self.id, 'method': method, 'params': params}).encode()
        mask = os.urandom(4)
        n = len(data)
        head = bytes([0x81]) + (bytes([0x80 | n]) if n < 126 else bytes([0x80 | 126]) + struct.pack('>H', n))
        self.sock.sendall(head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))

    def close(self):
        time.sleep(0.05)  # let the commands reach the browser before the socket closes
        self.sock.close()


def run_chromium(chromium, beacons, url, windows, settle, timeout, log):
    udd = tempfile.mkdtemp(prefix='cathode-bench-chromium-')
    beacons.drain()
    start = time.time() * 1000
    cmd = [chromium] + CHROMIUM_FLAGS + ['--remote-debugging-port=0', f'--user-data-dir={udd}',
                                         url + '&id=1']
    p = subprocess.Popen(cmd, stdout=log, stderr=log, start_new_session=True)
    try:
        deadline = time.time() + timeout
        if windows > 1:
            portfile = os.path.join(udd, 'DevToolsActivePort')
            while not os.path.exists(portfile) or os.path.getsize(portfile) == 0:
                if time.time() > deadline or p.poll() is not None:
                    return None
                time.sleep(0.01)
            with open(portfile) as f:
                port = int(f.readline())

                wspath = f.readline().strip()
            # New windows, not tabs: a background tab never paints.
            cdp = Cdp(port, wspath, timeout)
            for i in range(2, windows + 1):
                cdp.send('Target.createTarget', {'url': f'{url}&id={i}', 'newWindow': True})
            cdp.close()
        seen = {'load': {}, 'paint': {}}
        while len(seen['load']) < windows or len(seen['paint']) < windows:
            try:
                what, i, t = beacons.q.get(timeout=max(0.01, deadline - time.time()))
            except queue.Empty:
                return None
            if what in seen:
                seen[what].setdefault(i, t)
        time.sleep(settle)
        return {'ready': max(seen['paint'].values()) - start, 'load': max(seen['load'].values()) - start,
                'mem': memory(p.pid)}
    finally:
        kill_tree(p)
        shutil.rmtree(udd, ignore_errors=True)


def run_chromium_oneshot(chromium, url, what, timeout, log):
    """Whole-process time of `chromium --headless --screenshot|--dump-dom URL`."""
    udd = tempfile.mkdtemp(prefix='cathode-bench-chromium-')
    out = os.path.join(udd, 'shot.png')
    flag = f'--screenshot={out}' if what == 'screenshot' else '--dump-dom'
    start = time.time()
    try:
        subprocess.run([chromium] + CHROMIUM_FLAGS + [f'--user-data-dir={udd}', flag, url], stdout=subprocess.DEVNULL,
                       stderr=log, timeout=timeout, start_new_session=True)
    except subprocess.TimeoutExpired:
        return None
    t = (time.time() - start) * 1000
    ok = what != 'screenshot' or os.path.exists(out)
    shutil.rmtree(udd, ignore_errors=True)
    return t if ok else None


# ---- the table ----

def med(rs, f):
    v = [f(r) for r in rs if r is not None]
    v = [x for x in v if x is not None]
    return statistics.median(v) if v else None


def fmt(v, unit):
    if v is None:
        return 'n/a'
    return f'{v:.0f}' if unit == 'ms' else f'{v:.1f}'


def ratio(a, b):
    return f'{a / b:.2f}x' if a is not None and b else 'n/a'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cathode', required=True)
    ap.add_argument('--anchor', required=True)
    ap.add_argument('--chromium', default=shutil.which('chromium'))
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--churn', type=int, default=50)
    ap.add_argument('--windows', default='1,4')
    ap.add_argument('--only', default='cathode,anchor,chromium')
    ap.add_argument('--settle', type=float, default=1.0, help='seconds between load and the memory reading')
    ap.add_argument('--timeout', type=float, default=60)
    ap.add_argument('--hidden', action='store_true', help='windows start hidden (show: false)')
    ap.add_argument('--json', help='write every run here')
    ap.add_argument('--log', default=os.path.join(tempfile.gettempdir(), 'cathode-bench-windows.log'))
    a = ap.parse_args()
    only = set(a.only.split(','))
    if not a.chromium:
        only.discard('chromium')
    log = open(a.log, 'w')
    beacons = Beacons()
    url = 'file://' + PAGE + f'?beacon={beacons.port}'
    env = dict(os.environ, WEBKIT_DISABLE_COMPOSITING_MODE='1', NO_AT_BRIDGE='1')
    env.pop('ELECTRON_RUN_AS_NODE', None)
    hidden = ['--hidden'] if a.hidden else []
    counts = [int(x) for x in a.windows.split(',')]
    res = {k: {} for k in ('cathode', 'anchor', 'chromium')}
    progs = {
        'anchor': lambda n, churn: [a.anchor, '--windows', str(n), '--churn', str(churn)] + hidden + [url],
        'cathode': lambda n, churn: [a.cathode, APP, '--windows', str(n), '--churn', str(churn)] + hidden + [url],
    }
    for n in counts:
        for run in range(a.runs):
            for name in ('anchor', 'cathode', 'chromium'):
                if name not in only:
                    continue
                sys.stderr.write(f'windows.py: {name}, {n} window(s), run {run + 1}/{a.runs}\n')
                log.write(f'==== {name} {n} run {run + 1}\n')
                log.flush()
                if name == 'chromium':
                    r = run_chromium(a.chromium, beacons, url, n, a.settle, a.timeout, log)
                else:
                    r = run_native(progs[name](n, 0), env, n, 0, a.settle, a.timeout, log)
                if r is None:
                    sys.stderr.write(f'windows.py: {name} failed or timed out (see {a.log})\n')
                res[name].setdefault(n, []).append(r)
    churn = {}
    if a.churn > 0:
        for name in ('anchor', 'cathode'):
            if name not in only:
                continue
            sys.stderr.write(f'windows.py: {name}, open and close {a.churn} windows\n')
            log.write(f'==== {name} churn {a.churn}\n')
            log.flush()
            churn[name] = run_native(progs[name](1, a.churn), env, 1, a.churn, a.settle, a.timeout + a.churn * 5, log)
    shots = {}
    if 'chromium' in only:
        for what in ('screenshot', 'dump-dom'):
            v = [run_chromium_oneshot(a.chromium, url + '&id=0', what, a.timeout, log) for _ in range(a.runs)]
            v = [x for x in v if x is not None]
            shots[what] = statistics.median(v) if v else None

    rows = []

    def row(label, unit, f):
        c = med(res['cathode'].get(n, []), f)
        an = med(res['anchor'].get(n, []), f)
        ch = med(res['chromium'].get(n, []), f)
        rows.append((label, unit, c, an, ch))

    for n in counts:
        w = f'{n} window' + ('s' if n > 1 else '')
        row(f'{w}: start -> main() / main.js runs', 'ms', lambda r: r.get('main'))
        row(f'{w}: start -> ready-to-show', 'ms', lambda r: r.get('ready'))
        row(f'{w}: start -> did-finish-load', 'ms', lambda r: r.get('load'))
        row(f'{w}: PSS total', 'MB', lambda r: r['mem']['total'])
        row(f'{w}: PSS main process', 'MB', lambda r: r['mem']['main'])
        row(f'{w}: PSS web processes', 'MB', lambda r: r['mem']['web'] if r['mem']['web'] else None)
    if churn:
        rows.append((f'open+close {a.churn} windows', 'ms', (churn.get('cathode') or {}).get('churn'),
                     (churn.get('anchor') or {}).get('churn'), None))
        rows.append((f'PSS total after {a.churn} windows', 'MB',
                     ((churn.get('cathode') or {}).get('mem') or {}).get('total'),
                     ((churn.get('anchor') or {}).get('mem') or {}).get('total'), None))
    for what, v in shots.items():
        rows.append((f'chromium --{what}, whole process', 'ms', None, None, v))

    print(f'\nwindows benchmark: median of {a.runs} run(s); times from process spawn; '
          f'PSS summed over the process tree; WEBKIT_DISABLE_COMPOSITING_MODE=1; '
          f'Chromium: first painted frame / load event reported by the page')
    hdr = f'{"":40} {"unit":>4} {"cathode":>9} {"anchor":>9} {"chromium":>9} {"cath/anch":>10} {"cath-anch":>10} {"cath/chro":>10}'
    print(hdr)
    print('-' * len(hdr))
    for label, unit, c, an, ch in rows:
        diff = f'{c - an:+.0f}' if c is not None and an is not None and unit == 'ms' else (
            f'{c - an:+.1f}' if c is not None and an is not None else 'n/a')
        print(f'{label:40} {unit:>4} {fmt(c, unit):>9} {fmt(an, unit):>9} {fmt(ch, unit):>9} '
              f'{ratio(c, an):>10} {diff:>10} {ratio(c, ch):>10}')
    if a.json:
        with open(a.json, 'w') as f:
            json.dump({'runs': res, 'churn': churn, 'chromium_oneshot': shots, 'rows': rows}, f, indent=1,
                      default=str)


if __name__ == '__main__':
    main()
