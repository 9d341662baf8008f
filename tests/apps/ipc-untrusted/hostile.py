# Talks to cathode's ipc socket like a hostile process: no token, garbage,
# a huge length, a wrong token. Each connection must be dropped without
# hurting the main process.
import os, socket, struct, sys
# the listening socket of our parent (the main process): its inode among
# the parent's fds, its path from /proc/net/unix
ppid = os.getppid()
inodes = set()
for fd in os.listdir(f'/proc/{ppid}/fd'):
    try:
        t = os.readlink(f'/proc/{ppid}/fd/{fd}')
    except OSError:
        continue
    if t.startswith('socket:['):
        inodes.add(t[8:-1])
path = None
with open('/proc/net/unix') as f:
    for line in f:
        cols = line.split()
        if len(cols) >= 8 and cols[6] in inodes and cols[7].endswith('/ipc') and 'cathode-' in cols[7]:
            path = cols[7]
def conn(data):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.connect(path)
    s.sendall(data)
    try:
        s.settimeout(2)
        got = s.recv(16)
    except OSError:
        got = b'?'
    s.close()
    return got
def frame(kind, page, req, channel, payload):
    body = struct.pack('<BBHQII', 1, kind, 0, page, req, len(channel)) + channel + payload
    return struct.pack('<I', len(body)) + body
print('garbage closed:', conn(b'\xff' * 64) == b'')
print('huge closed:', conn(struct.pack('<I', 0x7fffffff) + b'\x01\x04') == b'')
print('wrong token closed:', conn(frame(1, 0, 0, b'', b'0' * 64) + frame(4, 1, 1, b'x', b'[]')) == b'')
print('send without hello closed:', conn(frame(4, 1, 1, b'x', b'["a"]')) == b'')
sys.stdout.flush()
