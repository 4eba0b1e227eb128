#!/usr/bin/env python3
"""garbage.py: sends PORT a bounded number of malformed HTTP requests built
from pieces of real ones and random bytes (seeded, so a failure repeats),
then checks that /health still answers 200.  Prints one line; exits 1 when
the server stopped answering.

    python3 tests/garbage.py PORT [COUNT]
"""
import random
import socket
import sys

port = int(sys.argv[1])
count = int(sys.argv[2]) if len(sys.argv) > 2 else 300
rnd = random.Random(11)
PIECES = [b"GET ", b"POST ", b"HEAD ", b"DELETE ", b"/code", b"/events?from=", b"/aggregate?both=1&dyad=",
          b"/articles/", b"/assets/../", b"%00", b"%ff", b"?date=", b" HTTP/1.1\r\n", b" HTTP/9.9\r\n",
          b"Host: x\r\n", b"Content-Length: 5\r\n", b"Content-Length: -1\r\n",
          b"Content-Length: 99999999999999999999\r\n", b"Transfer-Encoding: chunked\r\n",
          b"Content-Type: text/plain\r\n", b"\r\n", b'{"text":', b"[[[[", b"\xff\xfe", b"0\r\n\r\n", b"zz\r\n"]


def send(data, timeout):
    out = b""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
            s.sendall(data)
            s.shutdown(socket.SHUT_WR)
            while True:
                b = s.recv(65536)
                if not b:
                    break
                out += b
    except OSError:
        pass
    return out


codes = {}
for _ in range(count):
    data = b"".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 12)))
    if rnd.random() < 0.3:
        data += bytes(rnd.getrandbits(8) for _ in range(rnd.randint(0, 200)))
    out = send(data, 0.2)
    code = out[9:12].decode() if out.startswith(b"HTTP/1.1 ") else "none"
    codes[code] = codes.get(code, 0) + 1
health = send(b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 10)
ok = health.startswith(b"HTTP/1.1 200") and b'"status":"ok"' in health
print("garbage: %d malformed requests, answers %s; /health %s" %
      (count, " ".join("%s:%d" % kv for kv in sorted(codes.items())), "200" if ok else "FAILED"))
sys.exit(0 if ok else 1)
